// Starting positions for ForceAtlas2 that already show structure, in O(nodes + edges):
// hubs on a sunflower spiral (most-connected in the middle), each paper at the centre of its
// entities, then a few smoothing passes. Big graphs get few FA2 iterations, so this matters.

import type { PaperGraph } from './schema.js';

/** Stable 32-bit hash of a string (FNV-1a). */
function hashKey(text: string): number {
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

/**
 * Assign x and y to the nodes in `keys` (default: all), reading the others' positions as fixed.
 * Works on index arrays: each node's distinct neighbours are listed once (graphology's order),
 * then every pass is array arithmetic; a Map of positions and a neighbour walk per pass took
 * two seconds on a 100k-paper graph.
 */
export function seedPositions(graph: PaperGraph, keys: ReadonlySet<string> = new Set(graph.nodes()), passes = 3): void {
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  const nodes = graph.nodes();
  const indexes = new Map<string, number>();
  nodes.forEach((key, i) => indexes.set(key, i));
  const indexOf = (key: string): number => {
    const i = indexes.get(key);
    if (i === undefined) throw new Error(`seedPositions: "${key}" is not a node of the graph`);
    return i;
  };
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  const placed = new Uint8Array(nodes.length);
  graph.forEachNode((key, a) => {
    if (keys.has(key)) return;
    const i = indexOf(key);
    xs[i] = a.x;
    ys[i] = a.y;
    placed[i] = 1;
  });
  const place = (i: number, x: number, y: number) => {
    xs[i] = x;
    ys[i] = y;
    placed[i] = 1;
  };

  // Distinct neighbours of each movable node, in graphology's order (sums keep their order).
  const movable = [...keys].filter((key) => indexes.has(key));
  const neighbours = new Map<number, Int32Array>();
  for (const key of movable) {
    const list: number[] = [];
    graph.forEachNeighbor(key, (nb) => void list.push(indexOf(nb)));
    neighbours.set(indexOf(key), Int32Array.from(list));
  }

  // 1. Entities by degree on a sunflower spiral: hubs central, the long tail outside.
  const entities = movable.filter((k) => graph.getNodeAttribute(k, 'type') !== 'paper');
  const degree = new Map(entities.map((k) => [k, graph.degree(k)]));
  entities.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  entities.forEach((key, i) => {
    const r = radius * Math.sqrt((i + 0.5) / Math.max(1, entities.length));
    place(indexOf(key), r * Math.cos(i * GOLDEN_ANGLE), r * Math.sin(i * GOLDEN_ANGLE));
  });

  // 2. Papers (and anything still unplaced) at the centre of their placed neighbours.
  let cx = 0;
  let cy = 0;
  /** Centre of node i's placed neighbours into cx, cy; false when none is placed. */
  const centre = (i: number): boolean => {
    let x = 0;
    let y = 0;
    let n = 0;
    for (const nb of neighbours.get(i) ?? []) {
      if (!placed[nb]) continue;
      x += xs[nb] ?? 0;
      y += ys[nb] ?? 0;
      n++;
    }
    if (n) {
      cx = x / n;
      cy = y / n;
    }
    return n > 0;
  };
  for (const key of movable) {
    const i = indexOf(key);
    if (placed[i]) continue;
    const c = centre(i) ? { x: cx, y: cy } : jitter(key, radius);
    const j = jitter(key, radius / 20);
    place(i, c.x + j.x, c.y + j.y);
  }

  // 3. Smoothing: each movable node moves halfway to its neighbours' centre.
  for (let pass = 0; pass < passes; pass++) {
    for (const key of movable) {
      const i = indexOf(key);
      if (!placed[i] || !centre(i)) continue;
      xs[i] = ((xs[i] ?? 0) + cx) / 2;
      ys[i] = ((ys[i] ?? 0) + cy) / 2;
    }
  }
  for (const key of movable) {
    const i = indexOf(key);
    if (placed[i]) graph.mergeNodeAttributes(key, { x: xs[i] ?? 0, y: ys[i] ?? 0 });
  }
}
