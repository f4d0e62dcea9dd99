// The lineage edges of the whole graph as one adjacency (parents and children of every model
// with lineage), built in one pass over the edges and cached until an edge changes. Walks
// over families (roots, descendants, counts) read it instead of scanning each model's edges,
// which on a real stream pass through thousands of paper edges per popular model.

import type { PaperGraph } from '../schema.js';
import { cachedPerGraph } from './graph-cache.js';
import { childLinks, isLineageEdgeType, parentLinks, type LineageLink } from './lineage-links.js';

export interface LineageAdjacency {
  /** Every model with a lineage edge either way. */
  nodes: readonly string[];
  /** Parents of a model, as parentLinks gives them; empty for a model without lineage. */
  parents(key: string): readonly LineageLink[];
  /** Children of a model sorted by child key (stable: edges to one child keep their order). */
  children(key: string): readonly LineageLink[];
}

const NONE: readonly LineageLink[] = [];
const byOther = (a: LineageLink, b: LineageLink) => (a.other < b.other ? -1 : a.other > b.other ? 1 : 0);

function buildAdjacency(graph: PaperGraph): LineageAdjacency {
  const inLineage = new Set<string>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (!isLineageEdgeType(attrs.type)) return;
    inLineage.add(source);
    inLineage.add(target);
  });
  // Each model's own links, read once through lineage-links so their order is the one every
  // per-node walk sees.
  const up = new Map<string, LineageLink[]>();
  const down = new Map<string, LineageLink[]>();
  for (const key of inLineage) {
    up.set(key, parentLinks(graph, key));
    down.set(key, childLinks(graph, key).sort(byOther));
  }
  return {
    nodes: [...inLineage],
    parents: (key) => up.get(key) ?? NONE,
    children: (key) => down.get(key) ?? NONE,
  };
}

/** The lineage adjacency of `graph`, built on first use and after any edge change. */
export const lineageAdjacency = cachedPerGraph(buildAdjacency, ['edgeAdded', 'edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated']);
