// lineage(): ancestors and descendants through derived_from, depth, relation, evidence, cycles.
import { describe, expect, it } from 'vitest';
import { flattenLineage, lineage } from '../../../graph/query/index.js';
import { fixtureGraph } from '../fixture-graph.js';
import { UsageError } from '../../../src/errors.js';

const graph = fixtureGraph();
const flat = (steps: Parameters<typeof flattenLineage>[0]) => flattenLineage(steps).map((s) => [s.label, s.depth, s.relation, s.repeated ?? false]);

describe('lineage', () => {
  it('walks ancestors with relation and evidence', () => {
    const result = lineage(graph, 'gloria', { direction: 'ancestors' });
    expect(result.key).toBe('model:gloria');
    expect(result.descendants).toEqual([]);
    expect(flat(result.ancestors)).toEqual([
      ['XLM-R', 1, 'fine-tuned', false],
      ['RoBERTa', 2, 'architecture', false],
      ['BERT', 3, 'extends', false],
    ]);
    expect(result.ancestors[0]?.evidence[0]?.sentence).toBe('We fine-tune XLM-R into Glória.');
  });

  it('BioBERT has BERT as its parent, with the sentence that says so', () => {
    const [parent] = lineage(graph, 'BioBERT').ancestors;
    expect(parent).toMatchObject({ label: 'BERT', depth: 1, relation: 'continued-pretraining' });
    expect(parent?.evidence.map((e) => e.sentence)).toEqual(['BioBERT is initialized with BERT and further pre-trained on PubMed.']);
  });

  it('walks descendants as a tree sorted by label', () => {
    const result = lineage(graph, 'BERT', { direction: 'descendants' });
    expect(result.ancestors).toEqual([]);
    expect(flat(result.descendants)).toEqual([
      ['BioBERT', 1, 'continued-pretraining', false],
      ['DistilBERT', 1, 'distilled', false],
      ['RoBERTa', 1, 'extends', false],
      ['XLM-R', 2, 'architecture', false],
      ['Glória', 3, 'fine-tuned', false],
    ]);
  });

  it('limits depth', () => {
    expect(flat(lineage(graph, 'BERT', { direction: 'descendants', depth: 1 }).descendants)).toHaveLength(3);
    expect(() => lineage(graph, 'BERT', { depth: 0 })).toThrow(UsageError);
  });

  it('terminates on cycles and marks repeated models', () => {
    const cyclic = fixtureGraph();
    cyclic.addDirectedEdgeWithKey('derived_from:model:bert->model:gloria', 'model:bert', 'model:gloria', {
      type: 'derived_from',
      weight: 1,
      evidence: [],
    });
    const up = flat(lineage(cyclic, 'Glória', { direction: 'ancestors' }).ancestors);
    expect(up).toEqual([
      ['XLM-R', 1, 'fine-tuned', false],
      ['RoBERTa', 2, 'architecture', false],
      ['BERT', 3, 'extends', false],
      ['Glória', 4, 'derived', true],
    ]);
  });

  it('prefers the model over a paper of the same name, and has nothing for unrelated nodes', () => {
    expect(lineage(graph, 'xlm roberta').key).toBe('model:xlm-r');
    const english = lineage(graph, 'English');
    expect([english.ancestors, english.descendants]).toEqual([[], []]);
  });
});
