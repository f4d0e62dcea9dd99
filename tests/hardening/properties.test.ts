// Property-based tests (fast-check): arbitrary text and arbitrary records never crash a
// reader or the extractors, and always give a graph that keeps the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { buildGraph, dedupePapers } from '../../src/pipeline.js';
import { CORPUS_FORMATS, parseCorpus } from '../../src/readers/index.js';
import { graphViolations } from '../helpers/graph-invariants.js';

/** Text that looks like abstracts: model-ish names, cue phrases, punctuation, any Unicode. */
const word = fc.oneof(
  fc.constantFrom('BERT', 'XLM-R', 'RoBERTa', 'Llama-3.1-8B', 'GPT-3.5', 'wav2vec 2.0', 'T5', 'BioBERT', 'LLMs', 'Transformer'),
  fc.constantFrom(
    'we',
    'introduce',
    'propose',
    'fine-tuned',
    'from',
    'on',
    'based',
    'distilled',
    'called',
    'named',
    'the',
    'benchmark',
    'dataset',
    'English',
    'German',
  ),
  fc.constantFrom(',', '.', ':', '(', ')', '-', '"', '\u0000', "\\'", '~', '$', '<script>'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const abstractLike = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' '));

describe('readers on arbitrary input', () => {
  it.each(CORPUS_FORMATS)('%s never throws and reports problems with a location', (format) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseCorpus(text, 'f', format);
        for (const p of result.problems) expect(p.file).toBe('f');
        for (const paper of result.papers) expect(paper.title && paper.abstract).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });

  it('JSON Lines with arbitrary JSON values never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (values) => {
        const text = values.map((v) => JSON.stringify(v) ?? 'null').join('\n');
        const result = parseCorpus(text, 'f.jsonl', 'jsonl');
        expect(result.papers.length + result.problems.length).toBeLessThanOrEqual(Math.max(1, values.length));
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractors and graph on arbitrary text', () => {
  it('never throw and every fact carries evidence and a rule', () => {
    fc.assert(
      fc.property(abstractLike, abstractLike, (title, abstract) => {
        const { facts } = extract({ title, abstract });
        for (const fact of facts) {
          expect(fact.sentence.length).toBeGreaterThan(0);
          expect(fact.rule.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('build graphs that keep the schema', () => {
    const record = fc.record({ title: abstractLike, abstract: abstractLike });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const text = records.map((r) => JSON.stringify(r)).join('\n');
        const { papers } = dedupePapers(parseCorpus(text, 'f.jsonl', 'jsonl').papers);
        const graph = buildGraph(papers, { layout: { iterations: 2 } });
        expect(graphViolations(graph)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
