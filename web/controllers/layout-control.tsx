// Controller: re-runs ForceAtlas2 in a Web Worker (graphology's supervisor) while
// `running` is true. The worker writes node positions, which is what a layout is for;
// it is killed in the effect cleanup, so no worker outlives its graph.

import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface LayoutControlProps {
  running: boolean;
  /** Called when the layout stops by itself after `maxMs`. */
  onStopped: () => void;
  maxMs?: number;
}

export const DEFAULT_LAYOUT_MS = 20_000;

export function LayoutControl({ running, onStopped, maxMs = DEFAULT_LAYOUT_MS }: LayoutControlProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const graph = sigma.getGraph();
  const layout = useRef<FA2Layout | null>(null);

  useEffect(() => {
    const supervisor = new FA2Layout(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
      getEdgeWeight: 'weight',
    });
    layout.current = supervisor;
    return () => {
      supervisor.kill();
      layout.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const supervisor = layout.current;
    if (!supervisor) return;
    if (!running) {
      supervisor.stop();
      return;
    }
    supervisor.start();
    const timer = window.setTimeout(() => {
      supervisor.stop();
      onStopped();
    }, maxMs);
    return () => window.clearTimeout(timer);
  }, [running, graph, maxMs, onStopped]);

  return null;
}
