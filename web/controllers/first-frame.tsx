// Controller: marks `papergraph:first-frame` (performance.mark) once per page, when sigma
// has drawn the graph with its reducers, so bench/map.ts can time the map opening.
// Renders nothing and changes nothing in sigma.

import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';

export const FIRST_FRAME_MARK = 'papergraph:first-frame';

export function FirstFrameMark() {
  const sigma = useSigma();
  useEffect(() => {
    if (performance.getEntriesByName(FIRST_FRAME_MARK).length > 0) return;
    // Sigma rendered once in its constructor; a render still pending (a reducer change
    // scheduled on the next animation frame) runs before this callback, in the same frame.
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_FRAME_MARK).length === 0) performance.mark(FIRST_FRAME_MARK);
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma]);
  return null;
}
