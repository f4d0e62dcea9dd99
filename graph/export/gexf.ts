// GEXF export for Gephi, NetworkX and graphology-gexf: wraps graphology-gexf's writer and
// repairs what it gets wrong (hex-only viz:color, xsi:schemaLocation, non-spec meta, list
// quoting, the 1.2draft viz namespace). Returns a string; the caller saves it. No I/O.

import write from 'graphology-gexf/browser/writer.js';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';
import { FALLBACK_COLOR, parseColor, toRgbString } from './color.js';
import { escapeXml, xmlSafe } from './xml-text.js';
import { readDeclarations, writeElement } from './gexf-elements.js';
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
        color: rgbString(attrs.color) ?? toRgbString(FALLBACK_COLOR),
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
    const color = rgbString(attrs.color);
    return {
      weight: finite(attrs.weight, 1),
      // GEXF 1.3 edge kinds keep parallel edges of different types apart in Gephi (1.2 has none).
      ...(version === '1.3' ? { kind: attrs.type } : {}),
      attributes,
      viz: {
        ...(color ? { color } : {}),
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

/** graphology-gexf's output for `graph`, before repairs (the document head; the reference in tests). */
export function writeRaw(graph: PaperGraph, version: GexfVersion, pretty: boolean): string {
  return write<NodeAttributes, EdgeAttributes>(graph, {
    version: NAMESPACES[version].writer,
    pretty,
    pedantic: true,
    formatNode: formatNode(version),
    formatEdge: formatEdge(version),
  });
}

function repairedHead(graph: PaperGraph, xml: string, options: Required<GexfOptions>): string {
  const bodyStart = xml.indexOf('<nodes');
  const head = xml.slice(0, bodyStart < 0 ? xml.length : bodyStart);
  const description = graph.getAttribute('name') ?? '';
  return repairHead(head, options.version, options.creator, description, options.pretty ? '  ' : '');
}


/** Key of the stand-in elements that make the writer declare every attribute the graph uses. */
export const MODEL_KEY = '__papergraph_gexf_model__';

/**
 * Stand-in attributes that use every optional attribute some node or edge of the graph
 * uses, so the writer's declarations (and their order) do not depend on which element
 * comes first.
 */
export function modelAttributes(graph: PaperGraph): { node: NodeAttributes; edge: EdgeAttributes } {
  const node: NodeAttributes = { type: 'model', label: 'model', aliases: [], papers: 0, x: 0, y: 0, size: 1, color: '#999999' };
  graph.forEachNode((_key, a) => {
    if (a.aliases.length) node.aliases = ['x'];
    for (const name of NODE_TEXT_ATTRIBUTES) if (a[name]) node[name] = 'x';
    if (a.authors?.length) node.authors = ['x'];
  });
  const edge: EdgeAttributes = { type: 'mentions', weight: 1, evidence: [] };
  graph.forEachEdge((_key, a) => {
    if (a.relation) edge.relation = a.relation;
  });
  return { node, edge };
}

/**
 * The GEXF document as text chunks, so a graph of any size is written without one giant
 * string. graphology-gexf's writer makes the document's head and attribute declarations
 * (from two stand-in elements); nodes and edges are written in the writer's exact format by
 * gexf-elements.ts, which a test checks against the writer's whole-graph output.
 */
export function* gexfChunks(graph: PaperGraph, options: GexfOptions = {}): Generator<string> {
  const opts = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const { version, pretty } = opts;
  const model = modelAttributes(graph);
  const skeletonGraph = graph.nullCopy();
  skeletonGraph.replaceAttributes(graph.getAttributes());
  skeletonGraph.addNode(MODEL_KEY, model.node);
  skeletonGraph.addNode(`${MODEL_KEY}b`, model.node);
  skeletonGraph.addDirectedEdgeWithKey(MODEL_KEY, MODEL_KEY, `${MODEL_KEY}b`, model.edge);
  const skeleton = writeRaw(skeletonGraph, version, pretty);
  const nodeDeclarations = readDeclarations(skeleton, 'node');
  const edgeDeclarations = readDeclarations(skeleton, 'edge');
  const indent = pretty ? '\n    ' : '';
  yield `${repairedHead(graph, skeleton, opts)}<nodes>`;

  const nodeFormat = formatNode(version);
  const batch = new TextBatch();
  for (const { node, attributes } of graph.nodeEntries()) {
    const piece = batch.add(writeElement('node', node, nodeFormat(node, attributes), nodeDeclarations, pretty));
    if (piece) yield piece;
  }
  yield `${batch.take()}${indent}</nodes>${indent}<edges>`;
  const edgeFormat = formatEdge(version);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const piece = batch.add(writeElement('edge', edge, edgeFormat(edge, attributes), edgeDeclarations, pretty, { source, target }));
    if (piece) yield piece;
  }
  yield `${batch.take()}${indent}</edges>${skeleton.slice(skeleton.lastIndexOf('</edges>') + '</edges>'.length)}`;
}

/** Serialise the graph as GEXF (1.3 by default) with viz position, size and colour. */
export function toGexf(graph: PaperGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}
