// GEXF export for Gephi, NetworkX and graphology-gexf. The document head is written here,
// as graphml.ts writes its document: the right namespaces for 1.3 and 1.2draft, spec meta,
// no xsi:schemaLocation, attribute declarations from graph/attributes.ts. Nodes and edges
// are written in graphology-gexf's exact format by gexf-elements.ts (a test compares them
// with the library's writer); viz:color always has r, g, b, which NetworkX needs. Returns
// text chunks; the caller saves them. No I/O.

import { columnsFor, EDGE_ATTRIBUTES, listValue, NODE_ATTRIBUTES, numberValue, textValue, type AttributeColumn, type AttributeKind } from '../attributes.js';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';
import { FALLBACK_COLOR, parseColor, toRgbString } from './color.js';
import { escapeXml, xmlSafe } from './xml-text.js';
import { writeElement, type Declarations, type FormattedElement } from './gexf-elements.js';
import { TextBatch } from './text-batch.js';

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

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; version: string }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
};

/** GEXF attribute type of each kind (lists are `liststring`, evidence a JSON string). */
const GEXF_TYPE: Record<AttributeKind, string> = {
  string: 'string',
  list: 'liststring',
  int: 'integer',
  double: 'double',
  color: 'string',
  evidence: 'string',
};

/** Table rows written as <attvalue>s (the rest are the label, the weight or viz), in table order. */
const attValues = <A>(columns: AttributeColumn<A>[]) => columns.filter((c) => c.spec.gexf === undefined);
const NODE_VALUES = attValues(columnsFor(NODE_ATTRIBUTES, 'gexf'));
const EDGE_VALUES = attValues(columnsFor(EDGE_ATTRIBUTES, 'gexf'));

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

/** `rgb(...)` strings by CSS colour: a graph uses a handful of colours on many elements. */
const rgbCache = new Map<string, string>();

function rgbString(css: string | undefined): string | undefined {
  if (css === undefined) return undefined;
  let out = rgbCache.get(css);
  if (out === undefined) {
    const color = parseColor(css);
    out = color ? toRgbString(color) : '';
    if (rgbCache.size < 1024) rgbCache.set(css, out);
  }
  return out || undefined;
}

function finite(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** An attribute's GEXF value, or undefined where the element has none (optional and empty). */
function gexfValue(kind: AttributeKind, value: unknown, required: boolean, version: GexfVersion): GexfValue | undefined {
  if (kind === 'list') {
    const items = listValue(value);
    return items && (required || items.length) ? formatGexfList(items, version) : undefined;
  }
  if (kind === 'int' || kind === 'double') return numberValue(value);
  // Evidence is a JSON string: [{"paper": key, "sentence": ..., "rule": id}, ...].
  if (kind === 'evidence') return xmlSafe(JSON.stringify(value));
  const text = textValue(value);
  return text ? xmlSafe(text) : undefined;
}

function attributesOf<A>(columns: AttributeColumn<A>[], attrs: A, version: GexfVersion): Record<string, GexfValue> {
  const out: Record<string, GexfValue> = {};
  for (const { attribute, spec, name } of columns) {
    const value = gexfValue(spec.kind, attrs[attribute], spec.required ?? false, version);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** A node as graphology-gexf's format function gives it to the writer (exported for the writer test). */
export function formatGexfNode(version: GexfVersion) {
  return (_key: string, attrs: NodeAttributes): FormattedElement => ({
    label: xmlSafe(attrs.label),
    attributes: attributesOf(NODE_VALUES, attrs, version),
    viz: {
      color: rgbString(attrs.color) ?? toRgbString(FALLBACK_COLOR),
      size: Math.max(0, finite(attrs.size, 1)),
      x: finite(attrs.x, 0),
      y: finite(attrs.y, 0),
    },
  });
}

/** An edge as graphology-gexf's format function gives it to the writer (exported for the writer test). */
export function formatGexfEdge(version: GexfVersion) {
  return (_key: string, attrs: EdgeAttributes): FormattedElement => {
    const color = rgbString(attrs.color);
    return {
      weight: finite(attrs.weight, 1),
      // GEXF 1.3 edge kinds keep parallel edges of different types apart in Gephi (1.2 has none).
      ...(version === '1.3' ? { kind: attrs.type } : {}),
      attributes: attributesOf(EDGE_VALUES, attrs, version),
      viz: {
        ...(color ? { color } : {}),
        ...(attrs.size !== undefined ? { thickness: Math.max(0, finite(attrs.size, 1)) } : {}),
      },
    };
  };
}

/** The attributes some element of the graph has (required ones always), in table order. */
function declarations<A>(columns: AttributeColumn<A>[], elements: Iterable<A>, version: GexfVersion): Declarations {
  const used = new Set<string>();
  for (const c of columns) if (c.spec.required) used.add(c.name);
  const optional = columns.filter((c) => !c.spec.required);
  if (optional.length) {
    for (const attrs of elements) {
      for (const c of optional) {
        if (!used.has(c.name) && gexfValue(c.spec.kind, attrs[c.attribute], false, version) !== undefined) used.add(c.name);
      }
      if (used.size === columns.length) break;
    }
  }
  return columns.filter((c) => used.has(c.name)).map((c): [string, string] => [c.name, GEXF_TYPE[c.spec.kind]]);
}

function* nodeAttributes(graph: PaperGraph): Generator<NodeAttributes> {
  for (const { attributes } of graph.nodeEntries()) yield attributes;
}

function* edgeAttributes(graph: PaperGraph): Generator<EdgeAttributes> {
  for (const { attributes } of graph.edgeEntries()) yield attributes;
}

/** Everything before the first node: XML declaration, root, meta, graph element, attribute declarations. */
function gexfHead(graph: PaperGraph, nodes: Declarations, edges: Declarations, options: Required<GexfOptions>): string {
  const ns = NAMESPACES[options.version];
  const [nl, in1, in2, in3] = options.pretty ? ['\n', '  ', '    ', '      '] : ['', '', '', ''];
  const description = graph.getAttribute('name') ?? '';
  const meta = [`${nl}${in2}<creator>${escapeXml(options.creator)}</creator>`];
  if (description) meta.push(`${nl}${in2}<description>${escapeXml(description)}</description>`);
  const declare = (cls: 'node' | 'edge', list: Declarations) =>
    list.length
      ? `${nl}${in2}<attributes class="${cls}">${list.map(([id, type]) => `${nl}${in3}<attribute id="${escapeXml(id)}" title="${escapeXml(id)}" type="${type}"/>`).join('')}${nl}${in2}</attributes>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" version="${ns.version}">` +
    `${nl}${in1}<meta>${meta.join('')}${nl}${in1}</meta>` +
    `${nl}${in1}<graph defaultedgetype="directed">${declare('node', nodes)}${declare('edge', edges)}${nl}${in2}`
  );
}

/**
 * The GEXF document as text chunks, so a graph of any size is written without one giant
 * string: the head, then nodes and edges in pieces of bounded size.
 */
export function* gexfChunks(graph: PaperGraph, options: GexfOptions = {}): Generator<string> {
  const opts = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const { version, pretty } = opts;
  const nodeDeclarations = declarations(NODE_VALUES, nodeAttributes(graph), version);
  const edgeDeclarations = declarations(EDGE_VALUES, edgeAttributes(graph), version);
  const indent = pretty ? '\n    ' : '';
  yield `${gexfHead(graph, nodeDeclarations, edgeDeclarations, opts)}<nodes>`;

  const nodeFormat = formatGexfNode(version);
  const batch = new TextBatch();
  for (const { node, attributes } of graph.nodeEntries()) {
    const piece = batch.add(writeElement('node', node, nodeFormat(node, attributes), nodeDeclarations, pretty));
    if (piece) yield piece;
  }
  yield `${batch.take()}${indent}</nodes>${indent}<edges>`;
  const edgeFormat = formatGexfEdge(version);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const piece = batch.add(writeElement('edge', edge, edgeFormat(edge, attributes), edgeDeclarations, pretty, { source, target }));
    if (piece) yield piece;
  }
  yield `${batch.take()}${indent}</edges>${pretty ? '\n  ' : ''}</graph>${pretty ? '\n' : ''}</gexf>`;
}

/** Serialise the graph as GEXF (1.3 by default) with viz position, size and colour. */
export function toGexf(graph: PaperGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}
