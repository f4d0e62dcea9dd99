// A hand-written addition for the digest tests: two known papers (BERT, RoBERTa), then three
// new ones. Facts are typed in by hand and served by an injected extractor, so the expected
// digests do not depend on the extractor rules.
import type { Digest } from '../../graph/digest.js';
import { buildGraph, type Extractor } from '../../src/pipeline.js';
import type { Fact, Paper } from '../../src/types.js';
import { updateGraph } from '../../src/update-graph.js';

interface FixturePaper {
  id?: string;
  title: string;
  published?: string;
  facts: Fact[];
}

export const S = {
  bert: 'We introduce a new language representation model called BERT.',
  roberta: 'RoBERTa is a robustly optimized BERT pretraining approach.',
  biobert: 'BioBERT is BERT further pre-trained on biomedical corpora.',
  ner: 'BioBERT improves biomedical named entity recognition on BC5CDR.',
  clinical: 'ClinicalBERT is fine-tuned from BioBERT on clinical notes.',
  bertimbau: 'BERTimbau continues the pretraining of BERT on Brazilian Portuguese.',
};

export const OLD: FixturePaper[] = [
  {
    id: '1810.04805',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers',
    published: '2018-10-11',
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'BERT' }, sentence: S.bert, rule: 'introduce-called' },
      { kind: 'paper', edge: 'covers_language', target: { type: 'language', name: 'English' }, sentence: S.bert, rule: 'lang' },
    ],
  },
  {
    id: '1907.11692',
    title: 'RoBERTa: A Robustly Optimized BERT Pretraining Approach',
    published: '2019-07-26',
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'RoBERTa' }, sentence: S.roberta, rule: 'introduce-x-is' },
      { kind: 'paper', edge: 'mentions', target: { type: 'model', name: 'BERT' }, sentence: S.roberta, rule: 'lexicon' },
    ],
  },
];

export const NEW: FixturePaper[] = [
  {
    id: '1901.08746',
    title: 'BioBERT: a pre-trained biomedical language representation model',
    published: '2019-01-25',
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'BioBERT' }, sentence: S.biobert, rule: 'introduce-x-is' },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'BioBERT' },
        target: { type: 'model', name: 'BERT' },
        relation: 'continued-pretraining',
        sentence: S.biobert,
        rule: 'further-pretrained',
      },
      { kind: 'paper', edge: 'addresses', target: { type: 'task', name: 'Named entity recognition' }, sentence: S.ner, rule: 'task' },
      { kind: 'paper', edge: 'evaluated_on', target: { type: 'benchmark', name: 'BC5CDR' }, sentence: S.ner, rule: 'bench' },
    ],
  },
  {
    id: '1904.03323',
    title: 'Publicly Available Clinical BERT Embeddings',
    published: '2019-04-06',
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'ClinicalBERT' }, sentence: S.clinical, rule: 'introduce-x-is' },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'ClinicalBERT' },
        target: { type: 'model', name: 'BioBERT' },
        relation: 'fine-tuned',
        sentence: S.clinical,
        rule: 'fine-tuned-from',
      },
      // A new link between two models the graph already knew.
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'RoBERTa' },
        target: { type: 'model', name: 'BERT' },
        relation: 'extends',
        sentence: S.roberta,
        rule: 'optimized-x',
      },
      { kind: 'paper', edge: 'covers_language', target: { type: 'language', name: 'English' }, sentence: S.clinical, rule: 'lang' },
    ],
  },
  {
    title: 'A Portuguese BERT',
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'BERTimbau' }, sentence: S.bertimbau, rule: 'introduce-x-is' },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'BERTimbau' },
        target: { type: 'model', name: 'BERT' },
        relation: 'continued-pretraining',
        sentence: S.bertimbau,
        rule: 'continues-pretraining',
      },
      { kind: 'paper', edge: 'covers_language', target: { type: 'language', name: 'Portuguese' }, sentence: S.bertimbau, rule: 'lang' },
    ],
  },
];

export function toPaper(p: FixturePaper): Paper {
  const paper: Paper = { title: p.title, abstract: 'x', rawTitle: p.title, rawAbstract: 'x', source: { file: 'fixture', line: 1 } };
  if (p.id) Object.assign(paper, { id: p.id, url: `https://arxiv.org/abs/${p.id}` });
  if (p.published) paper.published = p.published;
  return paper;
}

const table = new Map([...OLD, ...NEW].map((p) => [p.title, p.facts]));
export const extract: Extractor = ({ title }) => ({ facts: table.get(title) ?? [] });

export function addition(since?: string): Digest {
  const graph = buildGraph(OLD.map(toPaper), { extract, firstAdded: 'day1', layout: false });
  return updateGraph(graph, NEW.map(toPaper), { label: 'day2', extract, iterations: 0, ...(since ? { since } : {}) }).digest;
}
