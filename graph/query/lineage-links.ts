// The lineage edges of a model, one step up (its parents) or down (its children): derived_from
// (child -> parent) and variant_of (variant -> family), each with the kind of step it is.
// Reads the graph only; lineage, families and node details all walk the graph through this.

import { LINEAGE_RELATIONS, type EntityEdgeType, type LineageRelation } from '../../src/types.js';
import type { EdgeAttributes, PaperGraph } from '../schema.js';

/** The edges a family is made of; both point from the child to its parent. */
export const LINEAGE_EDGE_TYPES = ['derived_from', 'variant_of'] as const satisfies readonly EntityEdgeType[];
export type LineageEdgeType = (typeof LINEAGE_EDGE_TYPES)[number];

/**
 * What a step of lineage is: the extracted relation (fine-tuned, distilled ...), `variant`
 * for a variant_of edge without one, `derived` for a derived_from edge without one.
 */
export const LINEAGE_KINDS = [...LINEAGE_RELATIONS, 'variant', 'derived'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

/** How a kind reads after a child's name: "Gemma 2 (variant of) Gemma". */
export const LINEAGE_KIND_PHRASES: Record<LineageKind, string> = {
  'fine-tuned': 'fine-tuned from',
  'continued-pretraining': 'further pre-trained from',
  distilled: 'distilled from',
  initialized: 'initialized from',
  adapted: 'adapted from',
  backbone: 'has as backbone',
  extends: 'extends',
  architecture: 'uses the architecture of',
  variant: 'variant of',
  derived: 'derived from',
};

export function isLineageEdgeType(type: string): type is LineageEdgeType {
  return type === 'derived_from' || type === 'variant_of';
}

export function lineageKind(attrs: Pick<EdgeAttributes, 'type' | 'relation'>): LineageKind {
  return attrs.relation ?? (attrs.type === 'variant_of' ? 'variant' : 'derived');
}

export interface LineageLink {
  edge: string;
  /** The node at the other end: the parent for parentLinks, the child for childLinks. */
  other: string;
  edgeType: LineageEdgeType;
  kind: LineageKind;
  relation?: LineageRelation;
}

function links(graph: PaperGraph, key: string, up: boolean): LineageLink[] {
  const out: LineageLink[] = [];
  const visit = (edge: string, attrs: EdgeAttributes, source: string, target: string) => {
    if (!isLineageEdgeType(attrs.type)) return;
    const link: LineageLink = { edge, other: up ? target : source, edgeType: attrs.type, kind: lineageKind(attrs) };
    if (attrs.relation) link.relation = attrs.relation;
    out.push(link);
  };
  if (up) graph.forEachOutEdge(key, visit);
  else graph.forEachInEdge(key, visit);
  return out;
}

/** The models `key` was made from (derived_from) or is a variant of (variant_of). */
export function parentLinks(graph: PaperGraph, key: string): LineageLink[] {
  return links(graph, key, true);
}

/** The models made from `key`, and its variants. */
export function childLinks(graph: PaperGraph, key: string): LineageLink[] {
  return links(graph, key, false);
}

/** True when the node has a lineage edge either way. */
export function hasLineage(graph: PaperGraph, key: string): boolean {
  return graph.someOutEdge(key, (_e, attrs) => isLineageEdgeType(attrs.type)) || graph.someInEdge(key, (_e, attrs) => isLineageEdgeType(attrs.type));
}
