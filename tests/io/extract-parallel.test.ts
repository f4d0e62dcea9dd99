// Parallel extraction gives exactly the facts of one thread, in input order, whether the
// workers are started here or ahead of time by the build (and then maybe never used).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { buildFiles } from '../../src/io/build-files.js';
import { extractInParallel, PARALLEL, threadsFor } from '../../src/io/extract-parallel.js';
import { startWorkerPool, type PoolWorker, type WorkerPool } from '../../src/io/worker-pool.js';
import { parseCorpus } from '../../src/readers/index.js';
import type { ExtractionList, Paper } from '../../src/types.js';

const seeds = parseCorpus(readFileSync(join(import.meta.dirname, '../../seeds/papers.txt'), 'utf8'), 'seeds').papers;
/** `n` papers cycling through the seeds, each title numbered so chunks differ. */
const corpus = (n: number): Paper[] =>
  Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length] ?? seeds[0];
    if (!seed) throw new Error('no seed papers');
    return { ...seed, title: `${seed.title} (${i})` };
  });

/** Run `work` with a pool of one worker started ahead of time, closed afterwards whatever happens. */
async function withOnePoolWorker(work: (pool: WorkerPool, started: PoolWorker | undefined) => Promise<void>): Promise<void> {
  const pool = startWorkerPool(1);
  try {
    const [started] = await pool.workers();
    await work(pool, started);
  } finally {
    await pool.close();
  }
}

/** Every extraction of a list, read in order as the merge reads them. */
const listed = (list: ExtractionList) => Array.from({ length: list.length }, (_, i) => list.at(i));

// Threads from 1,000 papers per extra thread on, so the tests run on small corpora.
const PAPERS_PER_EXTRA_THREAD = 1000;
const saved = { ...PARALLEL };
beforeAll(() => {
  PARALLEL.papersPerExtraThread = PAPERS_PER_EXTRA_THREAD;
});
afterAll(() => {
  Object.assign(PARALLEL, saved);
});

describe('threadsFor', () => {
  it.each([
    [100, 2, 1],
    [PAPERS_PER_EXTRA_THREAD - 1, 2, 1],
    [PAPERS_PER_EXTRA_THREAD, 2, 2],
    [10 * PAPERS_PER_EXTRA_THREAD, 2, 2],
    [10 * PAPERS_PER_EXTRA_THREAD, 1, 1],
    [3 * PAPERS_PER_EXTRA_THREAD, 8, 4],
  ])('%i papers, at most %i threads: %i', (papers, workers, threads) => {
    expect(threadsFor(papers, workers)).toBe(threads);
  });
});

describe('extractInParallel', () => {
  const papers = corpus(PAPERS_PER_EXTRA_THREAD + 500);
  const sequential = papers.map((p) => extract(p));

  it('two threads give the facts of one thread, in order', async () => {
    const result = await extractInParallel(papers, 2);
    expect(result.workers).toBe(2);
    expect(listed(result.extractions)).toStrictEqual(sequential);
  }, 60_000);

  it('uses workers started ahead of time, and leaves closing them to their owner', async () => {
    await withOnePoolWorker(async (pool, started) => {
      let replies = 0;
      started?.worker.on('message', () => replies++);
      const result = await extractInParallel(papers, 2, undefined, pool);
      expect(listed(result.extractions)).toStrictEqual(sequential);
      expect(replies).toBeGreaterThan(0);
      expect(started?.worker.threadId).toBeGreaterThan(0);
    });
  }, 60_000);

  it('tops up a pool smaller than the threads asked for', async () => {
    const pool = startWorkerPool(0);
    const result = await extractInParallel(papers, 2, undefined, pool);
    expect(result.workers).toBe(2);
    expect(listed(result.extractions)).toStrictEqual(sequential);
  }, 60_000);

  it('a pool worker that died before the extraction makes it fail, not hang', async () => {
    await withOnePoolWorker(async (pool, started) => {
      await started?.online;
      await started?.worker.terminate();
      await expect(extractInParallel(papers, 2, undefined, pool)).rejects.toThrow(/extraction worker stopped/);
    });
  }, 60_000);

  it('a small corpus stays on this thread even with a pool ready', async () => {
    const pool = startWorkerPool(1);
    try {
      const few = papers.slice(0, 30);
      const result = await extractInParallel(few, 2, undefined, pool);
      expect(result.workers).toBe(1);
      expect(listed(result.extractions)).toStrictEqual(sequential.slice(0, 30));
    } finally {
      await pool.close();
    }
  });
});

describe('buildFiles with workers', () => {
  it('writes the same graph.json and GEXF with one thread and two', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-threads-'));
    try {
      const file = join(dir, 'corpus.jsonl');
      const lines = corpus(PAPERS_PER_EXTRA_THREAD + 500).map((p, i) => JSON.stringify({ id: `t-${i}`, title: p.title, abstract: p.abstract }));
      writeFileSync(file, `${lines.join('\n')}\n`);
      const one = await buildFiles([file], { outDir: join(dir, 'one'), workers: 1 });
      const two = await buildFiles([file], { outDir: join(dir, 'two'), workers: 2 });
      expect([one.workers, two.workers]).toEqual([1, 2]);
      for (const name of ['graph.json', 'graph.gexf']) {
        expect(readFileSync(join(dir, 'two', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('startWorkerPool', () => {
  it('closed before its code is bundled, it starts no worker', async () => {
    const pool = startWorkerPool(2);
    await pool.close();
    expect(await pool.workers()).toEqual([]);
  });
});
