// Controller: moves the camera when asked: centres on one node (search, links, a restored
// hash) or fits a group (the lineage view). A request carries a counter so asking twice
// for the same nodes moves the camera again.

import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import { moveCamera } from '../data/motion.js';
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
  // Whether a frame has been drawn since this mounted (sigma draws its first one in its
  // constructor): by then the graph's coordinates are framed.
  const framed = useRef(false);
  useEffect(() => {
    const mark = () => {
      framed.current = true;
    };
    sigma.once('afterRender', mark);
    return () => {
      sigma.off('afterRender', mark);
    };
  }, [sigma]);
  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    const move = (points: readonly { x: number; y: number }[]) => {
      if (cancelled || !points.length) return;
      const camera = sigma.getCamera();
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const span = Math.max(maxX - minX, maxY - minY) * FIT_MARGIN;
      const ratio = points.length === 1 ? Math.min(camera.getState().ratio, FOCUS_RATIO) : Math.min(1, Math.max(MIN_RATIO, span));
      moveCamera(camera, { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, 450);
    };
    const displayed = () =>
      request.keys.flatMap((k) => {
        const d = sigma.getNodeDisplayData(k);
        return d ? [d] : [];
      });
    if (framed.current) {
      // The graph is framed already: place the camera from the nodes' own coordinates now,
      // so the new selection and the camera move share one frame (a frame of software WebGL
      // costs a few hundred ms). Display data can hold raw coordinates until that frame.
      const graph = sigma.getGraph();
      move(request.keys.filter((k) => graph.hasNode(k)).map((k) => sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(k)))));
      return () => {
        cancelled = true;
      };
    }
    // First frame: read positions after it, once sigma has framed the graph.
    const afterFirst = () => move(displayed());
    sigma.once('afterRender', afterFirst);
    sigma.scheduleRefresh();
    return () => {
      cancelled = true;
      sigma.off('afterRender', afterFirst);
    };
  }, [sigma, request]);
  return null;
}
