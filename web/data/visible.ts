// Which nodes and edges the current filters show, their extent (the frame) and counts (the
// status bar), and a copy of that part of the graph for export. Pure; never modifies the graph.

import type { EdgeType, NodeType } from '../../src/types.js';
import { createGraph, type PaperGraph } from '../../graph/schema.js';

export interface Filters {
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenEdgeTypes: ReadonlySet<EdgeType>;
}

/** Tests for one node and one edge under the filters; `hiddenNodes` from the date filters. */
export function shownTests(graph: PaperGraph, filters: Filters, hiddenNodes?: ReadonlySet<string>) {
  const node = (key: string) => !filters.hiddenNodeTypes.has(graph.getNodeAttribute(key, 'type')) && !hiddenNodes?.has(key);
  const edge = (key: string) => !filters.hiddenEdgeTypes.has(graph.getEdgeAttribute(key, 'type')) && node(graph.source(key)) && node(graph.target(key));
  return { node, edge };
}

export interface ShownSummary {
  nodes: number;
  edges: number;
  /** Extent of the shown nodes' positions; null when nothing is shown. */
  extent: { x: [number, number]; y: [number, number] } | null;
}

export function shownSummary(graph: PaperGraph, filters: Filters, hiddenNodes?: ReadonlySet<string>): ShownSummary {
  const shown = shownTests(graph, filters, hiddenNodes);
  let nodes = 0;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((key, a) => {
    if (!shown.node(key)) return;
    nodes++;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  let edges = 0;
  graph.forEachEdge((key) => void (shown.edge(key) && edges++));
  return { nodes, edges, extent: nodes ? { x: [minX, maxX], y: [minY, maxY] } : null };
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
