// Extraction on several cores with worker_threads: papers go out in chunks, facts come back
// and are put in input order, so the graph is the same as with one worker.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractPapers } from '../pipeline.js';
import type { Extraction, Paper } from '../types.js';
import type { ChunkRequest, ChunkResponse } from './extract-worker.js';

export const DEFAULT_WORKERS = Math.max(1, availableParallelism());
const CHUNK_SIZE = 200;

export interface ParallelExtraction {
  extractions: Extraction[];
  /** Threads actually used: small corpora stay on the main thread. */
  workers: number;
}

/** Extract every paper with up to `workers` threads (1 = this thread). Results are in input order. */
export async function extractInParallel(
  papers: readonly Paper[],
  workers: number = DEFAULT_WORKERS,
  onProgress?: (done: number, total: number) => void,
): Promise<ParallelExtraction> {
  const count = Math.min(workers, Math.ceil(papers.length / CHUNK_SIZE));
  if (count <= 1) return { extractions: extractPapers(papers, undefined, onProgress), workers: 1 };

  const chunks: ChunkRequest[] = [];
  for (let i = 0; i < papers.length; i += CHUNK_SIZE) {
    chunks.push({
      chunk: chunks.length,
      papers: papers.slice(i, i + CHUNK_SIZE).map((p) => ({ title: p.title, abstract: p.abstract })),
    });
  }
  const results: Extraction[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: count }, () => new Worker(new URL('./extract-worker-boot.mjs', import.meta.url)));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const request = chunks[next++];
              if (request) worker.postMessage(request);
              else resolve();
            };
            worker.on('message', (response: ChunkResponse) => {
              results[response.chunk] = response.extractions;
              done += response.extractions.length;
              onProgress?.(done, papers.length);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { extractions: results.flat(), workers: count };
}
