// Extraction on several cores with worker_threads: papers go out in chunks, facts come back
// and are put in input order, so the graph is the same as with one thread. The main thread
// takes chunks too, so it works while workers that were not started early still load.

import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { extract } from '../../extractors/index.js';
import type { Extraction, ExtractionList, Paper, PaperText } from '../types.js';
import type { ChunkRequest, ChunkResponse } from './extract-worker.js';
import { ChunkedExtractions } from './chunked-extractions.js';
import type { PackedFacts } from './packed-facts.js';
import { startWorkerPool, type PoolWorker, type WorkerPool } from './worker-pool.js';
import { DEFAULT_WORKERS } from './default-workers.js';

export { DEFAULT_WORKERS };

const CHUNK_SIZE = 250;
/**
 * Below this many papers per extra thread, a worker costs more than it saves: its start
 * (bundle, load, warm-up) and the two threads slowing each other down (each runs about 13%
 * slower than one alone here) eat the gain. On the 10k bench corpus two threads measured no
 * faster than one; on 100k, 1.8x. A setting object so tests can use threads on small corpora.
 */
export const PARALLEL = { papersPerExtraThread: 15_000 };

/** Threads worth using for `papers` papers with at most `workers` threads (1 = this thread only). */
export function threadsFor(papers: number, workers: number): number {
  return Math.max(1, Math.min(workers, 1 + Math.floor(papers / PARALLEL.papersPerExtraThread)));
}

export interface ParallelExtraction {
  /** In input order; workers' chunks stay packed until read (chunked-extractions.ts). */
  extractions: ExtractionList;
  /** Threads actually used, the main thread included: small corpora stay on the main thread. */
  workers: number;
}

/**
 * Extract every paper with up to `workers` threads (1 = this thread only). Results are in
 * input order. Workers come from `pool` when the caller started them early (it closes it);
 * otherwise they are started here and stopped before returning.
 */
export async function extractInParallel(
  papers: readonly Paper[],
  workers: number = DEFAULT_WORKERS,
  onProgress?: (done: number, total: number) => void,
  pool?: WorkerPool,
): Promise<ParallelExtraction> {
  const threads = threadsFor(papers.length, workers);
  const chunks: PaperText[][] = [];
  for (let i = 0; i < papers.length; i += CHUNK_SIZE) {
    chunks.push(papers.slice(i, i + CHUNK_SIZE).map((p) => ({ title: p.title, abstract: p.abstract })));
  }
  const results: Array<Extraction[] | PackedFacts> = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const finish = (chunk: number, extractions: Extraction[] | PackedFacts) => {
    results[chunk] = extractions;
    done += chunks[chunk]?.length ?? 0;
    onProgress?.(done, papers.length);
  };

  // Set when a thread fails (the others stop taking chunks) and once the call ends.
  let aborted = false;
  // The main thread: one chunk at a time, yielding so worker replies are handled.
  const mainLoop = async () => {
    // Workers that are already loaded (a build starts them early) get their first chunks
    // before this thread takes one; otherwise this costs one turn of the event loop.
    if (threads > 1) await yieldToEvents();
    for (let chunk = next++; chunk < chunks.length && !aborted; chunk = next++) {
      finish(
        chunk,
        (chunks[chunk] ?? []).map((p) => extract(p)),
      );
      if (threads > 1) await yieldToEvents();
    }
  };
  const runWorker = ({ worker, online, failed }: PoolWorker) =>
    new Promise<void>((resolve, reject) => {
      // The main thread may have done everything while this worker was loading.
      if (next >= chunks.length) {
        resolve();
        return;
      }
      let inFlight = 0;
      const send = () => {
        const papersOfChunk = chunks[next];
        if (!papersOfChunk || aborted) {
          if (inFlight === 0) resolve();
          return;
        }
        const request: ChunkRequest = { chunk: next++, papers: papersOfChunk };
        inFlight++;
        worker.postMessage(request);
      };
      worker.on('message', (response: ChunkResponse) => {
        inFlight--;
        finish(response.chunk, response.facts);
        send();
      });
      // An error or exit, even one that came before this call, ends the extraction.
      failed.catch(reject);
      // Two chunks in flight: the main thread answers only between its own chunks, and a
      // worker with one chunk would sit idle waiting for the next.
      online.then(() => {
        send();
        send();
      }, reject);
    });
  // Workers the caller started, topped up with our own when it started fewer than needed.
  const owned: WorkerPool[] = [];
  const helpers = async () => {
    if (threads <= 1) return;
    const given = pool ? (await pool.workers()).slice(0, threads - 1) : [];
    // The call may have ended (an error on the main thread) while the pool was loading.
    if (aborted) return;
    const missing = threads - 1 - given.length;
    const own = missing > 0 ? startWorkerPool(missing) : undefined;
    if (own) owned.push(own);
    const all = [...given, ...(own ? await own.workers() : [])];
    await Promise.all(all.map(runWorker));
  };
  // The main thread starts at once; workers join as soon as they are loaded.
  const stop = (error: unknown): never => {
    aborted = true;
    throw error;
  };
  try {
    await Promise.all([mainLoop().catch(stop), helpers().catch(stop)]);
  } finally {
    aborted = true;
    await Promise.all(owned.map((p) => p.close()));
  }
  return { extractions: new ChunkedExtractions(chunks, results), workers: threads };
}
