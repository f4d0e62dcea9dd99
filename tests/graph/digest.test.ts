import { describe, expect, it } from 'vitest';
import { computeDigest, graphKeys, isEmptyDigest, type DigestLink, type DigestNodeRef } from '../../graph/digest.js';
import { buildGraph } from '../../src/pipeline.js';
import { addition, extract, OLD, S, toPaper } from './digest-fixture.js';

const model = (key: string, label: string, isNew: boolean): DigestNodeRef => ({ key, label, type: 'model', isNew });
const BERT = model('model:bert', 'BERT', false);
const ROBERTA = model('model:roberta', 'RoBERTa', false);
const BIOBERT = model('model:biobert', 'BioBERT', true);
const CLINICAL = model('model:clinicalbert', 'ClinicalBERT', true);
const BERTIMBAU = model('model:bertimbau', 'BERTimbau', true);
const P_BIO = 'paper:1901.08746';
const P_CLIN = 'paper:1904.03323';
const P_PT = 'paper:a-portuguese-bert';

const bioLink: DigestLink = { edge: 'derived_from', relation: 'continued-pretraining', child: BIOBERT, parent: BERT, evidence: [{ paper: P_BIO, sentence: S.biobert, rule: 'further-pretrained' }] };
const clinLink: DigestLink = { edge: 'derived_from', relation: 'fine-tuned', child: CLINICAL, parent: BIOBERT, evidence: [{ paper: P_CLIN, sentence: S.clinical, rule: 'fine-tuned-from' }] };
const ptLink: DigestLink = { edge: 'derived_from', relation: 'continued-pretraining', child: BERTIMBAU, parent: BERT, evidence: [{ paper: P_PT, sentence: S.bertimbau, rule: 'continues-pretraining' }] };
const robertaLink: DigestLink = { edge: 'derived_from', relation: 'extends', child: ROBERTA, parent: BERT, evidence: [{ paper: P_CLIN, sentence: S.roberta, rule: 'optimized-x' }] };

describe('computeDigest', () => {
  it('lists new papers, models with their parents and evidence, ranked base models, new benchmarks, tasks, languages', () => {
    expect(addition()).toEqual({
      label: 'day2',
      papers: [
        { key: P_CLIN, title: 'Publicly Available Clinical BERT Embeddings', url: 'https://arxiv.org/abs/1904.03323', published: '2019-04-06' },
        { key: P_BIO, title: 'BioBERT: a pre-trained biomedical language representation model', url: 'https://arxiv.org/abs/1901.08746', published: '2019-01-25' },
        { key: P_PT, title: 'A Portuguese BERT' },
      ],
      excludedBySince: 0,
      undated: 0,
      models: [
        { key: 'model:biobert', label: 'BioBERT', papers: [P_BIO, P_CLIN], derivedFrom: [bioLink] },
        { key: 'model:bertimbau', label: 'BERTimbau', papers: [P_PT], derivedFrom: [ptLink] },
        { key: 'model:clinicalbert', label: 'ClinicalBERT', papers: [P_CLIN], derivedFrom: [clinLink] },
      ],
      lineage: [robertaLink],
      bases: [
        { ...BERT, children: [BERTIMBAU, BIOBERT, ROBERTA] },
        { ...BIOBERT, children: [CLINICAL] },
      ],
      methods: [],
      benchmarks: [{ key: 'benchmark:bc5cdr', label: 'BC5CDR', papers: [P_BIO] }],
      tasks: [{ key: 'task:named-entity-recognition', label: 'Named entity recognition', papers: [P_BIO] }],
      languages: [{ key: 'language:portuguese', label: 'Portuguese', papers: [P_PT] }],
    });
  });

  it('with --since keeps papers published since then, and undated ones, and what they support', () => {
    expect(addition('2019-02-01')).toEqual({
      label: 'day2',
      since: '2019-02-01',
      papers: [
        { key: P_CLIN, title: 'Publicly Available Clinical BERT Embeddings', url: 'https://arxiv.org/abs/1904.03323', published: '2019-04-06' },
        { key: P_PT, title: 'A Portuguese BERT' },
      ],
      excludedBySince: 1,
      undated: 1,
      // BioBERT is new and a kept paper names it, but the sentence that derives it from BERT is in an excluded paper.
      models: [
        { key: 'model:bertimbau', label: 'BERTimbau', papers: [P_PT], derivedFrom: [ptLink] },
        { key: 'model:clinicalbert', label: 'ClinicalBERT', papers: [P_CLIN], derivedFrom: [clinLink] },
        { key: 'model:biobert', label: 'BioBERT', papers: [P_CLIN], derivedFrom: [] },
      ],
      lineage: [robertaLink],
      bases: [
        { ...BERT, children: [BERTIMBAU, ROBERTA] },
        { ...BIOBERT, children: [CLINICAL] },
      ],
      methods: [],
      benchmarks: [],
      tasks: [],
      languages: [{ key: 'language:portuguese', label: 'Portuguese', papers: [P_PT] }],
    });
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
    expect(digest).toEqual({
      label: 'again',
      papers: [],
      excludedBySince: 0,
      undated: 0,
      models: [],
      lineage: [],
      bases: [],
      methods: [],
      benchmarks: [],
      tasks: [],
      languages: [],
    });
    expect(isEmptyDigest(addition())).toBe(false);
  });
});

