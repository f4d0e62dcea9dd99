// The shape of a digest (digest.json): what one build or `add` brought to the map.
// Declarations only; graph/digest.ts computes it, digest-markdown/-html/-atom render it.

import type { EntityEdgeType, LineageRelation, NodeType } from '../src/types.js';

/** Lineage edges are the entity-to-entity edges (derived_from, variant_of). */
export type LineageEdge = EntityEdgeType;

/** Node and edge keys of a graph at one moment (what was there before an `add`). */
export interface GraphKeys {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface DigestOptions {
  /** Label of the build the digest describes (stamped as `firstAdded`). */
  label?: string;
  /** ISO date: keep only papers published on or after it; papers without a date are kept. */
  since?: string;
}

export interface DigestPaper {
  key: string;
  title: string;
  url?: string;
  published?: string;
}

/** One supporting sentence, once per paper: display text (LaTeX resolved), the rules that read it. */
export interface DigestEvidence {
  paper: string;
  text: string;
  rules: string[];
}

/** One end of a lineage link. */
export interface DigestNodeRef {
  key: string;
  label: string;
  type: NodeType;
  isNew: boolean;
}

/** A new derived_from / variant_of edge (child -> parent), clearest sentence first. */
export interface DigestLink {
  edge: LineageEdge;
  relation?: LineageRelation;
  child: DigestNodeRef;
  parent: DigestNodeRef;
  evidence: DigestEvidence[];
}

/** A new entity and the kept papers behind it. */
export interface DigestEntity {
  key: string;
  label: string;
  /** Kept new papers linked to the entity, by key. */
  papers: string[];
  /** The kept papers that introduce it (an `introduces` edge). */
  introducedBy: string[];
  /** What it derives from or is a variant of, the link the digest groups it by first. */
  derivedFrom: DigestLink[];
  /** New variants of it from the same build (`MotionAtlas-4B` of `MotionAtlas`), folded in. */
  variants: DigestNodeRef[];
}

/** The new models grouped under one base: the base's entry in "New models by base". */
export interface DigestGroup {
  base: DigestNodeRef;
  /** Keys of models in `Digest.models` whose first link points to this base. */
  models: string[];
}

/** A model (or method) that gained children in this addition. */
export interface DigestBase extends DigestNodeRef {
  children: DigestNodeRef[];
}

export interface Digest {
  label?: string;
  since?: string;
  papers: DigestPaper[];
  /** With `since`: new papers left out because they were published before it. */
  excludedBySince: number;
  /** With `since`: kept papers whose publication date is unknown. */
  undated: number;
  /**
   * New models a kept paper presents (introduces, or derives from a parent): those with a
   * known base first, in group order, then the rest by label.
   */
  models: DigestEntity[];
  /** Models with a known base, grouped by the base of their first link, biggest group first. */
  groups: DigestGroup[];
  /** New model names the papers only mention (neither introduced nor derived). */
  mentioned: DigestEntity[];
  /** New lineage links whose child is not a new entity (a known model gained a parent). */
  lineage: DigestLink[];
  /** Parents of the new models' links, most new children first. */
  bases: DigestBase[];
  methods: DigestEntity[];
  benchmarks: DigestEntity[];
  tasks: DigestEntity[];
  languages: DigestEntity[];
}
