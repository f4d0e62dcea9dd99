// Runs the extractors on chunks of papers sent by the main thread (worker_threads).
// No graph work here: facts go back to the main thread, which merges them in order.

import { parentPort } from 'node:worker_threads';
import { extract } from '../../extractors/index.js';
import type { Extraction, PaperText } from '../types.js';

export interface ChunkRequest {
  chunk: number;
  papers: PaperText[];
}

export interface ChunkResponse {
  chunk: number;
  extractions: Extraction[];
}

parentPort?.on('message', (request: ChunkRequest) => {
  const extractions = request.papers.map((paper) => extract(paper));
  const response: ChunkResponse = { chunk: request.chunk, extractions };
  parentPort?.postMessage(response);
});
