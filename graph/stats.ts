// Counts of nodes and edges by type, for summaries and digests. Read-only.
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../src/types.js';
import type { PaperGraph } from './schema.js';

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByType: Record<NodeType, number>;
  edgesByType: Record<EdgeType, number>;
}

export function graphStats(graph: PaperGraph): GraphStats {
  const nodesByType = Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>;
  const edgesByType = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0])) as Record<EdgeType, number>;
  graph.forEachNode((_k, a) => void nodesByType[a.type]++);
  graph.forEachEdge((_k, a) => void edgesByType[a.type]++);
  return { nodes: graph.order, edges: graph.size, nodesByType, edgesByType };
}

/** "612 (paper 119, model 180, ...)" without zero counts. */
export function formatCounts(total: number, byType: Record<string, number>): string {
  const parts = Object.entries(byType)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`);
  return parts.length ? `${total} (${parts.join(', ')})` : String(total);
}
