// A value computed from a graph once and kept until the graph changes in a way that could
// change it (the events named). Queries over a big graph (families, lineage adjacency) use
// it so the map and the CLI pay for a walk of every edge once, not per call.

import type { PaperGraph } from '../schema.js';

/** Graph events after which a cached value is dropped and recomputed on the next call. */
export type GraphChange = 'edgeAdded' | 'edgeDropped' | 'nodeDropped' | 'cleared' | 'edgesCleared' | 'edgeAttributesUpdated';

/** `build(graph)`, cached per graph; the cache of a graph is dropped on any of `changes`. */
export function cachedPerGraph<T>(build: (graph: PaperGraph) => T, changes: readonly GraphChange[]): (graph: PaperGraph) => T {
  const values = new WeakMap<PaperGraph, { value: T }>();
  const watched = new WeakSet<PaperGraph>();
  return (graph) => {
    const hit = values.get(graph);
    if (hit) return hit.value;
    if (!watched.has(graph)) {
      watched.add(graph);
      const drop = () => values.delete(graph);
      for (const event of changes) graph.on(event, drop);
    }
    const value = build(graph);
    values.set(graph, { value });
    return value;
  };
}
