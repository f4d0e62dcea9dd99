// Colours of the map. Node and edge colours come from graph/appearance (the build writes
// them into graph.json too); the legend reads the colours actually in the graph.

import type { EdgeType, NodeType } from '../../src/types.js';
import { EDGE_COLORS, NODE_COLORS } from '../../graph/appearance.js';
import type { PaperGraph } from '../../graph/schema.js';
import { emptyEdgeCounts, emptyNodeCounts } from '../../graph/stats.js';

export { EDGE_COLORS, NODE_COLORS };

/** Lineage edges are drawn with arrows (child -> parent). */
export const ARROW_EDGE_TYPES: ReadonlySet<string> = new Set(['derived_from', 'variant_of']);

export const FADED_NODE_COLOR = '#e3e6ea';
export const FADED_EDGE_COLOR = '#f0f1f3';

/** The colour each node type is drawn in: the first node's colour, else the default. */
export function nodeTypeColors(graph: PaperGraph): Record<NodeType, string> {
  const colors = { ...NODE_COLORS };
  const seen = new Set<NodeType>();
  graph.forEachNode((_key, attrs) => {
    if (seen.has(attrs.type)) return;
    seen.add(attrs.type);
    if (/^#[0-9a-f]{3,8}$/i.test(attrs.color)) colors[attrs.type] = attrs.color;
  });
  return colors;
}

/** Node counts per type, without the nodes in `hidden` (what the date and "New since" filters hide). */
export function countByType(graph: PaperGraph, hidden?: ReadonlySet<string>): Record<NodeType, number> {
  const counts = emptyNodeCounts();
  graph.forEachNode((key, attrs) => {
    if (!hidden?.has(key)) counts[attrs.type] += 1;
  });
  return counts;
}

/** Edge counts per type, without the edges that touch a node in `hidden`. */
export function countEdgesByType(graph: PaperGraph, hidden?: ReadonlySet<string>): Record<EdgeType, number> {
  const counts = emptyEdgeCounts();
  graph.forEachEdge((_key, attrs, source, target) => {
    if (!hidden?.has(source) && !hidden?.has(target)) counts[attrs.type] += 1;
  });
  return counts;
}
