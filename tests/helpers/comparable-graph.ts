// A graph reduced to what "the same graph up to layout" means for `add`: node and edge keys,
// types and attributes, evidence as a set; without positions, `firstAdded` stamps and `builds`.
import type { PaperGraph } from '../../graph/schema.js';

const LAYOUT_ONLY = new Set(['x', 'y', 'firstAdded']);

const byJson = (a: unknown, b: unknown) => {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

function sortedObject(attrs: object, skip: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const entries = Object.entries(attrs).filter(([k, v]) => !skip.has(k) && v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function comparableGraph(graph: PaperGraph) {
  const nodes = graph.mapNodes((key, attrs) => ({ key, ...sortedObject(attrs, LAYOUT_ONLY) }));
  const edges = graph.mapEdges((key, attrs, source, target) => ({
    key,
    source,
    target,
    ...sortedObject({ ...attrs, evidence: [...attrs.evidence].map((e) => sortedObject(e)).sort(byJson) }),
  }));
  return { nodes: nodes.sort(byJson), edges: edges.sort(byJson) };
}
