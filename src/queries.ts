// The query surface the CLI's --json and the HTTP API share: resolve a name on a
// QuerySource (NotFoundError with suggestions), run graph/query's function on the graph the
// source hands out for that query, and return the JSON shape both print. No query logic of
// its own beyond shaping, so the library, the CLI and the API agree by construction.

import {
  lineage,
  neighbours,
  papersFor,
  searchNodes,
  shortestPath,
  type Direction,
  type FindOptions,
  type Lineage,
  type LineageDirection,
  type Neighbour,
  type PaperLink,
  type PathStep,
} from '../graph/query/index.js';
import type { NodeAttributes } from '../graph/schema.js';
import { NotFoundError } from './errors.js';
import type { QuerySource } from './query-source.js';
import type { EdgeType, NodeType } from './types.js';

export interface NodeRef {
  key: string;
  label: string;
  type: NodeType;
}

/** The node `name` names on `source`, or a NotFoundError naming `where` (the graph file). */
function resolveName(source: QuerySource, name: string, where: string, options: FindOptions = {}): string {
  const key = source.find(name, options);
  if (key !== undefined) return key;
  throw new NotFoundError(`no node named "${name}" in ${where}`, source.suggest(name, { ...options, limit: 5 }));
}

export interface NeighboursQuery {
  direction: Direction;
  depth: number;
  nodeTypes?: readonly NodeType[];
  edgeTypes?: readonly EdgeType[];
}

export interface NeighboursResult {
  node: NodeRef;
  options: { direction: Direction; depth: number; nodeTypes: readonly NodeType[] | null; edgeTypes: readonly EdgeType[] | null };
  neighbours: Neighbour[];
}

/** `papergraph query neighbours --json` and `/api/neighbours`. */
export function neighboursOf(source: QuerySource, name: string, query: NeighboursQuery, where: string): NeighboursResult {
  const key = resolveName(source, name, where);
  const graph = source.graphFor(key, {
    kind: 'neighbours',
    depth: query.depth,
    direction: query.direction,
    ...(query.edgeTypes ? { edgeTypes: query.edgeTypes } : {}),
  });
  const node = graph.getNodeAttributes(key);
  const found = neighbours(graph, key, {
    direction: query.direction,
    depth: query.depth,
    ...(query.nodeTypes ? { nodeTypes: query.nodeTypes } : {}),
    ...(query.edgeTypes ? { edgeTypes: query.edgeTypes } : {}),
  });
  return {
    node: { key, label: node.label, type: node.type },
    options: { direction: query.direction, depth: query.depth, nodeTypes: query.nodeTypes ?? null, edgeTypes: query.edgeTypes ?? null },
    neighbours: found,
  };
}

export interface PapersResult {
  node: { key: string; label: string };
  papers: PaperLink[];
}

/** `papergraph query papers --json` and `/api/papers`. */
export function papersOf(source: QuerySource, name: string, where: string): PapersResult {
  const key = resolveName(source, name, where);
  const graph = source.graphFor(key, { kind: 'node' });
  return { node: { key, label: graph.getNodeAttribute(key, 'label') }, papers: papersFor(graph, key) };
}

export interface PathResult {
  from: string;
  to: string;
  path: PathStep[] | null;
}

/** `papergraph query path --json` and `/api/path`. */
export function pathBetween(source: QuerySource, from: string, to: string, options: { directed?: boolean }, where: string): PathResult {
  const a = resolveName(source, from, where);
  const b = resolveName(source, to, where);
  const graph = source.graphFor(a, { kind: 'path', to: b, directed: options.directed === true });
  return { from: a, to: b, path: shortestPath(graph, a, b, { direction: options.directed ? 'out' : 'any' }) };
}

export interface LineageQuery {
  direction: LineageDirection;
  depth?: number;
}

/** `papergraph lineage --json` and `/api/lineage`: a model's name means the model, not its paper. */
export function lineageOf(source: QuerySource, name: string, query: LineageQuery, where: string): Lineage {
  const key = resolveName(source, name, where, { types: ['model', 'method'] });
  const graph = source.graphFor(key, { kind: 'lineage', direction: query.direction, depth: query.depth ?? Infinity });
  return lineage(graph, key, { direction: query.direction, ...(query.depth ? { depth: query.depth } : {}) });
}

export type NodeInfo = { key: string } & Omit<NodeAttributes, 'x' | 'y' | 'size' | 'color' | 'rawTitle' | 'rawAbstract'> & {
    /** Edges by direction and type: `{out: {introduces: 3}, in: {mentions: 12}}`. */
    edges: { in: Partial<Record<EdgeType, number>>; out: Partial<Record<EdgeType, number>>; total: number };
  };

/** `/api/node`: the node's attributes (without layout and raw text) and its edge counts. */
export function nodeInfo(source: QuerySource, name: string, where: string): NodeInfo {
  const key = resolveName(source, name, where);
  const graph = source.graphFor(key, { kind: 'node' });
  const { x: _x, y: _y, size: _size, color: _color, rawTitle: _rawTitle, rawAbstract: _rawAbstract, ...attributes } = graph.getNodeAttributes(key);
  const edges: NodeInfo['edges'] = { in: {}, out: {}, total: 0 };
  graph.forEachEdge(key, (_edge, attrs, edgeSource) => {
    const side = edgeSource === key ? edges.out : edges.in;
    side[attrs.type] = (side[attrs.type] ?? 0) + 1;
    edges.total++;
  });
  return { key, ...attributes, edges };
}

export interface SearchHit extends NodeRef {
  aliases: string[];
  papers: number;
}

/** `/api/search`: nodes whose label or alias matches `text`, best first (the map's search). */
export function searchOf(source: QuerySource, text: string, options: { limit: number; types?: readonly NodeType[] }): SearchHit[] {
  const types = options.types;
  const hits = searchNodes(source.searchIndex(), text, { limit: options.limit, ...(types ? { include: (t: NodeType) => types.includes(t) } : {}) });
  return hits.map((hit) => ({ key: hit.key, label: hit.label, type: hit.type, aliases: source.aliases(hit.key), papers: hit.papers }));
}
