// Colours and sizes of nodes and edges: by type, sized by the papers behind them; colours
// of lineage relations and of families. Shared by the build (graph.json, GEXF) and the map;
// writes only appearance attributes.

import type { EdgeType, NodeType } from '../src/types.js';
import type { LineageKind } from './query/lineage-links.js';
import type { PaperGraph } from './schema.js';

/**
 * Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/): told apart
 * with protanopia, deuteranopia and tritanopia, and each type in its own hue.
 */
// Lower-case hex like every other colour of the graph (graph.json, GEXF, the map).
export const OKABE_ITO = {
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
  black: '#000000',
} as const;

export const NODE_COLORS: Record<NodeType, string> = {
  paper: '#a7b0ba',
  model: OKABE_ITO.blue,
  method: OKABE_ITO.skyBlue,
  benchmark: OKABE_ITO.bluishGreen,
  task: OKABE_ITO.reddishPurple,
  language: OKABE_ITO.orange,
};

/** Paper links light (context), lineage dark and drawn with arrows. */
export const EDGE_COLORS: Record<EdgeType, string> = {
  introduces: '#9fd0ee',
  mentions: '#dfe3e8',
  builds_on: '#f2cf80',
  derived_from: '#1f2933',
  variant_of: OKABE_ITO.vermillion,
  evaluated_on: '#8fd3bd',
  addresses: '#e8bcd4',
  covers_language: '#f5d28a',
};

/** Lineage relations in the family view: colour and (in the drawing) the label say which. */
export const LINEAGE_KIND_COLORS: Record<LineageKind, string> = {
  'fine-tuned': OKABE_ITO.blue,
  'continued-pretraining': OKABE_ITO.skyBlue,
  distilled: OKABE_ITO.bluishGreen,
  initialized: OKABE_ITO.reddishPurple,
  adapted: OKABE_ITO.orange,
  backbone: '#8a6a00',
  extends: OKABE_ITO.black,
  architecture: '#7b8794',
  variant: OKABE_ITO.vermillion,
  derived: '#3e4c59',
};

/** Colours of the largest families in the map's lineage mode, in order of size. */
export const FAMILY_COLORS: readonly string[] = [
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  '#8a6a00',
  OKABE_ITO.black,
];

/** Node size from the number of papers behind it (papers themselves from their degree). */
export function nodeSize(papers: number, degree: number, type: NodeType): number {
  const basis = type === 'paper' ? degree / 4 : papers;
  return Math.round((3 + 3 * Math.sqrt(Math.max(0, basis))) * 100) / 100;
}

/** Set `color` and `size` on every node and edge. Idempotent. */
export function applyAppearance(graph: PaperGraph): void {
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, {
      color: NODE_COLORS[attrs.type],
      size: nodeSize(attrs.papers, graph.degree(key), attrs.type),
    });
  });
  graph.forEachEdge((key, attrs) => {
    graph.mergeEdgeAttributes(key, {
      color: EDGE_COLORS[attrs.type],
      size: Math.round((1 + Math.log2(Math.max(1, attrs.weight))) * 100) / 100,
    });
  });
}
