// Controller with buttons: zoom in, zoom out and fit for the map, the same from the keyboard
// when the map has focus (+, -, 0, arrows pan), and the frame: the camera fits `bbox`, the
// extent of what the filters show, whenever it changes. Never writes graph attributes.

import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import { moveCamera, resetCamera, zoomCamera } from '../data/motion.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface Extent {
  x: [number, number];
  y: [number, number];
}

const ZOOM = 1.5;
const PAN = 0.2;
const DURATION = 250;

/** `bbox`: the extent to frame, or null for the whole graph. */
export function MapControls({ bbox }: { bbox: Extent | null }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();

  // Re-frame on the shown nodes (hidden types and dates no longer stretch the frame). Not on
  // mount with nothing hidden: sigma already frames the whole graph, and a second pass over
  // every node would delay the first frame.
  const framed = useRef(false);
  useEffect(() => {
    if (!framed.current && bbox === null) return;
    framed.current = true;
    sigma.setCustomBBox(bbox);
    sigma.refresh();
    resetCamera(sigma.getCamera(), DURATION);
  }, [sigma, bbox]);

  useEffect(() => {
    const container = sigma.getContainer().closest<HTMLElement>('.map');
    if (!container) return;
    const camera = sigma.getCamera();
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== container) return;
      const { ratio } = camera.getState();
      const pan = (dx: number, dy: number) => {
        const s = camera.getState();
        moveCamera(camera, { x: s.x + dx * PAN * s.ratio, y: s.y + dy * PAN * s.ratio }, DURATION);
      };
      const actions: Record<string, () => void> = {
        '+': () => zoomCamera(camera, ZOOM, DURATION),
        '=': () => zoomCamera(camera, ZOOM, DURATION),
        '-': () => zoomCamera(camera, 1 / ZOOM, DURATION),
        '0': () => resetCamera(camera, DURATION),
        ArrowLeft: () => pan(-1, 0),
        ArrowRight: () => pan(1, 0),
        ArrowUp: () => pan(0, 1),
        ArrowDown: () => pan(0, -1),
      };
      const action = actions[event.key];
      if (action && ratio > 0) {
        event.preventDefault();
        action();
      }
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [sigma]);

  const camera = sigma.getCamera();
  return (
    <div className="map-zoom" role="group" aria-label="Zoom the map">
      <button type="button" aria-label="Zoom in" onClick={() => zoomCamera(camera, ZOOM, DURATION)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" onClick={() => zoomCamera(camera, 1 / ZOOM, DURATION)}>
        −
      </button>
      <button type="button" aria-label="Fit the map" onClick={() => resetCamera(camera, DURATION)}>
        Fit
      </button>
    </div>
  );
}
