// Controller: hands the map's reducers (web/data/reducers.ts, made by the app) to sigma
// when they change. Skips the ones sigma was created with, so the first frame is not
// processed twice; never writes graph attributes.

import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import type { Reducers } from '../data/reducers.js';

export function GraphAppearance({ reducers }: { reducers: Reducers }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    if (sigma.getSetting('nodeReducer') === reducers.nodeReducer && sigma.getSetting('edgeReducer') === reducers.edgeReducer) return;
    // One call: each setSetting re-reads every node and edge through the reducers.
    sigma.setSettings({ nodeReducer: reducers.nodeReducer, edgeReducer: reducers.edgeReducer });
  }, [sigma, reducers]);
  return null;
}
