// Shortest path between two named nodes (graphology-shortest-path, unweighted), by default
// ignoring edge direction; each step says which edge joins it to the previous one. Reads only.

import { DirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { EdgeType, LineageRelation, NodeType } from '../../src/types.js';
import type { PaperGraph } from '../schema.js';
import { citeEvidence, type CitedEvidence } from './evidence.js';
import { resolveNode } from './find-node.js';

export interface ShortestPathOptions {
  /** `any` (default) walks edges both ways; `out` only from source to target. */
  direction?: 'any' | 'out';
  /** Only walk edges of these types. */
  edgeTypes?: readonly EdgeType[];
}

export interface PathStep {
  key: string;
  label: string;
  type: NodeType;
  /** The edge from the previous step (absent on the first). */
  via?: {
    edge: string;
    type: EdgeType;
    relation?: LineageRelation;
    /** `out`: previous -> this node; `in`: this node -> previous. */
    direction: 'in' | 'out';
    evidence: CitedEvidence[];
  };
}

/** An edge as the path search sees it. */
export interface PathEdge {
  source: string;
  target: string;
  type: EdgeType;
}

/** What the path search walks: a simple graph of the nodes and the edges it may follow. */
export type PathView = DirectedGraph | UndirectedGraph;

/**
 * The view over these nodes and edges, given in graph order, so ties between equally short
 * paths go the same way on every copy of the graph. A query index builds it from its own
 * node and edge lists (and keeps it), so its paths are this module's.
 */
export function pathView(nodes: Iterable<string>, edges: Iterable<PathEdge>, options: ShortestPathOptions = {}): PathView {
  const wanted = (type: EdgeType) => !options.edgeTypes || options.edgeTypes.includes(type);
  const view: PathView = options.direction === 'out' ? new DirectedGraph() : new UndirectedGraph();
  for (const key of nodes) view.addNode(key);
  for (const edge of edges) if (wanted(edge.type)) view.mergeEdge(edge.source, edge.target);
  return view;
}

/** The node keys of the shortest path from `source` to `target` on a view, or null. */
export function shortestPathKeys(view: PathView, source: string, target: string): string[] | null {
  return bidirectional(view, source, target);
}

function* edgesOf(graph: PaperGraph): Generator<PathEdge> {
  for (const { source, target, attributes } of graph.edgeEntries()) yield { source, target, type: attributes.type };
}

/** The steps from `a` to `b`, both included; null when they are not connected. */
export function shortestPath(graph: PaperGraph, a: string, b: string, options: ShortestPathOptions = {}): PathStep[] | null {
  const source = resolveNode(graph, a);
  const target = resolveNode(graph, b);
  const wanted = (type: EdgeType) => !options.edgeTypes || options.edgeTypes.includes(type);
  const keys = shortestPathKeys(pathView(graph.nodes(), edgesOf(graph), options), source, target);
  if (!keys) return null;
  return keys.map((key, i) => {
    const attrs = graph.getNodeAttributes(key);
    const step: PathStep = { key, label: attrs.label, type: attrs.type };
    const prev = keys[i - 1];
    if (prev !== undefined) {
      const out = graph.outEdges(prev, key).filter((e) => wanted(graph.getEdgeAttribute(e, 'type')));
      const back = options.direction === 'out' ? [] : graph.outEdges(key, prev).filter((e) => wanted(graph.getEdgeAttribute(e, 'type')));
      const edge = out[0] ?? back[0];
      if (edge !== undefined) {
        const e = graph.getEdgeAttributes(edge);
        step.via = { edge, type: e.type, direction: out[0] !== undefined ? 'out' : 'in', evidence: citeEvidence(graph, e.evidence) };
        if (e.relation) step.via.relation = e.relation;
      }
    }
    return step;
  });
}
