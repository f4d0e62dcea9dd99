// Adapter: the details panel shows graph/query's nodeDetails, the same record `papergraph
// show --json` prints. Only adds "nothing" for a key the graph on show does not have.

import { nodeDetails, type NodeDetails } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';

export type { EvidenceGroup, LineageRef, NodeDetails, NodeRef } from '../../graph/query/index.js';

export function panelDetails(graph: PaperGraph, key: string): NodeDetails | undefined {
  return graph.hasNode(key) ? nodeDetails(graph, key) : undefined;
}
