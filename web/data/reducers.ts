// Sigma reducers of the map as pure functions of the view state: filters hide, the focus
// (hovered or selected node) and its neighbours or lineage stay bright, the rest fades;
// "New since" and the date range hide nodes (web/data/time-view.ts) and fade old context.
// They return new display objects and never write the graph's attributes.

import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../../graph/schema.js';
import type { SizeMode } from './hash-state.js';
import { ARROW_EDGE_TYPES, FADED_EDGE_COLOR, FADED_NODE_COLOR } from './palette.js';
import { ARROW_PROGRAM, LINE_PROGRAM, NODE_PROGRAM } from './programs.js';
import type { TimeView } from './time-view.js';
import type { Filters } from './visible.js';

export interface HighlightState {
  hovered: string | null;
  selected: string | null;
  filters: Filters;
  /** Display size per node (see nodeSizes). */
  sizes: ReadonlyMap<string, number>;
  /** Lineage mode: a colour per node (see familyPalette); absent: colours by type. */
  colors?: ReadonlyMap<string, string> | null;
  /** In the lineage view: the selection's ancestors and descendants, shown instead of its neighbours. */
  lineage: ReadonlySet<string> | null;
  /** "New since" and date filters; null or absent when unset. */
  time?: TimeView | null;
  /**
   * Hide, rather than fade, the edges away from the focus: on big graphs drawing tens of
   * thousands of faded edges is most of a hover's cost (as in sigma's own demo).
   */
  hideFadedEdges?: boolean;
}

export interface Reducers {
  nodeReducer: (key: string, data: NodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (key: string, data: EdgeAttributes) => Partial<EdgeDisplayData>;
}

const PAPER_LABEL_MAX = 48;
/** Around a focus with more neighbours than this, sigma's label grid thins labels out. */
const FORCE_LABEL_MAX = 30;
const FORCE_PAPER_LABEL_MAX = 6;
const LINEAGE_EDGE_MIN_SIZE = 2.5;

export function shortLabel(label: string): string {
  return label.length > PAPER_LABEL_MAX ? `${label.slice(0, PAPER_LABEL_MAX - 1).trimEnd()}…` : label;
}

/** Largest node radius in pixels: hubs of big graphs (BERT in 1,400 papers) stay readable and cheap to draw. */
export const MAX_NODE_SIZE = 28;

/**
 * Node sizes for a size mode: 4 + 4·sqrt(papers behind an entity, papers small) or of links
 * that are shown. When the biggest shown node would pass MAX_NODE_SIZE, all are scaled down
 * on the same sqrt scale, so hiding the hubs lets the rest grow.
 */
export function nodeSizes(
  graph: PaperGraph,
  sizeBy: SizeMode,
  shown: { node: (key: string) => boolean; edge: (key: string) => boolean } = { node: () => true, edge: () => true },
): Map<string, number> {
  const roots = new Map<string, number>();
  let maxRoot = 0;
  graph.forEachNode((key, attrs) => {
    if (!shown.node(key)) return;
    const degree = () => graph.reduceEdges(key, (n, edge) => n + (shown.edge(edge) ? 1 : 0), 0);
    const basis = sizeBy === 'degree' ? degree() / 2 : attrs.type === 'paper' ? 0.25 : attrs.papers;
    const root = Math.sqrt(Math.max(0, basis));
    roots.set(key, root);
    maxRoot = Math.max(maxRoot, root);
  });
  const scale = 4 + 4 * maxRoot > MAX_NODE_SIZE ? (MAX_NODE_SIZE - 4) / maxRoot : 4;
  const out = new Map<string, number>();
  for (const [key, root] of roots) out.set(key, 4 + scale * root);
  return out;
}

export function createReducers(graph: PaperGraph, state: HighlightState): Reducers {
  const { hovered, selected, filters, sizes, lineage } = state;
  const colors = state.colors ?? null;
  const time = state.time ?? null;
  const hideFadedEdges = state.hideFadedEdges ?? false;
  const { hiddenNodeTypes, hiddenEdgeTypes } = filters;
  const focus = hovered ?? selected;
  // Hover shows neighbours; a selection in the lineage view shows its lineage.
  const showLineage = !hovered && lineage !== null && lineage.size > 1;
  const bright: ReadonlySet<string> | null = showLineage ? lineage : focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : null;

  const nodeReducer = (key: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const color = colors?.get(key) ?? data.color;
    const res: Partial<NodeDisplayData> = {
      ...data,
      type: NODE_PROGRAM,
      color,
      size: sizes.get(key) ?? data.size,
      // Paper titles are long and many: labelled only around the focus.
      label: data.type === 'paper' ? null : data.label,
    };
    if (hiddenNodeTypes.has(data.type) || time?.hidden.has(key)) return { ...res, hidden: true };
    if (time?.context.has(key)) {
      // Old node kept as context of something new: drawn pale, behind the new ones.
      res.color = FADED_NODE_COLOR;
      res.zIndex = 0;
    } else if (time?.fresh?.has(key)) {
      res.zIndex = 1;
    }
    if (key === selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (focus && bright) {
      if (key === focus || bright.has(key)) {
        if (data.type === 'paper') res.label = shortLabel(data.label);
        res.color = color; // bright even when it is old context of a "New since" view
        const limit = data.type === 'paper' ? FORCE_PAPER_LABEL_MAX : FORCE_LABEL_MAX;
        res.forceLabel = key === focus || bright.size <= limit;
        res.zIndex = Math.max(res.zIndex ?? 0, 1);
      } else {
        res.color = FADED_NODE_COLOR;
        res.label = '';
        res.zIndex = 0;
      }
    }
    return res;
  };

  const edgeReducer = (key: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const source = graph.source(key);
    const target = graph.target(key);
    const hidden =
      hiddenEdgeTypes.has(data.type) ||
      Boolean(time && (time.hidden.has(source) || time.hidden.has(target))) ||
      hiddenNodeTypes.has(graph.getNodeAttribute(source, 'type')) ||
      hiddenNodeTypes.has(graph.getNodeAttribute(target, 'type'));
    const type = ARROW_EDGE_TYPES.has(data.type) ? ARROW_PROGRAM : LINE_PROGRAM;
    if (hidden) return { ...data, type, hidden: true };
    // Lineage edges are drawn thicker so their arrow heads read at a glance.
    const size = ARROW_EDGE_TYPES.has(data.type) ? Math.max(LINEAGE_EDGE_MIN_SIZE, data.size ?? 1) : data.size;
    const kept = showLineage
      ? ARROW_EDGE_TYPES.has(data.type) && Boolean(bright?.has(source) && bright.has(target))
      : focus !== null && (source === focus || target === focus);
    if (focus && bright && !kept) return hideFadedEdges ? { ...data, type, hidden: true } : { ...data, type, size, color: FADED_EDGE_COLOR, zIndex: 0 };
    return { ...data, type, size, zIndex: focus ? 1 : 0 };
  };

  return { nodeReducer, edgeReducer };
}
