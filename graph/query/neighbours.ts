// Neighbours of a node up to a depth, filtered by direction, edge type and node type, each
// with the edges that reached it and their evidence. Breadth-first; reads the graph only.

import type { EdgeType, LineageRelation, NodeType } from '../../src/types.js';
import { UsageError } from '../../src/errors.js';
import type { PaperGraph } from '../schema.js';
import { citeEvidence, type CitedEvidence } from './evidence.js';
import { resolveNode } from './find-node.js';

export const DIRECTIONS = ['in', 'out', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface NeighbourOptions {
  /** `out` follows edges from the node, `in` edges into it; default `both`. */
  direction?: Direction;
  /** Only traverse edges of these types (default: all). */
  edgeTypes?: readonly EdgeType[];
  /** Only report nodes of these types (traversal still passes through the others). */
  nodeTypes?: readonly NodeType[];
  /** How many steps away to look; default 1. */
  depth?: number;
}

export const DEFAULT_NEIGHBOUR_OPTIONS = { direction: 'both', depth: 1 } as const;

/** One edge on the way to a neighbour. */
export interface Link {
  edge: string;
  type: EdgeType;
  relation?: LineageRelation;
  /** `out`: from -> neighbour; `in`: neighbour -> from. */
  direction: 'in' | 'out';
  /** The node one step closer to the start. */
  from: string;
  weight: number;
  evidence: CitedEvidence[];
}

export interface Neighbour {
  key: string;
  label: string;
  type: NodeType;
  depth: number;
  /** Every edge between `from` and this node that passed the filters. */
  links: Link[];
}

export function checkDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1) throw new UsageError(`depth must be a whole number >= 1, got ${depth}`);
  return depth;
}

/** Nodes within `depth` steps of `name`, nearest first, then by label. */
export function neighbours(graph: PaperGraph, name: string, options: NeighbourOptions = {}): Neighbour[] {
  const direction = options.direction ?? DEFAULT_NEIGHBOUR_OPTIONS.direction;
  if (!DIRECTIONS.includes(direction)) throw new UsageError(`direction must be in, out or both, got ${direction}`);
  const depth = checkDepth(options.depth ?? DEFAULT_NEIGHBOUR_OPTIONS.depth);
  const start = resolveNode(graph, name);
  const found = new Map<string, Neighbour>();
  let frontier = [start];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const next: string[] = [];
    for (const from of frontier) {
      const visit = (edge: string, dir: 'in' | 'out', other: string) => {
        const attrs = graph.getEdgeAttributes(edge);
        if (options.edgeTypes && !options.edgeTypes.includes(attrs.type)) return;
        if (other === start) return;
        let entry = found.get(other);
        if (!entry) {
          const node = graph.getNodeAttributes(other);
          entry = { key: other, label: node.label, type: node.type, depth: level, links: [] };
          found.set(other, entry);
          next.push(other);
        }
        if (entry.depth !== level || entry.links.some((l) => l.from !== from)) return;
        const link: Link = { edge, type: attrs.type, direction: dir, from, weight: attrs.weight, evidence: citeEvidence(graph, attrs.evidence) };
        if (attrs.relation) link.relation = attrs.relation;
        entry.links.push(link);
      };
      if (direction !== 'in') graph.forEachOutEdge(from, (edge, _a, _s, target) => visit(edge, 'out', target));
      if (direction !== 'out') graph.forEachInEdge(from, (edge, _a, source) => visit(edge, 'in', source));
    }
    frontier = next;
  }
  return [...found.values()]
    .filter((n) => !options.nodeTypes || options.nodeTypes.includes(n.type))
    .sort((a, b) => a.depth - b.depth || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
}
