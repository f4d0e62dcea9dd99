// A small hand-written graph for export, query and command tests: papers and facts typed
// in by hand (no extractors), merged with graph/merge, coloured with graph/appearance.
// Includes hostile text (quotes, <&>, commas in aliases, accents, control characters).

import { applyAppearance } from '../../graph/appearance.js';
import { countPapers, createAliasIndex, mergeExtraction } from '../../graph/merge.js';
import { createGraph, SCHEMA_VERSION, type PaperGraph } from '../../graph/schema.js';
import type { Fact, Paper } from '../../src/types.js';

interface FixturePaper {
  id: string;
  title: string;
  abstract: string;
  published?: string;
  authors?: string[];
  facts: Fact[];
}

const PAPERS: FixturePaper[] = [
  {
    id: '1810.04805',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers',
    abstract: 'We introduce a new language representation model called BERT.',
    published: '2018-10-11',
    authors: ['Jacob Devlin', 'Ming-Wei Chang'],
    facts: [
      {
        kind: 'paper',
        edge: 'introduces',
        target: { type: 'model', name: 'BERT' },
        sentence: 'We introduce a new language representation model called BERT.',
        rule: 'introduce-called',
      },
      { kind: 'paper', edge: 'covers_language', target: { type: 'language', name: 'English' }, sentence: 'English corpora.', rule: 'lang-lexicon' },
    ],
  },
  {
    id: '1901.08746',
    title: 'BioBERT: a pre-trained biomedical language representation model',
    abstract: 'We introduce BioBERT, which is initialized with BERT and further pre-trained on PubMed.\nIt beats "BERT" & <others> on NER.',
    published: '2019-01-25',
    authors: ['Jinhyuk Lee', 'Wonjin Yoon, Jr.'],
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'BioBERT' }, sentence: 'We introduce BioBERT.', rule: 'introduce-we' },
      {
        kind: 'paper',
        edge: 'builds_on',
        target: { type: 'model', name: 'BERT' },
        sentence: 'BioBERT is initialized with BERT and further pre-trained on PubMed.',
        rule: 'initialized-with',
      },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'BioBERT' },
        target: { type: 'model', name: 'BERT' },
        relation: 'continued-pretraining',
        sentence: 'BioBERT is initialized with BERT and further pre-trained on PubMed.',
        rule: 'initialized-with',
      },
      {
        kind: 'paper',
        edge: 'addresses',
        target: { type: 'task', name: 'Named entity recognition' },
        sentence: 'It beats "BERT" & <others> on NER.',
        rule: 'task-lexicon',
      },
      {
        kind: 'paper',
        edge: 'evaluated_on',
        target: { type: 'benchmark', name: 'BC5CDR' },
        sentence: 'Results on BC5CDR\u0007 improve.',
        rule: 'bench-lexicon',
      },
    ],
  },
  {
    id: '1910.01108',
    title: 'DistilBERT, a distilled version of BERT',
    abstract: 'We distil BERT into DistilBERT, 40% smaller.',
    published: '2019-10-02',
    facts: [
      { kind: 'paper', edge: 'introduces', target: { type: 'model', name: 'DistilBERT' }, sentence: 'We distil BERT into DistilBERT.', rule: 'introduce-we' },
      { kind: 'paper', edge: 'mentions', target: { type: 'model', name: 'BERT' }, sentence: 'We distil BERT into DistilBERT.', rule: 'model-lexicon' },
      // A second edge between the same two nodes: the exports must keep parallel edges apart.
      { kind: 'paper', edge: 'builds_on', target: { type: 'model', name: 'BERT' }, sentence: 'We distil BERT into DistilBERT.', rule: 'distil-into' },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'DistilBERT' },
        target: { type: 'model', name: 'BERT' },
        relation: 'distilled',
        sentence: 'We distil BERT into DistilBERT.',
        rule: 'distil-into',
      },
    ],
  },
  {
    id: '1911.02116',
    title: 'Unsupervised Cross-lingual Representation Learning at Scale',
    abstract: 'We present XLM-R (XLM-RoBERTa), built on RoBERTa, for 100 languages including Portuguese.',
    published: '2019-11-05',
    facts: [
      {
        kind: 'paper',
        edge: 'introduces',
        target: { type: 'model', name: 'XLM-R', aliases: ['XLM-RoBERTa'] },
        sentence: 'We present XLM-R (XLM-RoBERTa).',
        rule: 'introduce-present',
      },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'XLM-R' },
        target: { type: 'model', name: 'RoBERTa' },
        relation: 'architecture',
        sentence: 'XLM-R is built on RoBERTa.',
        rule: 'built-on',
      },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'RoBERTa' },
        target: { type: 'model', name: 'BERT' },
        relation: 'extends',
        sentence: 'RoBERTa is a robustly optimized BERT.',
        rule: 'optimized-x',
      },
      {
        kind: 'paper',
        edge: 'covers_language',
        target: { type: 'language', name: 'Portuguese' },
        sentence: 'for 100 languages including Portuguese.',
        rule: 'lang-lexicon',
      },
    ],
  },
  {
    id: '2301.00001',
    title: 'Glória: a Portuguese model, "fine-tuned"',
    abstract: 'We fine-tune XLM-R into Glória for Portuguese.',
    facts: [
      {
        kind: 'paper',
        edge: 'introduces',
        target: { type: 'model', name: 'Glória', aliases: ['GlorIA 1.3B, v2'] },
        sentence: 'We fine-tune XLM-R into Glória.',
        rule: 'introduce-we',
      },
      {
        kind: 'paper',
        edge: 'mentions',
        target: { type: 'model', name: 'XLM-RoBERTa' },
        sentence: 'We fine-tune XLM-RoBERTa into Glória.',
        rule: 'model-lexicon',
      },
      {
        kind: 'entity',
        edge: 'derived_from',
        source: { type: 'model', name: 'Glória' },
        target: { type: 'model', name: 'XLM-R' },
        relation: 'fine-tuned',
        sentence: 'We fine-tune XLM-R into Glória.',
        rule: 'fine-tune-into',
      },
      { kind: 'paper', edge: 'covers_language', target: { type: 'language', name: 'Portuguese' }, sentence: 'for Portuguese.', rule: 'lang-lexicon' },
      { kind: 'paper', edge: 'evaluated_on', target: { type: 'benchmark', name: 'ASSIN 2' }, sentence: 'Evaluated on ASSIN 2.', rule: 'bench-lexicon' },
    ],
  },
  {
    id: '2401.00002',
    title: 'An unrelated survey of graph drawing',
    abstract: 'No models here.',
    facts: [],
  },
];

function toPaper(p: FixturePaper, line: number): Paper {
  const paper: Paper = {
    id: p.id,
    title: p.title,
    abstract: p.abstract,
    rawTitle: p.title,
    rawAbstract: p.abstract,
    url: `https://arxiv.org/abs/${p.id}`,
    source: { file: 'fixture', line },
  };
  if (p.published) paper.published = p.published;
  if (p.authors) paper.authors = p.authors;
  return paper;
}

/** The fixture graph, with deterministic positions and appearance (one named and one rgba colour). */
export function fixtureGraph(): PaperGraph {
  const graph = createGraph();
  graph.replaceAttributes({ name: 'fixture <papergraph> & co', schemaVersion: SCHEMA_VERSION });
  const index = createAliasIndex(graph);
  PAPERS.forEach((p, i) => mergeExtraction(graph, index, toPaper(p, i + 1), { facts: p.facts }, 'fixture'));
  countPapers(graph);
  applyAppearance(graph);
  graph.forEachNode((key, _attrs) => {
    const i = graph.nodes().indexOf(key);
    graph.mergeNodeAttributes(key, { x: Math.round(Math.cos(i) * 1000) / 10, y: Math.round(Math.sin(i) * 1000) / 10 - 0.5 });
  });
  graph.setNodeAttribute('language:english', 'color', 'red');
  graph.setEdgeAttribute(graph.edges()[0] ?? '', 'color', 'rgba(10,20,30,0.5)');
  return graph;
}
