// Extractions kept in chunks, some as objects and some packed by a worker, read as one
// list exactly like the array of all of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { ChunkedExtractions } from '../../src/io/chunked-extractions.js';
import { packFacts } from '../../src/io/packed-facts.js';
import { parseCorpus } from '../../src/readers/index.js';

const seeds = parseCorpus(readFileSync(join(import.meta.dirname, '../../seeds/papers.txt'), 'utf8'), 'seeds').papers;

describe('ChunkedExtractions', () => {
  const chunks = [seeds.slice(0, 7), seeds.slice(7, 8), seeds.slice(8, 30), seeds.slice(30, 31)];
  const extractions = chunks.map((chunk) => chunk.map((p) => extract(p)));
  // Chunks 0 and 2 as a worker sends them, 1 and 3 as this thread keeps them.
  const list = new ChunkedExtractions(
    chunks,
    chunks.map((chunk, k) => (k % 2 === 0 ? packFacts(chunk, extractions[k] ?? []) : (extractions[k] ?? []))),
  );
  const flat = extractions.flat();

  it('reads as the array of every chunk in order, in order or not', () => {
    expect(list.length).toBe(31);
    expect(Array.from({ length: 31 }, (_, i) => list.at(i))).toStrictEqual(flat);
    for (const i of [30, 0, 7, 8, 6, 15, 7, 29]) expect(list.at(i)).toStrictEqual(flat[i]);
  });

  it('answers like Array.prototype.at outside the list', () => {
    for (const i of [-1, -31, -32, 31, 1.5, -0.5, Number.NaN]) expect(list.at(i)).toStrictEqual(flat.at(i));
    expect(new ChunkedExtractions([], []).at(0)).toBeUndefined();
  });

  it('needs one chunk of facts per chunk of papers', () => {
    expect(() => new ChunkedExtractions([seeds.slice(0, 1)], [])).toThrow(/0 chunks of facts for 1 chunks of papers/);
  });
});
