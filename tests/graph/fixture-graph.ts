// A small hand-written graph for export, query and command tests: papers and facts typed
// in by hand (no extractors), merged with graph/merge, coloured with graph/appearance.
// Includes hostile text (quotes, <&>, commas in aliases, accents, control characters).

import type { PaperGraph } from '../../graph/schema.js';
import type { Fact } from '../../src/types.js';
import { lineageFact, mention, mergeHandPapers, model, paperFact, type HandPaper } from '../helpers/hand-facts.js';

interface FixturePaper extends HandPaper {
  id: string;
  facts: Fact[];
}

const BERT = model('BERT');

const PAPERS: FixturePaper[] = [
  {
    id: '1810.04805',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers',
    abstract: 'We introduce a new language representation model called BERT.',
    published: '2018-10-11',
    authors: ['Jacob Devlin', 'Ming-Wei Chang'],
    facts: [
      paperFact('introduces', BERT, 'We introduce a new language representation model called BERT.', 'introduce-called'),
      paperFact('covers_language', mention('language', 'English'), 'English corpora.', 'lang-lexicon'),
    ],
  },
  {
    id: '1901.08746',
    title: 'BioBERT: a pre-trained biomedical language representation model',
    abstract: 'We introduce BioBERT, which is initialized with BERT and further pre-trained on PubMed.\nIt beats "BERT" & <others> on NER.',
    published: '2019-01-25',
    authors: ['Jinhyuk Lee', 'Wonjin Yoon, Jr.'],
    facts: [
      paperFact('introduces', model('BioBERT'), 'We introduce BioBERT.', 'introduce-we'),
      paperFact('builds_on', BERT, 'BioBERT is initialized with BERT and further pre-trained on PubMed.', 'initialized-with'),
      lineageFact(model('BioBERT'), BERT, 'BioBERT is initialized with BERT and further pre-trained on PubMed.', 'initialized-with', 'continued-pretraining'),
      paperFact('addresses', mention('task', 'Named entity recognition'), 'It beats "BERT" & <others> on NER.', 'task-lexicon'),
      paperFact('evaluated_on', mention('benchmark', 'BC5CDR'), 'Results on BC5CDR\u0007 improve.', 'bench-lexicon'),
    ],
  },
  {
    id: '1910.01108',
    title: 'DistilBERT, a distilled version of BERT',
    abstract: 'We distil BERT into DistilBERT, 40% smaller.',
    published: '2019-10-02',
    facts: [
      paperFact('introduces', model('DistilBERT'), 'We distil BERT into DistilBERT.', 'introduce-we'),
      paperFact('mentions', BERT, 'We distil BERT into DistilBERT.', 'model-lexicon'),
      // A second edge between the same two nodes: the exports must keep parallel edges apart.
      paperFact('builds_on', BERT, 'We distil BERT into DistilBERT.', 'distil-into'),
      lineageFact(model('DistilBERT'), BERT, 'We distil BERT into DistilBERT.', 'distil-into', 'distilled'),
    ],
  },
  {
    id: '1911.02116',
    title: 'Unsupervised Cross-lingual Representation Learning at Scale',
    abstract: 'We present XLM-R (XLM-RoBERTa), built on RoBERTa, for 100 languages including Portuguese.',
    published: '2019-11-05',
    facts: [
      paperFact('introduces', model('XLM-R', ['XLM-RoBERTa']), 'We present XLM-R (XLM-RoBERTa).', 'introduce-present'),
      lineageFact(model('XLM-R'), model('RoBERTa'), 'XLM-R is built on RoBERTa.', 'built-on', 'architecture'),
      lineageFact(model('RoBERTa'), BERT, 'RoBERTa is a robustly optimized BERT.', 'optimized-x', 'extends'),
      paperFact('covers_language', mention('language', 'Portuguese'), 'for 100 languages including Portuguese.', 'lang-lexicon'),
    ],
  },
  {
    id: '2301.00001',
    title: 'Glória: a Portuguese model, "fine-tuned"',
    abstract: 'We fine-tune XLM-R into Glória for Portuguese.',
    facts: [
      paperFact('introduces', model('Glória', ['GlorIA 1.3B, v2']), 'We fine-tune XLM-R into Glória.', 'introduce-we'),
      paperFact('mentions', model('XLM-RoBERTa'), 'We fine-tune XLM-RoBERTa into Glória.', 'model-lexicon'),
      lineageFact(model('Glória'), model('XLM-R'), 'We fine-tune XLM-R into Glória.', 'fine-tune-into', 'fine-tuned'),
      paperFact('covers_language', mention('language', 'Portuguese'), 'for Portuguese.', 'lang-lexicon'),
      paperFact('evaluated_on', mention('benchmark', 'ASSIN 2'), 'Evaluated on ASSIN 2.', 'bench-lexicon'),
    ],
  },
  {
    id: '2401.00002',
    title: 'An unrelated survey of graph drawing',
    abstract: 'No models here.',
    facts: [],
  },
];

/** The fixture graph, with deterministic positions and appearance (one named and one rgba colour). */
export function fixtureGraph(): PaperGraph {
  const papers = PAPERS.map((p) => ({ ...p, url: `https://arxiv.org/abs/${p.id}` }));
  const graph = mergeHandPapers('fixture <papergraph> & co', papers, 'fixture');
  graph.forEachNode((key, _attrs) => {
    const i = graph.nodes().indexOf(key);
    graph.mergeNodeAttributes(key, { x: Math.round(Math.cos(i) * 1000) / 10, y: Math.round(Math.sin(i) * 1000) / 10 - 0.5 });
  });
  graph.setNodeAttribute('language:english', 'color', 'red');
  graph.setEdgeAttribute(graph.edges()[0] ?? '', 'color', 'rgba(10,20,30,0.5)');
  return graph;
}
