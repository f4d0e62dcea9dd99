// A graph built with --no-layout has every node at the same spot. Before `add` lays out
// new nodes around the old ones, such a graph gets seeded positions (as `build` gives),
// or ForceAtlas2 spends minutes separating a pile of coincident fixed nodes.

import type { PaperGraph } from './schema.js';
import { seedPositions } from './seed-positions.js';

/** Whether the graph has more than one node and all of them share one position. */
export function isUnplaced(graph: PaperGraph): boolean {
  if (graph.order < 2) return false;
  let first: { x: number; y: number } | undefined;
  for (const { attributes: a } of graph.nodeEntries()) {
    if (!first) first = { x: a.x, y: a.y };
    else if (a.x !== first.x || a.y !== first.y) return false;
  }
  return true;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Seed every node's position when the graph has none; returns whether it did. */
export function seedUnplacedGraph(graph: PaperGraph): boolean {
  if (!isUnplaced(graph)) return false;
  seedPositions(graph);
  graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: round(a.x), y: round(a.y) }));
  return true;
}
