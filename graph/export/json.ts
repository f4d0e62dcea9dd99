// Node-link JSON (the NetworkX `node_link_graph` / D3 shape) for tools that do not read
// graphology's own graph.json. Edges go under `edges`, the key NetworkX 3.6 reads by
// default; `edgesKey: 'links'` writes the older D3 / NetworkX < 3.4 key. Returns a string; no I/O.

import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';

export interface NodeLinkJson {
  directed: true;
  multigraph: true;
  graph: Record<string, unknown>;
  nodes: (NodeAttributes & { id: string })[];
  edges: NodeLinkEdge[];
}

export type NodeLinkEdge = EdgeAttributes & { source: string; target: string; key: string };

/** Where the edge list goes: `edges` (NetworkX >= 3.4 reads it; 3.6 by default) or `links`. */
export const NODE_LINK_EDGE_KEYS = ['edges', 'links'] as const;
export type NodeLinkEdgeKey = (typeof NODE_LINK_EDGE_KEYS)[number];

export interface NodeLinkOptions {
  pretty?: boolean;
  /** Default `edges`. */
  edgesKey?: NodeLinkEdgeKey;
}

/**
 * `{directed, multigraph, graph, nodes: [{id, ...}], edges: [{source, target, key, ...}]}`.
 * A paper's arXiv id is kept as `arxivId` since `id` is the node key here.
 */
export function toNodeLink(graph: PaperGraph): NodeLinkJson {
  const nodes: NodeLinkJson['nodes'] = [];
  graph.forEachNode((key, attrs) => {
    const { id: arxivId, ...rest } = attrs;
    nodes.push({ ...rest, ...(arxivId !== undefined ? { arxivId } : {}), id: key });
  });
  const edges: NodeLinkEdge[] = [];
  graph.forEachEdge((key, attrs, source, target) => edges.push({ ...attrs, source, target, key }));
  return { directed: true, multigraph: true, graph: { ...graph.getAttributes() }, nodes, edges };
}

export function toNodeLinkJson(graph: PaperGraph, options: NodeLinkOptions = {}): string {
  const { edges, ...rest } = toNodeLink(graph);
  const data = { ...rest, [options.edgesKey ?? 'edges']: edges };
  return `${JSON.stringify(data, null, options.pretty ? 2 : undefined)}\n`;
}
