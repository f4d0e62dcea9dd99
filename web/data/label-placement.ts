// Which labels the map draws and where: in priority order, each label goes right of its
// node, else left, above or below, only where it fits inside the view and overlaps no label
// already placed. Pure; web/controllers/label-layer.tsx paints the result.

import type { PaperGraph } from '../../graph/schema.js';

export interface LabelCandidate {
  key: string;
  text: string;
  /** Node centre and radius in viewport pixels. */
  x: number;
  y: number;
  radius: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Left end of the text's middle line. */
  x: number;
  y: number;
  box: Box;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Text width in pixels. */
  measure: (text: string) => number;
  fontSize: number;
  /** Room kept free around each label. */
  gap?: number;
  max?: number;
}

const CELL = 64;

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export function placeLabels(candidates: Iterable<LabelCandidate>, options: PlacementOptions): PlacedLabel[] {
  const { width, height, measure, fontSize } = options;
  const gap = options.gap ?? 3;
  const max = options.max ?? 400;
  const grid = new Map<number, Box[]>();
  const cells = (b: Box) => {
    const out: number[] = [];
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) {
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) out.push(cx * 100_003 + cy);
    }
    return out;
  };
  const free = (b: Box) => {
    if (b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height) return false;
    const padded = { x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap };
    return cells(padded).every((c) => !(grid.get(c) ?? []).some((o) => overlaps(o, padded)));
  };
  const placed: PlacedLabel[] = [];
  const half = fontSize * 0.65;
  // Right, left, above, below: the text's left end and middle line for each.
  const spots = (c: LabelCandidate, r: number, w: number): [number, number][] => [
    [c.x + r, c.y],
    [c.x - r - w, c.y],
    [c.x - w / 2, c.y - r - half],
    [c.x - w / 2, c.y + r + half],
  ];
  const boxAt = (x: number, y: number, w: number): Box => ({ x1: x, y1: y - half, x2: x + w, y2: y + half });
  for (const c of candidates) {
    if (placed.length >= max) break;
    const r = c.radius + 3;
    // A label of any width covers the zero-width box at its spot: when none of those is
    // free, nothing fits, and the text need not be measured (most nodes of a dense view).
    if (!spots(c, r, 0).some(([x, y]) => free(boxAt(x, y, 0)))) continue;
    const w = measure(c.text);
    for (const [x, y] of spots(c, r, w)) {
      const box = boxAt(x, y, w);
      if (!free(box)) continue;
      for (const cell of cells(box)) {
        const list = grid.get(cell);
        if (list) list.push(box);
        else grid.set(cell, [box]);
      }
      placed.push({ key: c.key, text: c.text, x, y, box });
      break;
    }
  }
  return placed;
}

/**
 * Nodes in the order their labels are wanted: models and methods new since the chosen build,
 * then those a paper introduces, then other models and methods, then the other entities;
 * within each, by papers. Papers come last (their titles show around a focus).
 */
export function labelPriority(graph: PaperGraph, fresh?: ReadonlySet<string> | null): string[] {
  const rank = (key: string): number => {
    const a = graph.getNodeAttributes(key);
    const lineageKind = a.type === 'model' || a.type === 'method';
    if (a.type === 'paper') return 4;
    if (!lineageKind) return 3;
    if (fresh?.has(key)) return 0;
    return graph.someInEdge(key, (_e, edge) => edge.type === 'introduces') ? 1 : 2;
  };
  const ranked = graph.mapNodes((key, a) => ({ key, rank: rank(key), papers: a.papers, label: a.label }));
  ranked.sort((a, b) => a.rank - b.rank || b.papers - a.papers || a.label.localeCompare(b.label));
  return ranked.map((r) => r.key);
}
