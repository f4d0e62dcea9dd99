// Extraction on several cores with worker_threads: papers go out in chunks, facts come back
// and are put in input order, so the graph is the same as with one thread. The main thread
// takes chunks too, so it works while the workers start (about a second each).

import { build } from 'esbuild';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { extract } from '../../extractors/index.js';
import type { Extraction, Paper, PaperText } from '../types.js';
import type { ChunkRequest, ChunkResponse } from './extract-worker.js';

export const DEFAULT_WORKERS = Math.max(1, availableParallelism());
const CHUNK_SIZE = 250;
/** Below this many papers per extra thread, starting a worker costs more than it saves. */
const PAPERS_PER_EXTRA_THREAD = 2000;

let bundled: Promise<string> | undefined;

/**
 * The worker's code as one plain script, bundled once per process with esbuild: a worker
 * started through the TypeScript loader spent about two seconds transforming files.
 */
function workerSource(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./extract-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

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
  const source = threads > 1 ? await workerSource() : '';
  const pool = Array.from({ length: threads - 1 }, () => new Worker(source, { eval: true }));
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        const papersOfChunk = chunks[next];
        if (!papersOfChunk) {
          if (inFlight === 0) resolve();
          return;
        }
        const request: ChunkRequest = { chunk: next++, papers: papersOfChunk };
        inFlight++;
        worker.postMessage(request);
      };
      worker.on('message', (response: ChunkResponse) => {
        inFlight--;
        finish(response.chunk, response.extractions);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
      });
      // Two chunks in flight: the main thread answers only between its own chunks, and a
      // worker with one chunk would sit idle waiting for the next.
      worker.once('online', () => {
        send();
        send();
      });
    });
  try {
    await Promise.all([mainLoop(), ...pool.map(runWorker)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { extractions: results.flat(), workers: threads };
}
