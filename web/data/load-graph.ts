// Turns the JSON of a graph.json (graphology `export()`) into the typed PaperGraph,
// checking its shape first so a foreign or corrupt file gets a clear message.
// No fetching here: the caller hands over the parsed value.

import { EDGE_TYPES, LINEAGE_RELATIONS, NODE_TYPES, type EdgeType, type LineageRelation, type NodeType } from '../../src/types.js';
import { createGraph, type EdgeAttributes, type Evidence, type NodeAttributes, type PaperGraph } from '../../graph/schema.js';
import { NODE_COLORS } from './palette.js';

export class GraphFileError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const nodeType = (v: unknown): NodeType | undefined => NODE_TYPES.find((t) => t === v);
const edgeType = (v: unknown): EdgeType | undefined => EDGE_TYPES.find((t) => t === v);
const relation = (v: unknown): LineageRelation | undefined => LINEAGE_RELATIONS.find((t) => t === v);

function toNode(raw: Record<string, unknown>, index: number, count: number): NodeAttributes {
  const type = nodeType(raw.type);
  if (!type) throw new GraphFileError(`node ${index + 1} has no known type (got ${JSON.stringify(raw.type)})`);
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const attrs: NodeAttributes = {
    type,
    label: str(raw.label) ?? str(raw.title) ?? `${type} ${index + 1}`,
    aliases: strings(raw.aliases),
    papers: num(raw.papers) ?? 0,
    x: num(raw.x) ?? Math.cos(angle) * 100,
    y: num(raw.y) ?? Math.sin(angle) * 100,
    size: num(raw.size) ?? 4,
    color: str(raw.color) ?? NODE_COLORS[type],
  };
  for (const k of ['title', 'abstract', 'rawTitle', 'rawAbstract', 'id', 'url', 'published', 'firstAdded'] as const) {
    const v = str(raw[k]);
    if (v !== undefined) attrs[k] = v;
  }
  if (Array.isArray(raw.authors)) attrs.authors = strings(raw.authors);
  return attrs;
}

function toEdge(raw: Record<string, unknown>, index: number): EdgeAttributes {
  const type = edgeType(raw.type);
  if (!type) throw new GraphFileError(`edge ${index + 1} has no known type (got ${JSON.stringify(raw.type)})`);
  const evidence: Evidence[] = [];
  for (const ev of Array.isArray(raw.evidence) ? raw.evidence : []) {
    if (!isRecord(ev)) continue;
    evidence.push({ paper: str(ev.paper) ?? '', sentence: str(ev.sentence) ?? '', rule: str(ev.rule) ?? '' });
  }
  const attrs: EdgeAttributes = { type, weight: num(raw.weight) ?? evidence.length, evidence };
  const rel = relation(raw.relation);
  if (rel) attrs.relation = rel;
  const color = str(raw.color);
  if (color) attrs.color = color;
  const size = num(raw.size);
  if (size !== undefined) attrs.size = size;
  return attrs;
}

/** Build the typed graph from parsed graph.json; throws GraphFileError naming what is wrong. */
export function graphFromJson(data: unknown): PaperGraph {
  if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFileError('not a papergraph graph.json: expected "nodes" and "edges" arrays');
  }
  const graph = createGraph();
  const attributes = isRecord(data.attributes) ? data.attributes : {};
  graph.replaceAttributes({
    name: str(attributes.name) ?? 'papergraph',
    schemaVersion: num(attributes.schemaVersion) ?? 1,
  });
  const nodes = data.nodes;
  nodes.forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw.key !== 'string') throw new GraphFileError(`node ${i + 1} has no key`);
    if (graph.hasNode(raw.key)) throw new GraphFileError(`node "${raw.key}" appears twice`);
    graph.addNode(raw.key, toNode(isRecord(raw.attributes) ? raw.attributes : {}, i, nodes.length));
  });
  data.edges.forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw.source !== 'string' || typeof raw.target !== 'string') {
      throw new GraphFileError(`edge ${i + 1} has no source or target`);
    }
    for (const end of [raw.source, raw.target]) {
      if (!graph.hasNode(end)) throw new GraphFileError(`edge ${i + 1} points at missing node "${end}"`);
    }
    if (raw.source === raw.target) return;
    const attrs = toEdge(isRecord(raw.attributes) ? raw.attributes : {}, i);
    const key = str(raw.key) ?? `${attrs.type}:${raw.source}->${raw.target}`;
    if (graph.hasEdge(key)) throw new GraphFileError(`edge "${key}" appears twice`);
    graph.addDirectedEdgeWithKey(key, raw.source, raw.target, attrs);
  });
  return graph;
}
