// Names the map hands out: a node's name for links (`#node=BERT`, the key only where the name
// would find another node) and export file names that say what they hold. Pure.

import { findNode } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';
import { slug } from '../../src/normalize.js';
import { NODE_TYPES, type EdgeType, type NodeType } from '../../src/types.js';

/** The label when typing it finds this node again, else the key. */
export function linkName(graph: PaperGraph, key: string): string {
  if (!graph.hasNode(key)) return key;
  const label = graph.getNodeAttribute(key, 'label');
  return findNode(graph, label) === key ? label : key;
}

export interface ExportView {
  /** File the graph came from (graph.json, a dropped corpus). */
  source: string;
  /** Root label of the family on show, if any. */
  family: string | null;
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenEdgeTypes: ReadonlySet<EdgeType>;
  time: { newSince: string | null; from: string | null; to: string | null };
}

/**
 * `papergraph-family-gemma.gexf`, `papergraph-papers-models-only-2400px.png`,
 * `papergraph-papers-new-since-day2.gexf`: the source, then what the view holds.
 */
export function exportName(view: ExportView, extension: 'gexf' | 'png', width?: number): string {
  const parts = ['papergraph', slug(view.source.replace(/\.[^.]+$/, '')) || 'graph'];
  if (view.family) parts.push('family', slug(view.family) || 'model');
  else {
    const shown = NODE_TYPES.filter((t) => !view.hiddenNodeTypes.has(t));
    if (shown.length < NODE_TYPES.length)
      parts.push(shown.length === 1 ? `${shown[0]}-only` : `without-${NODE_TYPES.filter((t) => view.hiddenNodeTypes.has(t)).join('-')}`);
    if (view.hiddenEdgeTypes.size) parts.push(`without-${[...view.hiddenEdgeTypes].sort().join('-').replace(/_/g, '-')}`);
    if (view.time.newSince) parts.push('new-since', slug(view.time.newSince));
    if (view.time.from || view.time.to) parts.push(`${view.time.from ?? 'start'}-to-${view.time.to ?? 'end'}`);
  }
  if (width) parts.push(`${width}px`);
  return `${parts.join('-')}.${extension}`;
}
