// Controller: highlight, filters and size mode as sigma reducers. Derives the focused
// node's neighbour set when state changes and reads it in nodeReducer/edgeReducer;
// never writes graph attributes.

import { useEffect, useMemo } from 'react';
import { useSigma } from '@react-sigma/core';
import type { NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import type { SizeMode } from '../data/hash-state.js';
import type { Filters } from '../data/visible.js';
import { ARROW_EDGE_TYPES, FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../data/palette.js';

export interface GraphAppearanceProps {
  hovered: string | null;
  selected: string | null;
  filters: Filters;
  sizeBy: SizeMode;
  /** In the lineage view: the selected model's ancestors and descendants, highlighted instead of its neighbours. */
  lineage: ReadonlySet<string> | null;
}

const PAPER_LABEL_MAX = 48;
const FORCE_LABEL_MAX = 30;
const FORCE_PAPER_LABEL_MAX = 6;

function shortLabel(label: string): string {
  return label.length > PAPER_LABEL_MAX ? `${label.slice(0, PAPER_LABEL_MAX - 1).trimEnd()}…` : label;
}

export function GraphAppearance({ hovered, selected, filters, sizeBy, lineage }: GraphAppearanceProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const graph = sigma.getGraph();

  const sizes = useMemo(() => {
    const out = new Map<string, number>();
    graph.forEachNode((key, attrs) => {
      const basis = sizeBy === 'degree' ? graph.degree(key) / 2 : attrs.type === 'paper' ? 0.25 : attrs.papers;
      out.set(key, 4 + 4 * Math.sqrt(Math.max(0, basis)));
    });
    return out;
  }, [graph, sizeBy]);

  const focus = hovered ?? selected;
  // Hover shows neighbours; a selection in the lineage view shows its lineage.
  const showLineage = !hovered && lineage !== null && lineage.size > 1;
  const neighbours = useMemo(() => {
    if (showLineage) return lineage;
    return focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : null;
  }, [graph, focus, showLineage, lineage]);

  useEffect(() => {
    const { hiddenNodeTypes, hiddenEdgeTypes } = filters;
    sigma.setSetting('nodeReducer', (key, data) => {
      const res: Partial<NodeDisplayData> = {
        ...data,
        size: sizes.get(key) ?? data.size,
        // Paper titles are long and many: labelled only around the focused node.
        label: data.type === 'paper' ? null : data.label,
      };
      if (hiddenNodeTypes.has(data.type)) return { ...res, hidden: true };
      if (key === selected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      }
      if (focus && neighbours) {
        if (key === focus || neighbours.has(key)) {
          if (data.type === 'paper') res.label = shortLabel(data.label);
          // Entity names always; paper titles only around small nodes. Around a hub,
          // sigma's label grid thins the rest out.
          const limit = data.type === 'paper' ? FORCE_PAPER_LABEL_MAX : FORCE_LABEL_MAX;
          res.forceLabel = key === focus || neighbours.size <= limit;
          res.zIndex = Math.max(res.zIndex ?? 0, 1);
        } else {
          res.color = FADED_NODE_COLOR;
          res.label = '';
          res.zIndex = 0;
        }
      }
      return res;
    });
    sigma.setSetting('edgeReducer', (key, data) => {
      const hidden =
        hiddenEdgeTypes.has(data.type) ||
        hiddenNodeTypes.has(graph.getNodeAttribute(graph.source(key), 'type')) ||
        hiddenNodeTypes.has(graph.getNodeAttribute(graph.target(key), 'type'));
      if (hidden) return { ...data, hidden: true };
      // Lineage edges are drawn thicker so their arrow heads read at a glance.
      const size = ARROW_EDGE_TYPES.has(data.type) ? Math.max(2.5, data.size ?? 1) : data.size;
      const kept = showLineage
        ? data.type === 'derived_from' && neighbours?.has(graph.source(key)) && neighbours.has(graph.target(key))
        : focus !== null && graph.hasExtremity(key, focus);
      if (focus && neighbours && !kept) {
        return { ...data, size, color: FADED_EDGE_COLOR, zIndex: 0 };
      }
      return { ...data, size, zIndex: focus ? 1 : 0 };
    });
  }, [sigma, graph, sizes, focus, neighbours, selected, filters, showLineage]);

  return null;
}
