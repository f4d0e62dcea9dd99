// The one typed graph of papergraph: node and edge attributes and the graph class.
// Declarations only; building, layout and exports live in their own modules.

import { MultiDirectedGraph } from 'graphology';
import type { EdgeType, LineageRelation, NodeType } from '../src/types.js';

/** One supporting sentence of an edge. */
export interface Evidence {
  /** Key of the paper the sentence comes from. */
  paper: string;
  sentence: string;
  /** Id of the extractor rule that found it. */
  rule: string;
}

export interface NodeAttributes {
  type: NodeType;
  /** Display name; the canonical form for merged entities. */
  label: string;
  /** Other names of the same entity, never including `label`. */
  aliases: string[];
  // Paper nodes only.
  title?: string;
  abstract?: string;
  /** Title and abstract as read, LaTeX and all, for evidence; only where they differ from title/abstract. */
  rawTitle?: string;
  rawAbstract?: string;
  /** arXiv or source id. */
  id?: string;
  url?: string;
  published?: string;
  authors?: string[];
  /** Number of papers linked to this entity (papers: 1). */
  papers: number;
  /** Label of the build or `add` that first brought the node in. */
  firstAdded?: string;
  // Appearance, set by graph/layout and graph/appearance.
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  /** How a derived_from child was made from its parent. */
  relation?: LineageRelation;
  /** Number of papers supporting the edge. */
  weight: number;
  evidence: Evidence[];
  color?: string;
  size?: number;
}

export interface GraphAttributes {
  name: string;
  /** Schema version of graph.json, bumped on incompatible changes. */
  schemaVersion: number;
  /** Build labels in the order they were applied (see `papergraph add`). */
  builds?: string[];
}

export const SCHEMA_VERSION = 1;

export type PaperGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): PaperGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
}
