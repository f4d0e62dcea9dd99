// Controller: moves the camera when asked: centres on one node (search, links, a restored
// hash) or fits a group (the lineage view). A request carries a counter so asking twice
// for the same nodes moves the camera again.

import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import { motion } from '../data/motion.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface FocusRequest {
  keys: readonly string[];
  seq: number;
}

export const FOCUS_RATIO = 0.5;
const FIT_MARGIN = 1.4;
const MIN_RATIO = 0.08;

export function CameraFocus({ request }: { request: FocusRequest | null }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    const move = () => {
      if (cancelled) return;
      const points = request.keys.flatMap((k) => {
        const d = sigma.getNodeDisplayData(k);
        return d ? [d] : [];
      });
      if (!points.length) return;
      const camera = sigma.getCamera();
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const span = Math.max(maxX - minX, maxY - minY) * FIT_MARGIN;
      const ratio = points.length === 1 ? Math.min(camera.getState().ratio, FOCUS_RATIO) : Math.min(1, Math.max(MIN_RATIO, span));
      void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: motion(450) });
    };
    // Read positions after the next render: while a reducer change is being processed,
    // display data can still hold raw graph coordinates instead of framed ones.
    sigma.once('afterRender', move);
    sigma.scheduleRefresh();
    return () => {
      cancelled = true;
      sigma.off('afterRender', move);
    };
  }, [sigma, request]);
  return null;
}
