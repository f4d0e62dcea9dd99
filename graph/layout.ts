// Positions for the map: seeded starting positions, then ForceAtlas2 with iterations
// scaled to the graph's size (Barnes-Hut on big graphs). Deterministic; writes only x and y,
// and with `onlyNew` only those of the new nodes.

import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PaperGraph } from './schema.js';
import { jitter as seededPosition, seedPositions } from './seed-positions.js';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default scales down with graph size. */
  iterations?: number;
  /** Only place nodes that have no position yet (incremental `add`): others stay put. */
  onlyNew?: ReadonlySet<string>;
}

/** Above this many nodes ForceAtlas2 runs with Barnes-Hut and a fixed, small number of passes. */
export const BARNES_HUT_ABOVE = 1000;

/**
 * Gephi's Barnes-Hut theta (graphology defaults to 0.5). On the 10k-paper bench graph the
 * passes are about 2.7x faster and nodes land about as near exact ForceAtlas2 (median 15.4
 * against 13.8 units): `tsx bench/layout-theta.ts` measures both.
 */
export const BARNES_HUT_THETA = 1.2;

/** ForceAtlas2 settings: graphology's inferred ones, with Barnes-Hut on big graphs. */
function settingsFor(graph: Parameters<typeof forceAtlas2.inferSettings>[0], barnesHut: boolean) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: barnesHut, barnesHutTheta: BARNES_HUT_THETA };
}

/**
 * Iterations that keep layout time bounded. Small maps (the daily digest) get the full 300
 * exact passes; up to BARNES_HUT_ABOVE nodes passes fall with the square of the size (exact
 * FA2 costs n² a pass); bigger graphs get 4 Barnes-Hut passes (2 above 50,000 nodes), so layout time grows about
 * linearly, and the structure comes mostly from seedPositions.
 */
export function defaultIterations(order: number): number {
  if (order > 50_000) return 2;
  if (order > BARNES_HUT_ABOVE) return 4;
  return Math.max(8, Math.min(300, Math.round(300 * (400 / Math.max(1, order)) ** 2)));
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Centre and radius of the nodes already placed, to seed new islands inside the drawing. */
function extent(graph: PaperGraph, placed: ReadonlySet<string>): { cx: number; cy: number; radius: number } {
  let cx = 0;
  let cy = 0;
  for (const key of placed) {
    cx += graph.getNodeAttribute(key, 'x') / placed.size;
    cy += graph.getNodeAttribute(key, 'y') / placed.size;
  }
  let radius = 0;
  for (const key of placed) {
    const a = graph.getNodeAttributes(key);
    radius = Math.max(radius, Math.hypot(a.x - cx, a.y - cy));
  }
  return { cx, cy, radius: Math.max(10, radius) };
}

/**
 * Starting positions of new nodes: at the centre of their placed neighbours (plus a small
 * key-seeded offset), in rounds so a new model next to a new paper lands near that paper;
 * nodes with no placed neighbour at all go to a seeded spot inside the existing drawing.
 */
function seedNewNodes(graph: PaperGraph, onlyNew: ReadonlySet<string>): void {
  const placed = new Set(graph.filterNodes((key) => !onlyNew.has(key)));
  const area = extent(graph, placed);
  const jitter = Math.max(1, area.radius * 0.02);
  let waiting = [...onlyNew].filter((key) => graph.hasNode(key)).sort();
  while (waiting.length > 0) {
    const round: { key: string; x: number; y: number }[] = [];
    const rest: string[] = [];
    for (const key of waiting) {
      const anchors = graph.neighbors(key).filter((n) => placed.has(n));
      if (anchors.length === 0) {
        rest.push(key);
        continue;
      }
      const offset = seededPosition(key, jitter);
      const x = anchors.reduce((s, n) => s + graph.getNodeAttribute(n, 'x'), 0) / anchors.length;
      const y = anchors.reduce((s, n) => s + graph.getNodeAttribute(n, 'y'), 0) / anchors.length;
      round.push({ key, x: x + offset.x, y: y + offset.y });
    }
    if (round.length === 0) break;
    // Placed after the round, so the order within a round does not matter.
    for (const { key, x, y } of round) {
      graph.mergeNodeAttributes(key, { x, y });
      placed.add(key);
    }
    waiting = rest;
  }
  for (const key of waiting) {
    const p = seededPosition(key, area.radius);
    graph.mergeNodeAttributes(key, { x: area.cx + p.x, y: area.cy + p.y });
  }
}

interface LayoutNode {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
}

/**
 * ForceAtlas2 that moves only `onlyNew`: it runs on a copy whose other nodes carry
 * ForceAtlas2's `fixed` flag, so graph.json never gets a layout-only attribute.
 */
function settleNewNodes(graph: PaperGraph, onlyNew: ReadonlySet<string>, iterations: number, barnesHut: boolean): void {
  const copy = new MultiDirectedGraph<LayoutNode>();
  graph.forEachNode((key, a) => copy.addNode(key, { x: a.x, y: a.y, size: a.size, fixed: !onlyNew.has(key) }));
  graph.forEachEdge((key, _a, source, target) => void copy.addDirectedEdgeWithKey(key, source, target));
  const settings = settingsFor(copy, barnesHut);
  forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: null });
  for (const key of onlyNew) {
    if (!graph.hasNode(key)) continue;
    const { x, y } = copy.getNodeAttributes(key);
    graph.mergeNodeAttributes(key, { x, y });
  }
  roundPositions(graph, onlyNew);
}

function roundPositions(graph: PaperGraph, keys: Iterable<string>): void {
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    graph.mergeNodeAttributes(key, { x: round(a.x), y: round(a.y) });
  }
}

/**
 * Seed positions, then run ForceAtlas2. With `onlyNew` (incremental `add`) only those nodes
 * move: they start next to their neighbours and settle while every other node stays fixed.
 */
export function layoutGraph(graph: PaperGraph, options: LayoutOptions = {}): { iterations: number; barnesHut: boolean } {
  const barnesHut = graph.order > BARNES_HUT_ABOVE;
  const { onlyNew } = options;
  if (onlyNew) {
    // New nodes start next to their neighbours, so a few passes settle them; big graphs get fewer.
    const iterations = options.iterations ?? Math.min(30, defaultIterations(graph.order));
    if (onlyNew.size === 0) return { iterations: 0, barnesHut };
    seedNewNodes(graph, onlyNew);
    if (iterations > 0 && graph.order > 1) settleNewNodes(graph, onlyNew, iterations, barnesHut);
    else roundPositions(graph, onlyNew);
    return { iterations, barnesHut };
  }
  seedPositions(graph);
  const iterations = options.iterations ?? defaultIterations(graph.order);
  if (iterations > 0 && graph.order > 1) {
    const settings = settingsFor(graph, barnesHut);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: null });
  }
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, { x: round(attrs.x), y: round(attrs.y) });
  });
  return { iterations, barnesHut };
}
