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

const NEEDS_ESCAPE = /[&<"\t\n\r]/;

/**
 * xml-writer's escaping of attribute values. One native replace per character kind: the
 * evidence JSON is full of quotes, and a callback per match cost more than the whole scan.
 */
function attr(value: string | number): string {
  const text = String(value);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}

/** Colour attributes by CSS colour: a graph uses a handful of colours on many elements. */
const colorCache = new Map<string, string>();

function colorAttributes(css: string): string {
  let out = colorCache.get(css);
  if (out === undefined) {
    const c: Rgba = parseColor(css) ?? FALLBACK_COLOR;
    out = ` r="${c.r}" g="${c.g}" b="${c.b}"${c.a !== undefined && c.a !== 1 ? ` a="${c.a}"` : ''}`;
    if (colorCache.size < 1024) colorCache.set(css, out);
  }
  return out;
}

/** Line break and indentation of an element at depth 3 (gexf > graph > nodes > node), 4 and 5. */
const PRETTY_BREAKS = { 3: '\n      ', 4: '\n        ', 5: '\n          ' } as const;
const COMPACT_BREAKS = { 3: '', 4: '', 5: '' } as const;

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
  const { 3: nl3, 4: nl4, 5: nl5 } = pretty ? PRETTY_BREAKS : COMPACT_BREAKS;
  let out = `${nl3}<${tag} id="${attr(key)}"`;
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
      values += `${nl5}<attvalue for="${attr(name)}" value="${attr(value)}"/>`;
    }
    out += values ? `${nl4}<attvalues>${values}${nl4}</attvalues>` : `${nl4}<attvalues/>`;
  }
  const { viz } = element;
  if (viz.color) out += `${nl4}<viz:color${colorAttributes(viz.color)}/>`;
  if (viz.size !== undefined) out += `${nl4}<viz:size value="${viz.size}"/>`;
  if (viz.x !== undefined || viz.y !== undefined) {
    out += `${nl4}<viz:position${viz.x !== undefined ? ` x="${viz.x}"` : ''}${viz.y !== undefined ? ` y="${viz.y}"` : ''}/>`;
  }
  if (viz.thickness !== undefined) out += `${nl4}<viz:thickness value="${viz.thickness}"/>`;
  return `${out}${nl3}</${tag}>`;
}
