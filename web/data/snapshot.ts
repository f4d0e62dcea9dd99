// PNG snapshot of the map at a chosen width (@sigma/export-image draws it with a renderer
// of that size), with the legend painted as canvas text at the bottom left. Returns a Blob;
// saving is the caller's.

import type Sigma from 'sigma';
import { drawOnCanvas } from '@sigma/export-image';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import { LABEL_FONT } from './sigma-settings.js';

export interface LegendEntry {
  label: string;
  color: string;
  /** Drawn as a dot (node type) or a short arrow (edge type). */
  kind: 'node' | 'edge';
}

/** Paint the legend box (title, then a dot or arrow per entry) at the bottom left of a canvas `height` tall. */
export function paintLegend(ctx: CanvasRenderingContext2D, legend: readonly LegendEntry[], title: string, height: number): void {
  const line = 18;
  const boxHeight = line * (legend.length + 1) + 12;
  ctx.font = `600 12px ${LABEL_FONT}`;
  const titleWidth = ctx.measureText(title).width;
  ctx.font = `12px ${LABEL_FONT}`;
  const boxWidth = 24 + Math.max(titleWidth, ...legend.map((e) => ctx.measureText(e.label).width + 30));
  const top = height - boxHeight - 12;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(12, top, boxWidth, boxHeight);
  ctx.strokeStyle = '#cbd2d9';
  ctx.lineWidth = 1;
  ctx.strokeRect(12, top, boxWidth, boxHeight);
  ctx.font = `600 12px ${LABEL_FONT}`;
  ctx.fillStyle = '#1f2933';
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 20, top + line / 2 + 6);
  ctx.font = `12px ${LABEL_FONT}`;
  legend.forEach((entry, i) => {
    const y = top + line * (i + 1) + line / 2 + 6;
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    ctx.beginPath();
    if (entry.kind === 'node') {
      ctx.arc(26, y, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.lineWidth = 2;
      ctx.moveTo(19, y);
      ctx.lineTo(29, y);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(33, y);
      ctx.lineTo(27, y - 4);
      ctx.lineTo(27, y + 4);
      ctx.closePath();
      ctx.fill();
    }
    ctx.fillStyle = '#1f2933';
    ctx.fillText(entry.label, 38, y);
  });
}

/** The map as a PNG `width` pixels wide (height from the viewport's shape), legend painted on it. */
export async function snapshotPng(
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>,
  legend: readonly LegendEntry[],
  title: string,
  width?: number,
): Promise<Blob> {
  const view = sigma.getDimensions();
  const w = Math.round(width ?? view.width);
  const h = Math.round((w * view.height) / Math.max(1, view.width));
  // A renderer of that size, with the camera and reducers of the one on screen.
  // @sigma/export-image types its argument as an untyped Sigma, though it only reads the
  // graph and settings; sigma's generics are invariant, so the typed renderer is widened here.
  const canvas = await drawOnCanvas(sigma as unknown as Sigma, { width: w, height: h, backgroundColor: '#ffffff' });
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  paintLegend(ctx, legend, title, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not encode the PNG'))), 'image/png');
  });
}

/** Offer a Blob as a download; the object URL is revoked afterwards. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
