// Evidence as the queries hand it out: the graph's {paper, sentence, rule} with the paper's
// title added, so readers need not look it up. Reads the graph only.

import type { Evidence, PaperGraph } from '../schema.js';

export interface CitedEvidence extends Evidence {
  /** Title (label) of the paper the sentence comes from; the key when the paper is missing. */
  paperTitle: string;
}

export function citeEvidence(graph: PaperGraph, evidence: readonly Evidence[]): CitedEvidence[] {
  return evidence.map((e) => ({
    ...e,
    paperTitle: graph.hasNode(e.paper) ? graph.getNodeAttribute(e.paper, 'label') : e.paper,
  }));
}
