// The lineage of a model as two trees: its ancestors (following derived_from to the
// base model) and its descendants (models derived from it). Pure; cycles are cut.

import type { LineageRelation } from '../../src/types.js';
import type { PaperGraph } from '../../graph/schema.js';

export interface LineageNode {
  key: string;
  label: string;
  relation?: LineageRelation;
  children: LineageNode[];
  /** True when the node was already shown higher up (a cycle or a shared ancestor). */
  repeated?: boolean;
}

export const DEFAULT_LINEAGE_DEPTH = 8;

function walk(
  graph: PaperGraph,
  key: string,
  direction: 'up' | 'down',
  path: Set<string>,
  depth: number,
  relation?: LineageRelation,
): LineageNode {
  const node: LineageNode = { key, label: graph.getNodeAttribute(key, 'label'), children: [] };
  if (relation) node.relation = relation;
  if (path.has(key)) return { ...node, repeated: true };
  if (depth <= 0) return node;
  path.add(key);
  const next = new Map<string, LineageRelation | undefined>();
  const each = direction === 'up' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
  each(key, (_e, attrs, source, target) => {
    if (attrs.type !== 'derived_from') return;
    const other = direction === 'up' ? target : source;
    if (!next.has(other) || (!next.get(other) && attrs.relation)) next.set(other, attrs.relation);
  });
  const keys = [...next.keys()].sort((a, b) =>
    graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
  );
  node.children = keys.map((k) => walk(graph, k, direction, path, depth - 1, next.get(k)));
  path.delete(key);
  return node;
}

/** Ancestors (`up`: children are base models) and descendants (`down`) of `key`. */
export function lineageTrees(
  graph: PaperGraph,
  key: string,
  maxDepth: number = DEFAULT_LINEAGE_DEPTH,
): { up: LineageNode; down: LineageNode } | undefined {
  if (!graph.hasNode(key)) return undefined;
  return {
    up: walk(graph, key, 'up', new Set(), maxDepth),
    down: walk(graph, key, 'down', new Set(), maxDepth),
  };
}

/** Every node key in both trees (the selected node included). */
export function lineageNodeKeys(trees: { up: LineageNode; down: LineageNode }): Set<string> {
  const keys = new Set<string>();
  const visit = (node: LineageNode) => {
    keys.add(node.key);
    node.children.forEach(visit);
  };
  visit(trees.up);
  visit(trees.down);
  return keys;
}
