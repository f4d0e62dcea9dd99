// Colours and sizes of nodes and edges: by type, sized by the papers behind them.
// Shared by the build (graph.json, GEXF) and the web legend; writes only appearance attributes.

import type { EdgeType, NodeType } from '../src/types.js';
import type { PaperGraph } from './schema.js';

export const NODE_COLORS: Record<NodeType, string> = {
  paper: '#9aa5b1',
  model: '#e4572e',
  method: '#f3a712',
  benchmark: '#29b6f6',
  task: '#66bb6a',
  language: '#ab47bc',
};

export const EDGE_COLORS: Record<EdgeType, string> = {
  introduces: '#f08a5d',
  mentions: '#cfd8dc',
  builds_on: '#ff7043',
  derived_from: '#d32f2f',
  variant_of: '#8d6e63',
  evaluated_on: '#81d4fa',
  addresses: '#a5d6a7',
  covers_language: '#ce93d8',
};

/** Node size from the number of papers behind it (papers themselves from their degree). */
export function nodeSize(papers: number, degree: number, type: NodeType): number {
  const basis = type === 'paper' ? degree / 4 : papers;
  return Math.round((3 + 3 * Math.sqrt(Math.max(0, basis))) * 100) / 100;
}

/** Set `color` and `size` on every node and edge. Idempotent. */
export function applyAppearance(graph: PaperGraph): void {
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, {
      color: NODE_COLORS[attrs.type],
      size: nodeSize(attrs.papers, graph.degree(key), attrs.type),
    });
  });
  graph.forEachEdge((key, attrs) => {
    graph.mergeEdgeAttributes(key, {
      color: EDGE_COLORS[attrs.type],
      size: Math.round((1 + Math.log2(Math.max(1, attrs.weight))) * 100) / 100,
    });
  });
}
