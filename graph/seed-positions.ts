// Starting positions for ForceAtlas2 that already show structure, in O(nodes + edges):
// hubs on a sunflower spiral (most-connected in the middle), each paper at the centre of its
// entities, then a few smoothing passes. Big graphs get few FA2 iterations, so this matters.

import type { PaperGraph } from './schema.js';

/** Stable 32-bit hash of a string (FNV-1a). */
export function hashKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small offset derived from the key alone, so overlapping nodes separate deterministically. */
export function jitter(key: string, scale: number): { x: number; y: number } {
  const a = (hashKey(key) / 0xffffffff) * 2 * Math.PI;
  const r = scale * Math.sqrt(hashKey(`${key}#`) / 0xffffffff);
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Assign x and y to the nodes in `keys` (default: all), reading the others' positions as fixed. */
export function seedPositions(graph: PaperGraph, keys: ReadonlySet<string> = new Set(graph.nodes()), passes = 3): void {
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  const pos = new Map<string, { x: number; y: number }>();
  const fixed = (key: string) => !keys.has(key);
  graph.forEachNode((key, a) => {
    if (fixed(key)) pos.set(key, { x: a.x, y: a.y });
  });

  // 1. Entities by degree on a sunflower spiral: hubs central, the long tail outside.
  const entities = [...keys].filter((k) => graph.getNodeAttribute(k, 'type') !== 'paper');
  entities.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  entities.forEach((key, i) => {
    const r = radius * Math.sqrt((i + 0.5) / Math.max(1, entities.length));
    pos.set(key, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });

  // 2. Papers (and anything still unplaced) at the centre of their placed neighbours.
  const centre = (key: string): { x: number; y: number } | undefined => {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(key, (nb) => {
      const p = pos.get(nb);
      if (!p) return;
      x += p.x;
      y += p.y;
      n++;
    });
    return n ? { x: x / n, y: y / n } : undefined;
  };
  for (const key of keys) {
    if (pos.has(key)) continue;
    const c = centre(key) ?? jitter(key, radius);
    const j = jitter(key, radius / 20);
    pos.set(key, { x: c.x + j.x, y: c.y + j.y });
  }

  // 3. Smoothing: each movable node moves halfway to its neighbours' centre.
  for (let pass = 0; pass < passes; pass++) {
    for (const key of keys) {
      const c = centre(key);
      const p = pos.get(key);
      if (!c || !p) continue;
      pos.set(key, { x: (p.x + c.x) / 2, y: (p.y + c.y) / 2 });
    }
  }
  for (const key of keys) {
    const p = pos.get(key);
    if (p) graph.mergeNodeAttributes(key, p);
  }
}
