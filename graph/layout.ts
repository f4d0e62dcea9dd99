// Positions for the map: seeded starting positions, then ForceAtlas2 with iterations
// scaled to the graph's size (Barnes-Hut on big graphs). Deterministic; writes only x and y.

import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PaperGraph } from './schema.js';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default scales down with graph size. */
  iterations?: number;
  /** Only place nodes that have no position yet (incremental `add`): others stay put. */
  onlyNew?: ReadonlySet<string>;
}

/** Stable 32-bit hash of a string (FNV-1a). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A position in a disc derived from the key alone, so seeding needs no RNG state. */
function seededPosition(key: string, radius: number): { x: number; y: number } {
  const a = hash(key);
  const b = hash(`${key}#`);
  const angle = (a / 0xffffffff) * 2 * Math.PI;
  const r = radius * Math.sqrt(b / 0xffffffff);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Iterations that keep layout time bounded: fewer passes on bigger graphs. */
export function defaultIterations(order: number): number {
  if (order <= 2000) return 300;
  if (order <= 20000) return 100;
  return 30;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Seed positions, then run ForceAtlas2. New nodes (with `onlyNew`) start at their neighbours' centre. */
export function layoutGraph(graph: PaperGraph, options: LayoutOptions = {}): { iterations: number; barnesHut: boolean } {
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  graph.forEachNode((key) => {
    if (options.onlyNew && !options.onlyNew.has(key)) return;
    const placed = graph.neighbors(key).filter((n) => !options.onlyNew?.has(n));
    if (options.onlyNew && placed.length > 0) {
      const jitter = seededPosition(key, 5);
      const cx = placed.reduce((s, n) => s + graph.getNodeAttribute(n, 'x'), 0) / placed.length;
      const cy = placed.reduce((s, n) => s + graph.getNodeAttribute(n, 'y'), 0) / placed.length;
      graph.mergeNodeAttributes(key, { x: cx + jitter.x, y: cy + jitter.y });
    } else {
      graph.mergeNodeAttributes(key, seededPosition(key, radius));
    }
  });
  const iterations = options.iterations ?? (options.onlyNew ? 30 : defaultIterations(graph.order));
  const barnesHut = graph.order > 2000;
  if (iterations > 0 && graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: barnesHut };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: null });
  }
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, { x: round(attrs.x), y: round(attrs.y) });
  });
  return { iterations, barnesHut };
}
