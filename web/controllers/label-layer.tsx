// Controller: draws the map's node labels after each sigma render, placed by
// web/data/label-placement.ts (priority order, no overlaps, never clipped at the edges), in
// place of sigma's label grid. Exposes the boxes it drew as window.papergraphLabelBoxes for
// the browser tests. Never writes graph attributes.

import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import { placeLabels, type LabelCandidate, type PlacedLabel } from '../data/label-placement.js';

declare global {
  interface Window {
    papergraphLabelBoxes?: readonly PlacedLabel[];
  }
}

/** Nodes looked at per frame, in priority order: enough for any readable view. */
const MAX_CANDIDATES = 6000;

export function LabelLayer({ priority, font, fontSize, color }: { priority: readonly string[]; font: string; fontSize: number; color: string }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    const widths = new Map<string, number>();
    const draw = () => {
      const ctx = sigma.getCanvases().labels?.getContext('2d');
      if (!ctx) return;
      const { width, height } = sigma.getDimensions();
      ctx.font = `500 ${fontSize}px ${font}`;
      const measure = (text: string) => {
        let w = widths.get(text);
        if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
        return w;
      };
      const forced: LabelCandidate[] = [];
      const rest: LabelCandidate[] = [];
      const limit = Math.min(priority.length, MAX_CANDIDATES);
      for (let i = 0; i < limit; i++) {
        const key = priority[i] ?? '';
        const d = sigma.getNodeDisplayData(key);
        if (!d || d.hidden || !d.label) continue;
        const p = sigma.framedGraphToViewport(d);
        if (p.x < -50 || p.y < -20 || p.x > width + 50 || p.y > height + 20) continue;
        (d.forceLabel ? forced : rest).push({ key, text: d.label, x: p.x, y: p.y, radius: sigma.scaleSize(d.size) });
      }
      const placed = placeLabels([...forced, ...rest], { width, height, measure, fontSize });
      ctx.fillStyle = color;
      ctx.textBaseline = 'middle';
      for (const label of placed) {
        // A white halo keeps labels readable over edges and nodes.
        ctx.lineWidth = 3;
        ctx.strokeStyle = 'rgba(255,255,255,0.85)';
        ctx.strokeText(label.text, label.x, label.y);
        ctx.fillText(label.text, label.x, label.y);
      }
      window.papergraphLabelBoxes = placed;
    };
    sigma.on('afterRender', draw);
    sigma.scheduleRefresh();
    return () => {
      sigma.off('afterRender', draw);
    };
  }, [sigma, priority, font, fontSize, color]);
  return null;
}
