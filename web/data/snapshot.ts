// PNG snapshot of the map: sigma's layers drawn onto one canvas on white, with the
// legend painted as canvas text at the bottom left. Returns a Blob; saving is the caller's.

import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import { LABEL_FONT } from './sigma-settings.js';

export interface LegendEntry {
  label: string;
  color: string;
  /** Drawn as a dot (node type) or a short arrow (edge type). */
  kind: 'node' | 'edge';
}

export async function snapshotPng(
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>,
  legend: readonly LegendEntry[],
  title: string,
): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // WebGL layers are only readable right after a render, so render and copy in one task.
  sigma.refresh();
  for (const layer of Object.values(sigma.getCanvases())) {
    ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  ctx.scale(ratio, ratio);
  const line = 18;
  const boxHeight = line * (legend.length + 1) + 12;
  const boxWidth = 12 + Math.max(title.length * 7, ...legend.map((e) => e.label.length * 7 + 24));
  const top = height - boxHeight - 12;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(12, top, boxWidth, boxHeight);
  ctx.strokeStyle = '#cbd2d9';
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
