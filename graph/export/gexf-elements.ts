// Writes GEXF <node> and <edge> elements exactly as graphology-gexf's writer does (a test
// compares the two byte for byte), with plain string templates: on a 100k-paper graph the
// library's XML writer spends most of its time in garbage collection. No I/O.

import { parseColor, FALLBACK_COLOR, type Rgba } from './color.js';

/** What a format function gives the writer for one element (graphology-gexf's shape). */
export interface FormattedElement {
  label?: string;
  attributes: Record<string, string | number>;
  viz: { color?: string; size?: number; x?: number; y?: number; thickness?: number };
  weight?: number;
  kind?: string;
}

/** Attribute declarations in the writer's order: [id, type]. */
export type Declarations = [string, string][];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** xml-writer's escaping of attribute values. */
function attr(value: string | number): string {
  const text = String(value);
  return /[&<"\t\n\r]/.test(text) ? text.replace(/[&<"\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;
}

/** The `<attributes class="...">` declarations of a writer document, in order. */
export function readDeclarations(xml: string, cls: 'node' | 'edge'): Declarations {
  const start = xml.indexOf(`<attributes class="${cls}">`);
  if (start < 0) return [];
  const end = xml.indexOf('</attributes>', start);
  const out: Declarations = [];
  for (const m of xml.slice(start, end).matchAll(/<attribute id="([^"]*)" title="[^"]*" type="([^"]*)"\/>/g)) {
    out.push([m[1] ?? '', m[2] ?? '']);
  }
  return out;
}

function colorAttributes(css: string): string {
  const c: Rgba = parseColor(css) ?? FALLBACK_COLOR;
  return ` r="${c.r}" g="${c.g}" b="${c.b}"${c.a !== undefined && c.a !== 1 ? ` a="${c.a}"` : ''}`;
}

/**
 * One element. `pretty` uses the writer's two-space indentation, elements at depth 3
 * (gexf > graph > nodes > node).
 */
export function writeElement(
  tag: 'node' | 'edge',
  key: string,
  element: FormattedElement,
  declarations: Declarations,
  pretty: boolean,
  ends?: { source: string; target: string },
): string {
  const nl = (depth: number) => (pretty ? `\n${'  '.repeat(depth)}` : '');
  let out = `${nl(3)}<${tag} id="${attr(key)}"`;
  if (ends) {
    out += ` source="${attr(ends.source)}" target="${attr(ends.target)}"`;
    const { weight } = element;
    if (typeof weight === 'number' && !Number.isNaN(weight)) out += ` weight="${weight}"`;
    if (element.kind) out += ` kind="${attr(element.kind)}"`;
  }
  if (element.label) out += ` label="${attr(element.label)}"`;
  out += '>';
  if (declarations.length) {
    let values = '';
    for (const [name] of declarations) {
      if (!(name in element.attributes)) continue;
      const value = element.attributes[name];
      if (value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value))) continue;
      values += `${nl(5)}<attvalue for="${attr(name)}" value="${attr(value)}"/>`;
    }
    out += values ? `${nl(4)}<attvalues>${values}${nl(4)}</attvalues>` : `${nl(4)}<attvalues/>`;
  }
  const { viz } = element;
  if (viz.color) out += `${nl(4)}<viz:color${colorAttributes(viz.color)}/>`;
  if (viz.size !== undefined) out += `${nl(4)}<viz:size value="${viz.size}"/>`;
  if (viz.x !== undefined || viz.y !== undefined) {
    out += `${nl(4)}<viz:position${viz.x !== undefined ? ` x="${viz.x}"` : ''}${viz.y !== undefined ? ` y="${viz.y}"` : ''}/>`;
  }
  if (viz.thickness !== undefined) out += `${nl(4)}<viz:thickness value="${viz.thickness}"/>`;
  return `${out}${nl(3)}</${tag}>`;
}
