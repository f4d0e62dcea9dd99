// Node-link JSON (the D3 / NetworkX `node_link_graph` shape) for tools that do not read
// graphology's own graph.json. Returns a string; no I/O.

import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';

export interface NodeLinkJson {
  directed: true;
  multigraph: true;
  graph: Record<string, unknown>;
  nodes: (NodeAttributes & { id: string })[];
  links: (EdgeAttributes & { source: string; target: string; key: string })[];
}

/**
 * `{directed, multigraph, graph, nodes: [{id, ...}], links: [{source, target, key, ...}]}`.
 * A paper's arXiv id is kept as `arxivId` since `id` is the node key here.
 */
export function toNodeLink(graph: PaperGraph): NodeLinkJson {
  const nodes: NodeLinkJson['nodes'] = [];
  graph.forEachNode((key, attrs) => {
    const { id: arxivId, ...rest } = attrs;
    nodes.push({ ...rest, ...(arxivId !== undefined ? { arxivId } : {}), id: key });
  });
  const links: NodeLinkJson['links'] = [];
  graph.forEachEdge((key, attrs, source, target) => links.push({ ...attrs, source, target, key }));
  return { directed: true, multigraph: true, graph: { ...graph.getAttributes() }, nodes, links };
}

export function toNodeLinkJson(graph: PaperGraph, pretty = false): string {
  return `${JSON.stringify(toNodeLink(graph), null, pretty ? 2 : undefined)}\n`;
}
