// Which nodes and edges the current filters show, and a copy of that part of the graph
// for export. Pure; the displayed graph is never modified.

import type { EdgeType, NodeType } from '../../src/types.js';
import { createGraph, type PaperGraph } from '../../graph/schema.js';

export interface Filters {
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenEdgeTypes: ReadonlySet<EdgeType>;
}

export function nodeVisible(graph: PaperGraph, key: string, filters: Filters): boolean {
  return !filters.hiddenNodeTypes.has(graph.getNodeAttribute(key, 'type'));
}

export function edgeVisible(graph: PaperGraph, key: string, filters: Filters): boolean {
  if (filters.hiddenEdgeTypes.has(graph.getEdgeAttribute(key, 'type'))) return false;
  return nodeVisible(graph, graph.source(key), filters) && nodeVisible(graph, graph.target(key), filters);
}

/**
 * A new graph with only what the filters show (attributes copied, arrays cloned);
 * `hiddenNodes` are nodes hidden one by one (the "New since" and date filters).
 */
export function visibleSubgraph(graph: PaperGraph, filters: Filters, hiddenNodes?: ReadonlySet<string>): PaperGraph {
  const out = createGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attrs) => {
    if (!filters.hiddenNodeTypes.has(attrs.type) && !hiddenNodes?.has(key)) out.addNode(key, structuredClone(attrs));
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && !filters.hiddenEdgeTypes.has(attrs.type)) {
      out.addDirectedEdgeWithKey(key, source, target, structuredClone(attrs));
    }
  });
  return out;
}
