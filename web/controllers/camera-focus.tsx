// Controller: centres the camera on a node when asked (search, links, a restored hash).
// A request carries a counter so asking twice for the same node moves the camera again.

import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface FocusRequest {
  key: string;
  seq: number;
}

export const FOCUS_RATIO = 0.5;

export function CameraFocus({ request }: { request: FocusRequest | null }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    const move = () => {
      if (cancelled) return;
      const data = sigma.getNodeDisplayData(request.key);
      if (!data) return;
      const camera = sigma.getCamera();
      const ratio = Math.min(camera.getState().ratio, FOCUS_RATIO);
      void camera.animate({ x: data.x, y: data.y, ratio }, { duration: 450 });
    };
    // Read the position after the next render: while a reducer change is being processed,
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
