// Exports of the family view: the family as its own graph (members and lineage edges, at
// their drawn positions, for GEXF), and the drawing as a PNG of a chosen width with a
// legend. Pure apart from the canvas; saving the result is the caller's.

import { LINEAGE_KIND_COLORS } from '../../graph/appearance.js';
import type { FamilyDrawing } from '../../graph/family-layout.js';
import { createGraph, type PaperGraph } from '../../graph/schema.js';
import { paintLegend, type LegendEntry } from '../data/snapshot.js';

/** The family drawn in the view as a graph of its own: members, their lineage edges, tree positions. */
export function familySubgraph(graph: PaperGraph, drawing: FamilyDrawing): PaperGraph {
  const out = createGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const m of drawing.members) {
    // y up in GEXF viewers, down in the drawing: flip so parents stay on top.
    out.addNode(m.key, { ...structuredClone(graph.getNodeAttributes(m.key)), x: m.x, y: -m.y });
  }
  for (const link of drawing.links) {
    const attrs = structuredClone(graph.getEdgeAttributes(link.edge));
    out.addDirectedEdgeWithKey(link.edge, link.child, link.parent, { ...attrs, color: LINEAGE_KIND_COLORS[link.kind] });
  }
  return out;
}

export function familyLegend(drawing: FamilyDrawing): LegendEntry[] {
  return [...new Set(drawing.links.map((l) => l.kind))].map((kind) => ({ label: kind, color: LINEAGE_KIND_COLORS[kind], kind: 'edge' }));
}

/** The whole family (not only the zoomed part) as a PNG `width` pixels wide. */
export async function familyPng(svg: SVGSVGElement, drawing: FamilyDrawing, width: number, title: string): Promise<Blob> {
  const legend = familyLegend(drawing);
  const scale = width / Math.max(1, drawing.width);
  const legendHeight = 18 * (legend.length + 1) + 36;
  const height = Math.round(drawing.height * scale) + legendHeight;
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('the family drawing is not an SVG');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('viewBox', `0 0 ${drawing.width} ${drawing.height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(Math.round(drawing.height * scale)));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0);
    paintLegend(ctx, legend, title, height);
    return await new Promise((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not encode the PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
