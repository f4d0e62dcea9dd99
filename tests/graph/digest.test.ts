import { describe, expect, it } from 'vitest';
import { computeDigest, graphKeys, isEmptyDigest, keysBeforeBuild, type DigestLink, type DigestNodeRef } from '../../graph/digest.js';
import { buildGraph } from '../../src/pipeline.js';
import type { Fact } from '../../src/types.js';
import { updateGraph } from '../../src/update-graph.js';
import { addition, EMPTY_DIGEST, extract, NEW, OLD, S, toPaper } from './digest-fixture.js';

const model = (key: string, label: string, isNew: boolean): DigestNodeRef => ({ key, label, type: 'model', isNew });
const BERT = model('model:bert', 'BERT', false);
const ROBERTA = model('model:roberta', 'RoBERTa', false);
const BIOBERT = model('model:biobert', 'BioBERT', true);
const CLINICAL = model('model:clinicalbert', 'ClinicalBERT', true);
const BERTIMBAU = model('model:bertimbau', 'BERTimbau', true);
const P_BIO = 'paper:1901.08746';
const P_CLIN = 'paper:1904.03323';
const P_PT = 'paper:a-portuguese-bert';

const ev = (paper: string, text: string, rule: string) => [{ paper, text, rules: [rule] }];
const bioLink: DigestLink = {
  edge: 'derived_from',
  relation: 'continued-pretraining',
  child: BIOBERT,
  parent: BERT,
  evidence: ev(P_BIO, S.biobert, 'further-pretrained'),
};
const clinLink: DigestLink = {
  edge: 'derived_from',
  relation: 'fine-tuned',
  child: CLINICAL,
  parent: BIOBERT,
  evidence: ev(P_CLIN, S.clinical, 'fine-tuned-from'),
};
const ptLink: DigestLink = {
  edge: 'derived_from',
  relation: 'continued-pretraining',
  child: BERTIMBAU,
  parent: BERT,
  evidence: ev(P_PT, S.bertimbau, 'continues-pretraining'),
};
const robertaLink: DigestLink = { edge: 'derived_from', relation: 'extends', child: ROBERTA, parent: BERT, evidence: ev(P_CLIN, S.roberta, 'optimized-x') };
const entity = (key: string, label: string, papers: string[], introducedBy: string[], derivedFrom: DigestLink[] = []) => ({
  key,
  label,
  papers,
  introducedBy,
  derivedFrom,
  variants: [],
});

describe('computeDigest', () => {
  it('groups the new models by base, ranks the bases, lists links between known models and the new benchmarks, tasks, languages', () => {
    expect(addition()).toEqual({
      label: 'day2',
      papers: [
        { key: P_CLIN, title: 'Publicly Available Clinical BERT Embeddings', url: 'https://arxiv.org/abs/1904.03323', published: '2019-04-06' },
        {
          key: P_BIO,
          title: 'BioBERT: a pre-trained biomedical language representation model',
          url: 'https://arxiv.org/abs/1901.08746',
          published: '2019-01-25',
        },
        { key: P_PT, title: 'A Portuguese BERT' },
      ],
      excludedBySince: 0,
      undated: 0,
      models: [
        entity('model:bertimbau', 'BERTimbau', [P_PT], [P_PT], [ptLink]),
        entity('model:biobert', 'BioBERT', [P_BIO, P_CLIN], [P_BIO], [bioLink]),
        entity('model:clinicalbert', 'ClinicalBERT', [P_CLIN], [P_CLIN], [clinLink]),
      ],
      groups: [
        { base: BERT, models: ['model:bertimbau', 'model:biobert'] },
        { base: BIOBERT, models: ['model:clinicalbert'] },
      ],
      mentioned: [],
      lineage: [robertaLink],
      bases: [
        { ...BERT, children: [BERTIMBAU, BIOBERT, ROBERTA] },
        { ...BIOBERT, children: [CLINICAL] },
      ],
      methods: [],
      benchmarks: [entity('benchmark:bc5cdr', 'BC5CDR', [P_BIO], [])],
      tasks: [entity('task:named-entity-recognition', 'Named entity recognition', [P_BIO], [])],
      languages: [entity('language:portuguese', 'Portuguese', [P_PT], [])],
    });
  });

  it('with --since keeps papers published since then, and undated ones, and what they support', () => {
    const digest = addition('2019-02-01');
    expect(digest.papers.map((p) => p.key)).toEqual([P_CLIN, P_PT]);
    expect([digest.excludedBySince, digest.undated]).toEqual([1, 1]);
    // BioBERT is new and a kept paper names it, but neither introduces nor derives it: named in passing.
    expect(digest.models.map((m) => m.key)).toEqual(['model:bertimbau', 'model:clinicalbert']);
    expect(digest.mentioned).toEqual([entity('model:biobert', 'BioBERT', [P_CLIN], [])]);
    expect(digest.benchmarks).toEqual([]);
    expect(digest.lineage).toEqual([robertaLink]);
  });

  it.each([
    ['2020-01-01', 1, 2],
    ['2019-01-25', 3, 0],
    ['1999-12-31', 3, 0],
  ])('--since %s keeps %i paper(s) and leaves out %i', (since, kept, excluded) => {
    const digest = addition(since);
    expect(digest.papers).toHaveLength(kept);
    expect(digest.excludedBySince).toBe(excluded);
  });

  it('is empty when nothing was added', () => {
    const graph = buildGraph(OLD.map(toPaper), { extract, layout: false });
    const digest = computeDigest(graph, graphKeys(graph), { label: 'again' });
    expect(isEmptyDigest(digest)).toBe(true);
    expect(digest).toEqual({ label: 'again', ...EMPTY_DIGEST });
    expect(isEmptyDigest(addition())).toBe(false);
  });

  it('a second add under the same label digests the whole build, as one add of both batches would', () => {
    const graph = buildGraph(OLD.map(toPaper), { extract, firstAdded: 'day1', layout: false });
    const [first, ...rest] = NEW.map(toPaper);
    updateGraph(graph, first ? [first] : [], { label: 'day2', extract, iterations: 0 });
    const second = updateGraph(graph, rest, { label: 'day2', extract, iterations: 0 }).digest;
    expect(second).toEqual(addition());
    expect(computeDigest(graph, keysBeforeBuild(graph, 'day2'), { label: 'day2' })).toEqual(addition());
  });
});

describe('computeDigest reads what the graph says, not names', () => {
  const day2 = (facts: Fact[]) => {
    const graph = buildGraph(OLD.map(toPaper), { extract, firstAdded: 'day1', layout: false });
    const paper = toPaper({ id: '2606.00001', title: 'A new day', facts: [] });
    return updateGraph(graph, [paper], { label: 'day2', extract: () => ({ facts }), iterations: 0 }).digest;
  };
  const introduce = (type: 'model' | 'method', name: string, sentence = `We introduce ${name}.`): Fact => ({
    kind: 'paper',
    edge: 'introduces',
    target: { type, name },
    sentence,
    rule: 'r-intro',
  });
  const mention = (name: string): Fact => ({
    kind: 'paper',
    edge: 'mentions',
    target: { type: 'model', name },
    sentence: `We compare with ${name}.`,
    rule: 'r-mention',
  });
  const variant = (child: string, parent: string, sentence: string): Fact => ({
    kind: 'entity',
    edge: 'variant_of',
    source: { type: 'model', name: child },
    target: { type: 'model', name: parent },
    sentence,
    rule: 'r-variant',
  });
  const backbone = (child: string, parent: string, sentence: string, type: 'model' | 'method' = 'model'): Fact => ({
    kind: 'entity',
    edge: 'derived_from',
    relation: 'backbone',
    source: { type, name: child },
    target: { type: 'model', name: parent },
    sentence,
    rule: 'r-backbone',
  });

  it('a name typed method goes under methods with its base, never under models', () => {
    const digest = day2([introduce('method', 'FooNet'), backbone('FooNet', 'BERT', 'FooNet is built on BERT.', 'method')]);
    expect(digest.models).toEqual([]);
    expect(digest.methods.map((m) => [m.label, m.derivedFrom.map((l) => l.parent.label)])).toEqual([['FooNet', ['BERT']]]);
  });

  it('a new model only mentioned, with a variant link to a known family, is named in passing, not listed', () => {
    const digest = day2([mention('BERT-XL'), variant('BERT-XL', 'BERT', 'BERT-XL matches GPT-4o-mini.')]);
    expect(digest.models).toEqual([]);
    expect(digest.mentioned.map((m) => m.label)).toEqual(['BERT-XL']);
  });

  it('a same-day variant of a new model is folded into it', () => {
    const digest = day2([introduce('model', 'Atlas'), mention('Atlas-4B'), variant('Atlas-4B', 'Atlas', 'Atlas-4B surpasses Qwen3-VL-4B.')]);
    expect(digest.models.map((m) => [m.label, m.variants.map((v) => v.label)])).toEqual([['Atlas', ['Atlas-4B']]]);
    expect(digest.mentioned).toEqual([]);
  });

  it('evidence is kept once per paper and sentence, as display text, the sentence naming both ends first', () => {
    const raw = 'With frozen BERT and RoBERTa\\footnote{\\scriptsize Code: x}, accuracy rises from {\\sim}0.50 to 0.66--0.76.';
    const digest = day2([
      introduce('model', 'HookNet'),
      backbone('HookNet', 'BERT', 'We train only a small hook.'),
      backbone('HookNet', 'BERT', raw),
      { ...backbone('HookNet', 'BERT', raw), rule: 'r-frozen' },
      backbone('HookNet', 'RoBERTa', raw),
    ]);
    const [hook] = digest.models;
    expect(hook?.derivedFrom.map((l) => l.parent.label)).toEqual(['BERT', 'RoBERTa']);
    expect(hook?.derivedFrom[0]?.evidence).toEqual([
      { paper: 'paper:2606.00001', text: 'With frozen BERT and RoBERTa (Code: x), accuracy rises from ∼0.50 to 0.66–0.76.', rules: ['r-backbone', 'r-frozen'] },
      { paper: 'paper:2606.00001', text: 'We train only a small hook.', rules: ['r-backbone'] },
    ]);
  });
});
