// Extraction on several cores with worker_threads: papers go out in chunks, facts come back
// and are put in input order, so the graph is the same as with one thread. The main thread
// takes chunks too, so it works while the workers start (about a second each).

import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { extract } from '../../extractors/index.js';
import type { Extraction, Paper, PaperText } from '../types.js';
import type { ChunkRequest, ChunkResponse } from './extract-worker.js';

export const DEFAULT_WORKERS = Math.max(1, availableParallelism());
const CHUNK_SIZE = 100;
/** Below this many papers per extra thread, starting a worker costs more than it saves. */
const PAPERS_PER_EXTRA_THREAD = 2000;

export interface ParallelExtraction {
  extractions: Extraction[];
  /** Threads actually used, the main thread included: small corpora stay on the main thread. */
  workers: number;
}

/** Extract every paper with up to `workers` threads (1 = this thread only). Results are in input order. */
export async function extractInParallel(
  papers: readonly Paper[],
  workers: number = DEFAULT_WORKERS,
  onProgress?: (done: number, total: number) => void,
): Promise<ParallelExtraction> {
  const threads = Math.max(1, Math.min(workers, 1 + Math.floor(papers.length / PAPERS_PER_EXTRA_THREAD)));
  const chunks: PaperText[][] = [];
  for (let i = 0; i < papers.length; i += CHUNK_SIZE) {
    chunks.push(papers.slice(i, i + CHUNK_SIZE).map((p) => ({ title: p.title, abstract: p.abstract })));
  }
  const results: Extraction[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const finish = (chunk: number, extractions: Extraction[]) => {
    results[chunk] = extractions;
    done += extractions.length;
    onProgress?.(done, papers.length);
  };

  // The main thread: one chunk at a time, yielding so worker replies are handled.
  const mainLoop = async () => {
    for (let chunk = next++; chunk < chunks.length; chunk = next++) {
      finish(chunk, (chunks[chunk] ?? []).map((p) => extract(p)));
      if (threads > 1) await yieldToEvents();
    }
  };
  const pool = Array.from({ length: threads - 1 }, () => new Worker(new URL('./extract-worker-boot.mjs', import.meta.url)));
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        const chunk = next++;
        const papersOfChunk = chunks[chunk];
        if (!papersOfChunk) return resolve();
        const request: ChunkRequest = { chunk, papers: papersOfChunk };
        worker.postMessage(request);
      };
      worker.on('message', (response: ChunkResponse) => {
        finish(response.chunk, response.extractions);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
      });
      worker.once('online', send);
    });
  try {
    await Promise.all([mainLoop(), ...pool.map(runWorker)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { extractions: results.flat(), workers: threads };
}
