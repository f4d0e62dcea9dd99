// Controller: highlight, filters and size mode as sigma reducers (web/data/reducers.ts).
// Rebuilds the reducers when the state changes and hands them to sigma; never writes
// graph attributes.

import { useEffect, useMemo } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import type { SizeMode } from '../data/hash-state.js';
import { createReducers, nodeSizes } from '../data/reducers.js';
import type { Filters } from '../data/visible.js';

export interface GraphAppearanceProps {
  hovered: string | null;
  selected: string | null;
  filters: Filters;
  sizeBy: SizeMode;
  /** In the lineage view: the selected model's ancestors and descendants. */
  lineage: ReadonlySet<string> | null;
}

export function GraphAppearance({ hovered, selected, filters, sizeBy, lineage }: GraphAppearanceProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const graph = sigma.getGraph();
  const sizes = useMemo(() => nodeSizes(graph, sizeBy), [graph, sizeBy]);
  const reducers = useMemo(
    () => createReducers(graph, { hovered, selected, filters, sizes, lineage }),
    [graph, hovered, selected, filters, sizes, lineage],
  );

  useEffect(() => {
    sigma.setSetting('nodeReducer', reducers.nodeReducer);
    sigma.setSetting('edgeReducer', reducers.edgeReducer);
  }, [sigma, reducers]);

  return null;
}
