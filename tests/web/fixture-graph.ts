// A small graph for the browser tests, from hand-written papers and facts (no extractors):
// BERT and its lineage, tasks, benchmarks, languages, and a hostile paper whose title,
// abstract, url and an entity name hold HTML and `javascript:` that must never execute.

import { layoutGraph } from '../../graph/layout.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { Fact, Mention } from '../../src/types.js';
import { lineageFact, mention, mergeHandPapers, model, paperFact } from '../helpers/hand-facts.js';

/** Each payload sets window.__xss when it runs; the tests check it stays undefined. */
export const XSS_TITLE = 'Attack <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> model';
export const XSS_MODEL = '<img src=y onerror="window.__xss=3">Net';

const introduces = (m: Mention, sentence: string) => paperFact('introduces', m, sentence, 'test-introduce');
const mentions = (target: Mention, sentence: string) => paperFact('mentions', target, sentence, 'test-mention');
const derived = (child: Mention, parent: Mention, sentence: string, relation: 'fine-tuned' | 'continued-pretraining' | 'distilled') =>
  lineageFact(child, parent, sentence, 'test-lineage', relation);
const task = (name: string, sentence: string) => paperFact('addresses', mention('task', name), sentence, 'test-task');
const bench = (name: string, sentence: string) => paperFact('evaluated_on', mention('benchmark', name), sentence, 'test-bench');
const lang = (name: string, sentence: string) => paperFact('covers_language', mention('language', name), sentence, 'test-lang');

interface FixturePaper {
  id: string;
  title: string;
  abstract: string;
  url?: string;
  facts: Fact[];
}

const BERT = model('BERT');
const BIOBERT = model('BioBERT');
const ROBERTA = model('RoBERTa');
const XLMR = model('XLM-R', ['XLM-RoBERTa']);

export const FIXTURE_PAPERS: FixturePaper[] = [
  {
    id: '1810.04805',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    abstract: 'We introduce a new language representation model called BERT. It obtains new results on GLUE.',
    facts: [
      introduces(BERT, 'We introduce a new language representation model called BERT.'),
      bench('GLUE', 'It obtains new results on GLUE.'),
      lang('English', 'We pre-train on English Wikipedia.'),
    ],
  },
  {
    id: '1901.08746',
    title: 'BioBERT: a pre-trained biomedical language representation model for biomedical text mining',
    abstract: 'We introduce BioBERT, which is initialized with BERT and further pre-trained on PubMed abstracts.',
    facts: [
      introduces(BIOBERT, 'We introduce BioBERT, a domain-specific language representation model.'),
      { kind: 'paper', edge: 'builds_on', target: BERT, sentence: 'BioBERT is initialized with BERT.', rule: 'test-builds-on' },
      derived(BIOBERT, BERT, 'We introduce BioBERT, which is initialized with BERT and further pre-trained on PubMed abstracts.', 'continued-pretraining'),
      task('Named entity recognition', 'BioBERT outperforms BERT on biomedical named entity recognition.'),
      bench('BC5CDR', 'Results on BC5CDR improve.'),
    ],
  },
  {
    id: '1907.11692',
    title: 'RoBERTa: A Robustly Optimized BERT Pretraining Approach',
    abstract: 'We present a replication study of BERT pretraining and call the result RoBERTa.',
    facts: [
      introduces(ROBERTA, 'We call the result RoBERTa.'),
      mentions(BERT, 'We present a replication study of BERT pretraining.'),
      bench('GLUE', 'RoBERTa matches the state of the art on GLUE.'),
    ],
  },
  {
    id: '1911.02116',
    title: 'Unsupervised Cross-lingual Representation Learning at Scale',
    abstract: 'We train XLM-R, a Transformer-based masked language model on one hundred languages.',
    facts: [
      introduces(XLMR, 'We train XLM-R, a Transformer-based masked language model.'),
      derived(XLMR, ROBERTA, 'XLM-R follows the RoBERTa training recipe.', 'continued-pretraining'),
      lang('German', 'Results on German and Swahili.'),
      lang('Swahili', 'Results on German and Swahili.'),
      task('Named entity recognition', 'XLM-RoBERTa improves cross-lingual named entity recognition.'),
    ],
  },
  {
    id: '2002.00001',
    title: 'SciFive and PubMedBERT-tuned: biomedical descendants',
    abstract: 'We fine-tune BioBERT on chemical patents and release ChemBERT.',
    facts: [
      introduces(model('ChemBERT'), 'We release ChemBERT.'),
      derived(model('ChemBERT'), BIOBERT, 'We fine-tune BioBERT on chemical patents and release ChemBERT.', 'fine-tuned'),
      task('Relation extraction', 'ChemBERT is evaluated on relation extraction.'),
    ],
  },
  {
    id: '2401.66666',
    title: XSS_TITLE,
    abstract: 'An abstract with <b>bold</b>, <a href="javascript:window.__xss=4">a link</a> and <svg onload="window.__xss=5">.',
    url: 'javascript:window.__xss=6',
    facts: [
      introduces(model(XSS_MODEL), `We introduce ${XSS_MODEL}, fine-tuned from <script>window.__xss=7</script>BERT.`),
      derived(model(XSS_MODEL), BERT, `We introduce ${XSS_MODEL}, fine-tuned from <script>window.__xss=7</script>BERT.`, 'fine-tuned'),
    ],
  },
];

export function buildFixtureGraph(): PaperGraph {
  const graph = mergeHandPapers('papergraph', FIXTURE_PAPERS);
  layoutGraph(graph, {});
  return graph;
}

/**
 * A family as big as the real stream's biggest (Qwen, SAM): Basemodel with `size` fine-tunes,
 * every tenth of which has three of its own, one paper each. Laid out in the worker and drawn
 * by level of detail in the map.
 */
export function buildBigFamilyGraph(size = 90): PaperGraph {
  const root = model('Basemodel');
  const papers: FixturePaper[] = [];
  for (let i = 1; i <= size; i++) {
    const child = model(`Tune-${i}`);
    const sentence = `Tune-${i} is fine-tuned from Basemodel.`;
    const facts: Fact[] = [introduces(child, sentence), derived(child, root, sentence, 'fine-tuned')];
    if (i % 10 === 0) {
      for (const k of [1, 2, 3]) {
        const grandchild = model(`Tune-${i}-Distill-${k}`);
        const line = `Tune-${i}-Distill-${k} is distilled from Tune-${i}.`;
        facts.push(introduces(grandchild, line), derived(grandchild, child, line, 'distilled'));
      }
    }
    papers.push({ id: `2501.${String(i).padStart(5, '0')}`, title: `Tune-${i}: a fine-tuned Basemodel`, abstract: sentence, facts });
  }
  const graph = mergeHandPapers('papergraph', papers);
  layoutGraph(graph, {});
  return graph;
}
