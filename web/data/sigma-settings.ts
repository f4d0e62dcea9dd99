// Sigma settings of the map, fixed for the app's lifetime (a changed settings object
// would make @react-sigma rebuild the renderer). Node and edge `type` attributes are the
// papergraph kinds, so each kind is registered as a program name here.

import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
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
