// Sigma settings of the map, made once per graph (a changed settings object makes
// @react-sigma rebuild the renderer); big graphs get edges and labels thinned while the
// camera moves. Node and edge `type` attributes are the
// papergraph kinds, so each kind is registered as a program name here.

import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { PaperGraph } from '../../graph/schema.js';
import { EDGE_TYPES, NODE_TYPES } from '../../src/types.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import { ARROW_EDGE_TYPES } from './palette.js';

type N = NodeAttributes;
type E = EdgeAttributes;
type G = GraphAttributes;

function nodePrograms(): Record<string, NodeProgramType<N, E, G>> {
  const programs: Record<string, NodeProgramType<N, E, G>> = { circle: NodeCircleProgram };
  for (const type of NODE_TYPES) programs[type] = NodeCircleProgram;
  return programs;
}

function edgePrograms(): Record<string, EdgeProgramType<N, E, G>> {
  const programs: Record<string, EdgeProgramType<N, E, G>> = { line: EdgeRectangleProgram, arrow: EdgeArrowProgram };
  for (const type of EDGE_TYPES) programs[type] = ARROW_EDGE_TYPES.has(type) ? EdgeArrowProgram : EdgeRectangleProgram;
  return programs;
}

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const SIGMA_SETTINGS: Partial<Settings<N, E, G>> = {
  nodeProgramClasses: nodePrograms(),
  edgeProgramClasses: edgePrograms(),
  defaultNodeType: 'circle',
  defaultEdgeType: 'line',
  renderEdgeLabels: false,
  // Labels are placed by web/controllers/label-layer.tsx (priority, no overlaps, no clipping).
  renderLabels: false,
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f2933' },
  // Labels only for nodes drawn at 6px or more, at most one per 100px grid cell.
  labelRenderedSizeThreshold: 6,
  labelDensity: 0.6,
  labelGridCellSize: 100,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 5,
  hideEdgesOnMove: false,
  stagePadding: 30,
};

/** From this many edges on, a graph counts as big: thinned while moving, edges hidden around a focus. */
export const BIG_GRAPH_EDGES = 5000;

export function isBigGraph(graph: PaperGraph): boolean {
  return graph.size >= BIG_GRAPH_EDGES;
}

/**
 * The settings for one graph, with the reducers of the moment the graph arrives, so that
 * sigma's first render already applies them (setting reducers after creation would make
 * sigma process every node and edge a second time before the first useful frame).
 */
export function sigmaSettings(graph: PaperGraph, reducers: Pick<Settings<N, E, G>, 'nodeReducer' | 'edgeReducer'>): Partial<Settings<N, E, G>> {
  const big = isBigGraph(graph);
  return {
    ...SIGMA_SETTINGS,
    ...reducers,
    ...(big
      ? {
          hideEdgesOnMove: true,
          hideLabelsOnMove: true,
          // Fewer, bigger labels: the label grid is the costliest canvas work per frame.
          labelRenderedSizeThreshold: 9,
          labelDensity: 0.3,
        }
      : {}),
  };
}
