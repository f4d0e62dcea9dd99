import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseCorpus } from '../../src/readers/index.js';
import { formatProblem } from '../../src/readers/types.js';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/corpora', name);
const read = (name: string) => parseCorpus(readFileSync(fixture(name), 'utf8'), name);

describe('format detection', () => {
  it.each([
    ['trending.txt', 'trending'],
    ['papers.jsonl', 'jsonl'],
    ['arxiv.atom.xml', 'atom'],
    ['hf-daily.json', 'hf-daily'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(readFileSync(fixture(name), 'utf8'))).toBe(format);
  });
});

describe('trending page reader', () => {
  const result = read('trending.txt');
  it('drops the header and the glued "Subscribe"', () => {
    expect(result.papers.map((p) => p.title)).toEqual(['AlphaNet: A Test Model', 'Sabiá Goes to School']);
    expect(result.problems).toEqual([]);
  });
  it('resolves LaTeX in display text and keeps the raw text', () => {
    const [, second] = result.papers;
    expect(second?.abstract).toBe('We evaluate Sabiá-65B with a 4× speed-up using NLLB 1B.');
    expect(second?.rawAbstract).toContain("Sabi\\'a-65B");
    expect(second?.source).toEqual({ file: 'trending.txt', line: 5 });
  });
  it('reports a title with no abstract at the end', () => {
    const r = parseCorpus('Title one\nAbstract one.\nDangling title\n', 'x.txt');
    expect(r.papers).toHaveLength(1);
    expect(r.problems.map(formatProblem)).toEqual(['x.txt:3: title "Dangling title" has no abstract']);
  });
  it('reads CRLF line ends', () => {
    expect(parseCorpus('T1\r\nA1.\r\nT2\r\nA2.\r\n', 'crlf.txt').papers.map((p) => p.abstract)).toEqual(['A1.', 'A2.']);
  });
});

describe('JSON Lines reader', () => {
  const result = read('papers.jsonl');
  it('reads good records around bad ones', () => {
    expect(result.papers.map((p) => p.title)).toEqual(['First Paper', 'Second Paper', 'Snapshot Record']);
  });
  it('names file and line of each bad record', () => {
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^papers\.jsonl:3: invalid JSON/),
      'papers.jsonl:5: paper "No abstract here" has no abstract',
    ]);
  });
  it('maps optional fields, arXiv ids and the snapshot layout', () => {
    const [first, second, snapshot] = result.papers;
    expect(first).toMatchObject({ id: '2101.00001', published: '2021-01-01', authors: ['Ada Lovelace', 'Alan Turing'] });
    expect(first?.url).toBe('https://arxiv.org/abs/2101.00001');
    expect(second).toMatchObject({ id: '2101.00002', abstract: 'A second abstract.', published: '2021-02-03' });
    expect(snapshot).toMatchObject({ id: '0704.0001', published: '2008-11-13', authors: ['C. Balázs', 'E. L. Berger'] });
  });
});

describe('arXiv Atom reader', () => {
  const result = read('arxiv.atom.xml');
  it('reads entries with ids, dates and authors', () => {
    expect(result.problems).toEqual([]);
    expect(result.papers[0]).toMatchObject({
      id: '1810.04805',
      url: 'http://arxiv.org/abs/1810.04805v2',
      title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      abstract: 'We introduce a new language representation model called BERT.',
      published: '2018-10-11',
      authors: ['Jacob Devlin', 'Ming-Wei Chang'],
      source: { file: 'arxiv.atom.xml', line: 4 },
    });
    expect(result.papers[1]?.title).toBe('BioBERT & friends');
  });
  it('reports invalid XML with its line', () => {
    const r = parseCorpus('<feed>\n<entry><title>x</entry>\n</feed>', 'bad.xml');
    expect(r.papers).toEqual([]);
    expect(formatProblem(r.problems[0]!)).toMatch(/^bad\.xml:2: invalid XML/);
  });
});

describe('Hugging Face daily papers reader', () => {
  const result = read('hf-daily.json');
  it('reads papers and names bad records by number', () => {
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({ id: '2401.00001', published: '2024-01-02', authors: ['A. Author'] });
    expect(result.problems.map(formatProblem)).toEqual([
      'hf-daily.json record 2: paper "Daily Two" has no abstract',
      'hf-daily.json record 3: record has no title',
    ]);
  });
});

describe('whole-file problems', () => {
  it.each([
    ['', 'file is empty'],
    ['\uFEFF  \n', 'file is empty'],
  ])('%j -> %s', (text, message) => {
    expect(parseCorpus(text, 'f').problems[0]?.message).toBe(message);
  });
  it('drops a byte-order mark and NUL bytes', () => {
    const r = parseCorpus('\uFEFF{"title":"T\u0000","abstract":"A"}\n', 'bom.jsonl');
    expect(r.papers.map((p) => p.title)).toEqual(['T']);
  });
});
