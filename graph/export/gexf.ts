// GEXF export for Gephi, NetworkX and graphology-gexf: wraps graphology-gexf's writer and
// repairs what it gets wrong (hex-only viz:color, xsi:schemaLocation, non-spec meta, list
// quoting, the 1.2draft viz namespace). Returns a string; the caller saves it. No I/O.

import write from 'graphology-gexf/browser/writer.js';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';
import { FALLBACK_COLOR, parseColor, toRgbString } from './color.js';
import { escapeXml, xmlSafe } from './xml-text.js';

export const GEXF_VERSIONS = ['1.3', '1.2draft'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];

export interface GexfOptions {
  /** `1.3` (default; Gephi 0.9+, NetworkX >= 3.6) or `1.2draft` (older NetworkX). */
  version?: GexfVersion;
  /** `<meta><creator>`. */
  creator?: string;
  pretty?: boolean;
}

export const DEFAULT_GEXF_OPTIONS: Required<GexfOptions> = { version: '1.3', creator: 'papergraph', pretty: true };

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; version: string; writer: '1.2' | '1.3' }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3', writer: '1.3' },
  '1.2draft': {
    gexf: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    version: '1.2',
    writer: '1.2',
  },
};

/** Optional string attributes of a node, exported as GEXF `string` attributes when present. */
export const NODE_TEXT_ATTRIBUTES = ['title', 'abstract', 'id', 'url', 'published', 'firstAdded'] as const;
/** Node attributes exported as `liststring`. */
export const NODE_LIST_ATTRIBUTES = ['aliases', 'authors'] as const;
/** Node attributes deliberately left out: raw text duplicates `title`/`abstract` with LaTeX. */
export const NODE_OMITTED_ATTRIBUTES = ['rawTitle', 'rawAbstract'] as const;

type GexfValue = string | number;

function quoteListItem(item: string): string {
  return `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A list attribute value. 1.3: `["a", "b, c"]`, every item double-quoted with `\` escapes
 * (graphology-gexf and Gephi read it; graphology's own writer leaves commas unquoted).
 * 1.2draft: `a|b` (pipes inside items become `/`).
 */
export function formatGexfList(items: readonly string[], version: GexfVersion): string {
  const clean = items.map((item) => xmlSafe(item).replace(/\s+/g, ' ').trim());
  if (version === '1.2draft') return clean.map((item) => item.replace(/\|/g, '/')).join('|');
  return `[${clean.map(quoteListItem).join(', ')}]`;
}

function finite(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

function formatNode(version: GexfVersion) {
  return (_key: string, attrs: NodeAttributes) => {
    const attributes: Record<string, GexfValue> = {
      type: attrs.type,
      aliases: formatGexfList(attrs.aliases, version),
      papers: attrs.papers,
    };
    for (const name of NODE_TEXT_ATTRIBUTES) {
      const value = attrs[name];
      if (value !== undefined && value !== '') attributes[name] = xmlSafe(value);
    }
    if (attrs.authors?.length) attributes.authors = formatGexfList(attrs.authors, version);
    return {
      label: xmlSafe(attrs.label),
      attributes,
      viz: {
        color: toRgbString(parseColor(attrs.color) ?? FALLBACK_COLOR),
        size: Math.max(0, finite(attrs.size, 1)),
        x: finite(attrs.x, 0),
        y: finite(attrs.y, 0),
      },
    };
  };
}

function formatEdge(version: GexfVersion) {
  return (_key: string, attrs: EdgeAttributes) => {
    const attributes: Record<string, GexfValue> = { type: attrs.type };
    if (attrs.relation) attributes.relation = attrs.relation;
    // Evidence is a JSON string: [{"paper": key, "sentence": ..., "rule": id}, ...].
    attributes.evidence = xmlSafe(JSON.stringify(attrs.evidence));
    const color = parseColor(attrs.color);
    return {
      weight: finite(attrs.weight, 1),
      // GEXF 1.3 edge kinds keep parallel edges of different types apart in Gephi (1.2 has none).
      ...(version === '1.3' ? { kind: attrs.type } : {}),
      attributes,
      viz: {
        ...(color ? { color: toRgbString(color) } : {}),
        ...(attrs.size !== undefined ? { thickness: Math.max(0, finite(attrs.size, 1)) } : {}),
      },
    };
  };
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`gexf: unexpected graphology-gexf output, ${what} not found`);
  return text.replace(pattern, replacement);
}

/** Repair the document head (everything before `<nodes>`), where all the writer's problems are. */
function repairHead(head: string, version: GexfVersion, creator: string, description: string, indent: string): string {
  const ns = NAMESPACES[version];
  let out = replaceOnce(
    head,
    /<gexf\b[^>]*>/,
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" version="${ns.version}">`,
    'root element',
  );
  const metaLines = [`<creator>${escapeXml(creator)}</creator>`];
  if (description) metaLines.push(`<description>${escapeXml(description)}</description>`);
  const meta = indent
    ? `<meta>\n${metaLines.map((l) => `${indent}${indent}${l}`).join('\n')}\n${indent}</meta>`
    : `<meta>${metaLines.join('')}</meta>`;
  out = replaceOnce(out, /<meta\b[^>]*\/>|<meta\b[^>]*>[\s\S]*?<\/meta>/, meta, 'meta element');
  for (const name of NODE_LIST_ATTRIBUTES) {
    out = out.replace(
      new RegExp(`(<attribute id="${name}" title="${name}" type=")string(")`),
      '$1liststring$2',
    );
  }
  return out;
}

/** Serialise the graph as GEXF (1.3 by default) with viz position, size and colour. */
export function toGexf(graph: PaperGraph, options: GexfOptions = {}): string {
  const { version, creator, pretty } = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const xml = write<NodeAttributes, EdgeAttributes>(graph, {
    version: NAMESPACES[version].writer,
    pretty,
    pedantic: true,
    formatNode: formatNode(version),
    formatEdge: formatEdge(version),
  });
  const bodyStart = xml.indexOf('<nodes');
  const split = bodyStart < 0 ? xml.length : bodyStart;
  const description = graph.getAttribute('name') ?? '';
  return repairHead(xml.slice(0, split), version, creator, description, pretty ? '  ' : '') + xml.slice(split);
}
