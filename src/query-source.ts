// Where queries get their graph from: the whole PaperGraph (loaded from graph.json), or a
// query index that hands out, per query, the part of the graph that query reads (see
// src/io/query-index.ts). Either way the query itself is graph/query's function, so every
// surface (library, CLI, HTTP API) gives the same answer. Pure: no I/O here.

import { createSearchIndex, findNode, suggest, type FindOptions, type SearchIndex, type SuggestOptions } from '../graph/query/index.js';
import type { Direction } from '../graph/query/index.js';
import type { LineageDirection } from '../graph/query/index.js';
import type { GraphAttributes, PaperGraph } from '../graph/schema.js';
import type { EdgeType } from './types.js';

/** What a query will read around its node; a source may hand out a smaller graph for it. */
export type QueryScope =
  /** The node, its edges, the nodes at their other ends and the papers of their evidence. */
  | { kind: 'node' }
  | { kind: 'neighbours'; depth: number; direction: Direction; edgeTypes?: readonly EdgeType[] }
  | { kind: 'lineage'; depth: number; direction: LineageDirection }
  /** The shortest path from the node to `to` (a key), as graph/query's shortestPath finds it. */
  | { kind: 'path'; to: string; directed: boolean };

export interface QuerySource {
  /** Graph-level attributes (name, schema version, builds). */
  readonly attributes: GraphAttributes;
  readonly order: number;
  readonly size: number;
  /** The key of the node best matching `name`, as graph/query's findNode, or undefined. */
  find(name: string, options?: FindOptions): string | undefined;
  /** "Did you mean" labels, as graph/query's suggest. */
  suggest(name: string, options?: SuggestOptions): string[];
  /** A graph that holds everything `scope` reads around `key` (maybe the whole graph). */
  graphFor(key: string, scope: QueryScope): PaperGraph;
  /** Every node's folded names for graph/query's searchNodes, built once. */
  searchIndex(): SearchIndex;
  aliases(key: string): string[];
}

/** A source over a graph in memory: every scope is the whole graph. */
export function graphSource(graph: PaperGraph): QuerySource {
  let search: SearchIndex | undefined;
  return {
    attributes: graph.getAttributes(),
    order: graph.order,
    size: graph.size,
    find: (name, options) => findNode(graph, name, options),
    suggest: (name, options) => suggest(graph, name, options),
    graphFor: () => graph,
    searchIndex: () => (search ??= createSearchIndex(graph)),
    aliases: (key) => [...graph.getNodeAttribute(key, 'aliases')],
  };
}
