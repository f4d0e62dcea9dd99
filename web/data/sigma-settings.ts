// Sigma settings of the map, made once per graph (a changed settings object makes
// @react-sigma rebuild the renderer); big graphs get edges and labels thinned while the
// camera moves. Three programs (web/data/programs.ts), onto which the reducers map
// papergraph's node and edge kinds.

import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { PaperGraph } from '../../graph/schema.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';
import { ARROW_PROGRAM, LINE_PROGRAM, NODE_PROGRAM } from './programs.js';

type N = NodeAttributes;
type E = EdgeAttributes;
type G = GraphAttributes;

const NODE_PROGRAMS: Record<string, NodeProgramType<N, E, G>> = { [NODE_PROGRAM]: NodeCircleProgram };
const EDGE_PROGRAMS: Record<string, EdgeProgramType<N, E, G>> = { [LINE_PROGRAM]: EdgeRectangleProgram, [ARROW_PROGRAM]: EdgeArrowProgram };

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const SIGMA_SETTINGS: Partial<Settings<N, E, G>> = {
  nodeProgramClasses: NODE_PROGRAMS,
  edgeProgramClasses: EDGE_PROGRAMS,
  defaultNodeType: NODE_PROGRAM,
  defaultEdgeType: LINE_PROGRAM,
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
