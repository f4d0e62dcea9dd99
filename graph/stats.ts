// Counts of nodes and edges by type, for summaries and digests. Read-only.
import type { EdgeType, NodeType } from '../src/types.js';
import type { PaperGraph } from './schema.js';

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByType: Record<NodeType, number>;
  edgesByType: Record<EdgeType, number>;
}

/** A zero per node type. A literal, so the compiler checks that every type is there. */
export function emptyNodeCounts(): Record<NodeType, number> {
  return { paper: 0, model: 0, method: 0, benchmark: 0, task: 0, language: 0 };
}

/** A zero per edge type (a checked literal, like emptyNodeCounts). */
export function emptyEdgeCounts(): Record<EdgeType, number> {
  return {
    introduces: 0,
    mentions: 0,
    builds_on: 0,
    derived_from: 0,
    variant_of: 0,
    evaluated_on: 0,
    addresses: 0,
    covers_language: 0,
  };
}

export function graphStats(graph: PaperGraph): GraphStats {
  const nodesByType = emptyNodeCounts();
  const edgesByType = emptyEdgeCounts();
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
