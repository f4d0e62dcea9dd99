// Paper keys are the full identity of a paper: papers that differ only after the 120th
// character of the title, emoji-only titles, and ids that differ only by case or version
// never share a node; the same corpus gives the same keys in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalArxivId, paperKey, titleIdentity } from '../../graph/paper-keys.js';
import { buildGraph, dedupePapers } from '../../src/pipeline.js';
import { parseCorpus } from '../../src/readers/index.js';

const LONG = 'Towards a Unified Understanding of Parameter-Efficient Fine-Tuning for Large Language Models Across Many Tasks and Languages: ';
const ENDINGS = ['Part One', 'Part Two', 'Part Three', 'A Survey', 'A Benchmark', 'An Analysis', 'Revisited'];

const record = (title: string, extra: Record<string, string> = {}) =>
  JSON.stringify({ title, abstract: `We fine-tune BERT for ${title.slice(-12)}.`, ...extra });

function paperNodes(lines: string[]) {
  const { papers } = dedupePapers(parseCorpus(lines.join('\n'), 'p.jsonl', 'jsonl').papers);
  const graph = buildGraph(papers, { layout: false });
  return graph.filterNodes((_key, a) => a.type === 'paper').sort();
}

describe('paper keys', () => {
  it('keep nine papers apart when their long titles share the first 120 characters', () => {
    const lines = [...ENDINGS.map((e) => record(LONG + e)), record('🚀🚀'), record('🔥🔥')];
    expect(paperNodes(lines)).toHaveLength(9);
  });

  it.each([
    ['arXiv id without version', { id: '2401.00001', title: 'T' }, 'paper:2401.00001'],
    ['arXiv id with version', { id: '2401.00001v3', title: 'T' }, 'paper:2401.00001'],
    ['old-style id with subject class', { id: 'math.AG/0101001v2', title: 'T' }, 'paper:math/0101001'],
    ['another source id, kept exact', { id: 'HF-Abc', title: 'T' }, 'paper:id:HF-Abc'],
    ['a short title', { title: 'BioBERT: a biomedical model' }, 'paper:biobert-a-biomedical-model'],
  ])('%s', (_name, paper, key) => {
    expect(paperKey(paper)).toBe(key);
  });

  it('give long and emoji-only titles a hashed key that names the title', () => {
    expect(paperKey({ title: LONG + 'Part One' })).toMatch(/^paper:towards-a-unified-[a-z-]+~[0-9a-f]{16}$/);
    expect(paperKey({ title: '🚀' })).toMatch(/^paper:untitled~[0-9a-f]{16}$/);
    expect(paperKey({ title: '🚀' })).not.toBe(paperKey({ title: '🔥' }));
  });

  it('treat ids that differ by case as different papers, versions as one', () => {
    expect(paperNodes([record('A', { id: 'ab-1' }), record('B', { id: 'AB-1' })])).toHaveLength(2);
    expect(paperNodes([record('A', { id: '2401.00001v1' }), record('A', { id: '2401.00001v2' })])).toHaveLength(1);
    expect(canonicalArxivId('https://arxiv.org/abs/2401.00001v2')).toBe('2401.00001');
  });

  it('keep two different arXiv papers that share a title', () => {
    expect(paperNodes([record('Introduction', { id: '2401.00001' }), record('Introduction', { id: '2401.00002' })])).toHaveLength(2);
  });

  it('are distinct for distinct titles and the same in any order (property)', () => {
    const titles = fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), {
      minLength: 2,
      maxLength: 8,
      selector: titleIdentity,
    });
    fc.assert(
      fc.property(titles, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const keys = list.map((title) => paperKey({ title }));
        expect(new Set(keys).size).toBe(list.length);
        const withIds = list.map((title, i) => record(title, i % 3 === 0 ? { id: `2401.${String(10000 + i)}` } : {}));
        const dupes = [...withIds, record(list[0]!)]; // an id-less copy of a paper that has an id
        const shuffled = [...dupes].sort(() => (randoms.next().value % 3) - 1);
        const valid = dupes.filter((l) => parseCorpus(l, 'x', 'jsonl').papers.length > 0);
        if (valid.length < dupes.length) return; // a title of spaces only is not a paper
        expect(paperNodes(shuffled)).toEqual(paperNodes(dupes));
      }),
      { numRuns: 100 },
    );
  });
});
