// A hand-written addition for the digest tests: two known papers (BERT, RoBERTa), then three
// new ones. Facts are typed in by hand and served by an injected extractor, so the expected
// digests do not depend on the extractor rules.
import type { Digest } from '../../graph/digest.js';
import { buildGraph } from '../../src/pipeline.js';
import type { Fact, Paper } from '../../src/types.js';
import { updateGraph } from '../../src/update-graph.js';
import { handPaper, lineageFact, mention, model, paperFact, tableExtractor } from '../helpers/hand-facts.js';

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

const [BERT, ROBERTA, BIOBERT] = [model('BERT'), model('RoBERTa'), model('BioBERT')];

export const OLD: FixturePaper[] = [
  {
    id: '1810.04805',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers',
    published: '2018-10-11',
    facts: [paperFact('introduces', BERT, S.bert, 'introduce-called'), paperFact('covers_language', mention('language', 'English'), S.bert, 'lang')],
  },
  {
    id: '1907.11692',
    title: 'RoBERTa: A Robustly Optimized BERT Pretraining Approach',
    published: '2019-07-26',
    facts: [paperFact('introduces', ROBERTA, S.roberta, 'introduce-x-is'), paperFact('mentions', BERT, S.roberta, 'lexicon')],
  },
];

export const NEW: FixturePaper[] = [
  {
    id: '1901.08746',
    title: 'BioBERT: a pre-trained biomedical language representation model',
    published: '2019-01-25',
    facts: [
      paperFact('introduces', BIOBERT, S.biobert, 'introduce-x-is'),
      lineageFact(BIOBERT, BERT, S.biobert, 'further-pretrained', 'continued-pretraining'),
      paperFact('addresses', mention('task', 'Named entity recognition'), S.ner, 'task'),
      paperFact('evaluated_on', mention('benchmark', 'BC5CDR'), S.ner, 'bench'),
    ],
  },
  {
    id: '1904.03323',
    title: 'Publicly Available Clinical BERT Embeddings',
    published: '2019-04-06',
    facts: [
      paperFact('introduces', model('ClinicalBERT'), S.clinical, 'introduce-x-is'),
      lineageFact(model('ClinicalBERT'), BIOBERT, S.clinical, 'fine-tuned-from', 'fine-tuned'),
      // A new link between two models the graph already knew.
      lineageFact(ROBERTA, BERT, S.roberta, 'optimized-x', 'extends'),
      paperFact('covers_language', mention('language', 'English'), S.clinical, 'lang'),
    ],
  },
  {
    title: 'A Portuguese BERT',
    facts: [
      paperFact('introduces', model('BERTimbau'), S.bertimbau, 'introduce-x-is'),
      lineageFact(model('BERTimbau'), BERT, S.bertimbau, 'continues-pretraining', 'continued-pretraining'),
      paperFact('covers_language', mention('language', 'Portuguese'), S.bertimbau, 'lang'),
    ],
  },
];

export function toPaper(p: FixturePaper): Paper {
  return handPaper({ ...p, abstract: 'x', ...(p.id ? { url: `https://arxiv.org/abs/${p.id}` } : {}) });
}

export const extract = tableExtractor(new Map([...OLD, ...NEW].map((p) => [p.title, p.facts])));

/** A digest of nothing (no label): what an add that brought nothing gives, label aside. */
export const EMPTY_DIGEST: Digest = {
  papers: [],
  excludedBySince: 0,
  undated: 0,
  models: [],
  groups: [],
  mentioned: [],
  lineage: [],
  bases: [],
  methods: [],
  benchmarks: [],
  tasks: [],
  languages: [],
};

export function addition(since?: string): Digest {
  const graph = buildGraph(OLD.map(toPaper), { extract, firstAdded: 'day1', layout: false });
  return updateGraph(graph, NEW.map(toPaper), { label: 'day2', extract, iterations: 0, ...(since ? { since } : {}) }).digest;
}
