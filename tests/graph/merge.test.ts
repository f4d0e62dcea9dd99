// mergeExtraction on hub edges: evidence from many papers on one edge is grouped by paper
// past a few entries; weight, de-duplication and idempotence must match the plain scan.
import { describe, expect, it } from 'vitest';
import { createAliasIndex, mergeExtraction } from '../../graph/merge.js';
import { edgeKey } from '../../graph/keys.js';
import { createGraph, type PaperGraph } from '../../graph/schema.js';
import type { EntityFact, Extraction, Paper } from '../../src/types.js';

const paper = (i: number): Paper => ({
  id: `2401.${String(i).padStart(5, '0')}`,
  title: `Paper ${i}`,
  abstract: `We evaluate BERT (${i}).`,
  rawTitle: `Paper ${i}`,
  rawAbstract: `We evaluate BERT (${i}).`,
  source: { file: 'test', line: i },
});

/** Each paper mentions BERT in `sentences` different sentences. */
const mentionsBert = (i: number, sentences: number): Extraction => ({
  facts: Array.from({ length: sentences }, (_, s) => ({
    kind: 'paper' as const,
    edge: 'mentions' as const,
    target: { type: 'model' as const, name: 'BERT' },
    sentence: `Sentence ${s} of paper ${i}.`,
    rule: 'lexicon:bert',
  })),
});

/** Paper i says in sentence s that BioBERT is fine-tuned from BERT. */
const derivedFact = (i: number, s: number): EntityFact => ({
  kind: 'entity',
  edge: 'derived_from',
  relation: 'fine-tuned',
  source: { type: 'model', name: 'BioBERT' },
  target: { type: 'model', name: 'BERT' },
  sentence: `Sentence ${s} of paper ${i}.`,
  rule: 'lin-test',
});

const evidenceOfPaper = (graph: PaperGraph, i: number) => {
  const key = edgeKey('mentions', `paper:2401.${String(i).padStart(5, '0')}`, 'model:bert');
  return graph.getEdgeAttributes(key);
};

function hubGraph(papers: number, sentences: number): PaperGraph {
  const graph = createGraph();
  const index = createAliasIndex(graph);
  for (let i = 0; i < papers; i++) mergeExtraction(graph, index, paper(i), mentionsBert(i, sentences));
  // A model -> model edge that every paper supports: the hub edge.
  for (let i = 0; i < papers; i++) {
    mergeExtraction(graph, index, paper(i), { facts: Array.from({ length: sentences }, (_, s) => derivedFact(i, s)) });
  }
  return graph;
}

const hubEdge = (graph: PaperGraph) => graph.getEdgeAttributes(edgeKey('derived_from', 'model:biobert', 'model:bert'));

describe('mergeExtraction on hub edges', () => {
  it.each([
    [3, 1],
    [15, 1],
    [16, 1],
    [40, 1],
    [40, 3],
  ])('%i papers with %i sentences each: weight counts papers, evidence every sentence once', (papers, sentences) => {
    const graph = hubGraph(papers, sentences);
    expect(hubEdge(graph).weight).toBe(papers);
    expect(hubEdge(graph).evidence).toHaveLength(papers * sentences);
    expect(evidenceOfPaper(graph, 0).weight).toBe(1);
  });

  it('merging a paper again changes nothing, wherever its evidence sits', () => {
    const graph = hubGraph(40, 2);
    const before = JSON.stringify(graph.export());
    const index = createAliasIndex(graph);
    mergeExtraction(graph, index, paper(3), { facts: [derivedFact(3, 0), derivedFact(3, 1)] });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('follows an evidence array replaced from outside', () => {
    const graph = hubGraph(40, 1);
    const key = edgeKey('derived_from', 'model:biobert', 'model:bert');
    graph.setEdgeAttribute(key, 'evidence', hubEdge(graph).evidence.slice(0, 20));
    const index = createAliasIndex(graph);
    mergeExtraction(graph, index, paper(30), { facts: [derivedFact(30, 0)] });
    expect(hubEdge(graph).evidence).toHaveLength(21);
    expect(hubEdge(graph).weight).toBe(21);
  });
});
