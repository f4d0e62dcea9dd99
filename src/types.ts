// Shared vocabulary of papergraph: node and edge kinds, papers, extraction facts.
// Types and constant tables only; no logic, no imports, so every folder may use it.

export const NODE_TYPES = ['paper', 'model', 'method', 'benchmark', 'task', 'language'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Node types an extractor can produce (everything but the paper itself). */
export const ENTITY_TYPES = ['model', 'method', 'benchmark', 'task', 'language'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EDGE_TYPES = ['introduces', 'mentions', 'builds_on', 'derived_from', 'variant_of', 'evaluated_on', 'addresses', 'covers_language'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Edges that start at a paper node. */
export const PAPER_EDGE_TYPES = ['introduces', 'mentions', 'builds_on', 'evaluated_on', 'addresses', 'covers_language'] as const;
export type PaperEdgeType = (typeof PAPER_EDGE_TYPES)[number];

/** Edges between two entity nodes. */
export const ENTITY_EDGE_TYPES = ['derived_from', 'variant_of'] as const;
export type EntityEdgeType = (typeof ENTITY_EDGE_TYPES)[number];

export const LINEAGE_RELATIONS = ['fine-tuned', 'continued-pretraining', 'distilled', 'initialized', 'adapted', 'backbone', 'extends', 'architecture'] as const;
export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];

/** Where a record came from, for messages and provenance. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** One paper as the corpus readers hand it to the pipeline. */
export interface Paper {
  /** arXiv id or other source id when the source has one. */
  id?: string;
  /** Display title: source artefacts removed, LaTeX escapes resolved. */
  title: string;
  /** Display abstract: LaTeX escapes resolved. */
  abstract: string;
  /** Title and abstract exactly as read, kept for evidence. */
  rawTitle: string;
  rawAbstract: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
  authors?: string[];
  source: SourceLocation;
}

/** A named thing found in text. `name` is the display form, `aliases` other surface forms. */
export interface Mention {
  type: EntityType;
  name: string;
  aliases?: string[];
}

/** Why we believe a fact: the sentence and the rule that matched it. */
export interface EvidenceSource {
  sentence: string;
  rule: string;
}

/** paper -> entity (introduces, mentions, builds_on, evaluated_on, addresses, covers_language). */
export interface PaperFact extends EvidenceSource {
  kind: 'paper';
  edge: PaperEdgeType;
  target: Mention;
}

/** entity -> entity (derived_from child -> parent, variant_of variant -> family). */
export interface EntityFact extends EvidenceSource {
  kind: 'entity';
  edge: EntityEdgeType;
  source: Mention;
  target: Mention;
  relation?: LineageRelation;
}

export type Fact = PaperFact | EntityFact;

/** Everything the extractors found in one paper. */
export interface Extraction {
  facts: Fact[];
}

/**
 * Extractions in the order of their papers, read one by one: an array, or facts held in a
 * compact form until the merge reads them (src/io/packed-facts.ts).
 */
export interface ExtractionList {
  readonly length: number;
  at(index: number): Extraction | undefined;
}

/** What the extractors read: the display text of a paper. */
export interface PaperText {
  title: string;
  abstract: string;
}
