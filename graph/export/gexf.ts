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

/** graphology-gexf's output for `graph`, before repairs. */
function writeRaw(graph: PaperGraph, version: GexfVersion, pretty: boolean): string {
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


/** Elements per writer call: keeps every string far below V8's limit on big graphs. */
export const GEXF_CHUNK = { nodes: 5000, edges: 10000 };

/** Key of the stand-in elements that fix the attribute order of every slice (then removed). */
const MODEL_KEY = '__papergraph_gexf_model__';

/** The text between `<tag>` and `</tag>` (exclusive), without the stand-in element. */
function inner(xml: string, tag: 'node' | 'edge'): string {
  const open = xml.indexOf(`<${tag}s>`);
  const close = xml.lastIndexOf(`</${tag}s>`);
  if (open < 0 || close < 0) return '';
  const body = xml.slice(open + tag.length + 3, close).replace(/\n[ ]*$/, '');
  const model = body.indexOf(`<${tag} id="${MODEL_KEY}`);
  if (model < 0) return body;
  const end = body.indexOf(`</${tag}>`, model) + tag.length + 3;
  return body.slice(0, body.lastIndexOf('<', model)).replace(/\n[ ]*$/, '') + body.slice(end);
}

/** A graph holding, first, stand-ins that carry every attribute the graph uses. */
function sliceGraph(graph: PaperGraph, model: { node: NodeAttributes; edge: EdgeAttributes }): PaperGraph {
  const sub = graph.nullCopy();
  sub.replaceAttributes(graph.getAttributes());
  sub.addNode(MODEL_KEY, model.node);
  return sub;
}

/**
 * Stand-in attributes that use every optional attribute some node or edge of the graph
 * uses. Written first in every slice, they make the writer declare and emit attributes in
 * one fixed order, so slices join into one consistent document.
 */
function modelAttributes(graph: PaperGraph): { node: NodeAttributes; edge: EdgeAttributes } {
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
 * string: graphology-gexf's writer runs on slices of nodes and of edges, and the slices are
 * joined under one repaired head. `toGexf` joins them for callers that want a string.
 */
export function* gexfChunks(graph: PaperGraph, options: GexfOptions = {}): Generator<string> {
  const opts = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const { version, pretty } = opts;
  const model = modelAttributes(graph);
  const withModelEdge = (sub: PaperGraph) => {
    sub.addNode(`${MODEL_KEY}b`, model.node);
    sub.addDirectedEdgeWithKey(MODEL_KEY, MODEL_KEY, `${MODEL_KEY}b`, model.edge);
    return sub;
  };
  const skeleton = writeRaw(withModelEdge(sliceGraph(graph, model)), version, pretty);
  const indent = pretty ? '\n    ' : '';
  yield `${repairedHead(graph, skeleton, opts)}<nodes>`;
  const nodes = graph.nodes();
  for (let i = 0; i < nodes.length; i += GEXF_CHUNK.nodes) {
    const sub = sliceGraph(graph, model);
    for (const key of nodes.slice(i, i + GEXF_CHUNK.nodes)) sub.addNode(key, graph.getNodeAttributes(key));
    yield inner(writeRaw(sub, version, pretty), 'node');
  }
  yield `${indent}</nodes>${indent}<edges>`;
  const edges = graph.edges();
  for (let i = 0; i < edges.length; i += GEXF_CHUNK.edges) {
    const sub = withModelEdge(sliceGraph(graph, model));
    for (const edge of edges.slice(i, i + GEXF_CHUNK.edges)) {
      // Endpoints only make the edges valid; their elements are dropped, so no real attributes.
      for (const end of graph.extremities(edge)) if (!sub.hasNode(end)) sub.addNode(end, model.node);
      sub.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
    }
    yield inner(writeRaw(sub, version, pretty), 'edge');
  }
  yield `${indent}</edges>${skeleton.slice(skeleton.lastIndexOf('</edges>') + '</edges>'.length)}`;
}

/** Serialise the graph as GEXF (1.3 by default) with viz position, size and colour. */
export function toGexf(graph: PaperGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}
