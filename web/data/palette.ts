// Colours of the map. Node and edge colours come from graph/appearance (the build writes
// them into graph.json too); the legend reads the colours actually in the graph. In lineage
// mode the largest families get colours of their own.

import { NODE_TYPES, type EdgeType, type NodeType } from '../../src/types.js';
import { EDGE_COLORS, FAMILY_COLORS, NODE_COLORS } from '../../graph/appearance.js';
import { families, familyRoots } from '../../graph/query/index.js';
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

export interface FamilyLegendEntry {
  root: string;
  label: string;
  size: number;
  color: string;
}

/** `#0072B2` mixed with white: the pale form of a type colour for nodes outside the big families. */
export function paler(hex: string, amount = 0.6): string {
  const n = parseInt(hex.slice(1, 7), 16);
  const mix = (c: number) =>
    Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/**
 * Lineage mode: the largest families (graph/query) in the colours of FAMILY_COLORS, every
 * other node in a pale form of its type colour, so families stand out from the context.
 */
export function familyPalette(graph: PaperGraph): { colors: Map<string, string>; legend: FamilyLegendEntry[] } {
  const top = families(graph)
    .filter((f) => f.size >= 3)
    .slice(0, FAMILY_COLORS.length);
  const legend = top.map((f, i) => ({ ...f, color: FAMILY_COLORS[i] ?? NODE_COLORS.model }));
  const byRoot = new Map(legend.map((f) => [f.root, f.color]));
  const roots = familyRoots(graph);
  const colors = new Map<string, string>();
  const pale = new Map(NODE_TYPES.map((t) => [t, paler(NODE_COLORS[t])]));
  graph.forEachNode((key, attrs) => {
    const root = roots.get(key);
    colors.set(key, (root !== undefined ? byRoot.get(root) : undefined) ?? pale.get(attrs.type) ?? attrs.color);
  });
  return { colors, legend };
}
