// readCorpusFiles on big files: more records than a spread call can take (a year of arXiv),
// and a file with a bad byte decoded once with its line named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, readCorpusFiles } from '../../src/io/read-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-read-'));

describe('readCorpusFiles', () => {
  it('reads 200,000 records from one file (past the call-stack limit of push(...))', async () => {
    const file = join(dir, 'big.jsonl');
    const lines = Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ id: `x${i}`, title: `T${i}`, abstract: 'A.' }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const read = await readCorpusFiles([file]);
    expect(read.papers).toHaveLength(200_000);
    expect(read.papers.at(-1)?.title).toBe('T199999');
    expect(read.problems).toEqual([]);
  }, 60_000);
});

describe('decodeUtf8', () => {
  it.each([
    ['valid text', Buffer.from('a\nb\n'), 'a\nb\n', 0],
    ['a bad byte on line 2', Buffer.concat([Buffer.from('a\nb'), Buffer.from([0xff]), Buffer.from('\n')]), 'a\nb\uFFFD\n', 2],
  ])('%s', (_name, bytes, text, badLine) => {
    expect(decodeUtf8(bytes)).toEqual({ text, badLine });
  });
});
