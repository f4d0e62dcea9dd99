import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { factsOf, lineage, models, targets } from './helpers.js';

describe('extract: a whole paper', () => {
  const title = 'Heron: A Clinical Encoder Further Pre-trained from RoBERTa';
  const abstract =
    'Clinical notes are hard for general encoders. We introduce Heron, a clinical language model. ' +
    'Heron is further pre-trained from RoBERTa-large on 2B tokens of notes in Swedish and Norwegian. ' +
    'On the new NoteNER benchmark and on MedNLI, Heron outperforms BERT and XLM-RoBERTa in named entity recognition.';
  const facts = factsOf(abstract, title);

  it('finds every kind of fact', () => {
    expect(targets(facts, 'introduces')).toEqual(['Heron']);
    // The title names the family, the abstract the size: both are read.
    expect(targets(facts, 'builds_on')).toEqual(['RoBERTa', 'RoBERTa-large']);
    expect(lineage(facts)).toEqual(['Heron -> RoBERTa', 'Heron -> RoBERTa-large']);
    expect(models(facts)).toEqual(['BERT', 'Heron', 'RoBERTa', 'RoBERTa-large', 'XLM-R']);
    expect(targets(facts, 'covers_language')).toEqual(['Norwegian', 'Swedish']);
    expect(targets(facts, 'evaluated_on')).toEqual(['MedNLI', 'NoteNER']);
    expect(targets(facts, 'addresses')).toEqual(['Named entity recognition']);
  });

  it('links a size to its family and keeps aliases for merging', () => {
    const variant = facts.find((f) => f.kind === 'entity' && f.edge === 'variant_of');
    expect(variant?.kind === 'entity' ? [variant.source.name, variant.target.name] : []).toEqual(['RoBERTa-large', 'RoBERTa']);
    const xlmr = facts.find((f) => f.target.name === 'XLM-R');
    expect(xlmr?.target.aliases).toContain('XLM-RoBERTa');
  });

  it('gives every fact its sentence and rule', () => {
    for (const f of facts) {
      expect(f.rule).toMatch(/\S/);
      expect(title + ' ' + abstract).toContain(f.sentence);
    }
  });

  it('is deterministic', () => {
    expect(extract({ title, abstract })).toEqual(extract({ title, abstract }));
  });
});

describe('extract: generic phrases and comparisons give no model and no lineage', () => {
  const cases: string[] = [
    'BERT-like encoders are strong, and GPT-style decoders are popular.',
    'Large language models (LLMs) and PLMs are widely used.',
    'The Transformer and other encoder-decoder architectures dominate.',
    'We study multilingual encoders across 50 languages.',
    'Our method outperforms BERT on every task.',
    'Compared with RoBERTa, our approach is faster than GPT-2.',
  ];
  it.each(cases)('%s', (abstract) => {
    const facts = factsOf(abstract, 'A study of encoders');
    expect(lineage(facts)).toEqual([]);
    expect(targets(facts, 'builds_on')).toEqual([]);
    expect(models(facts).filter((m) => !['BERT', 'RoBERTa', 'GPT-2'].includes(m))).toEqual([]);
  });

  it('empty input gives no facts', () => {
    expect(extract({ title: '', abstract: '' }).facts).toEqual([]);
  });
});
