// The whole file-to-file build: read corpora, deduplicate, extract (worker threads), merge,
// lay out, write graph.json and graph.gexf as one set (write-outputs.ts), all under the output
// directory's lock. Shared by `papergraph build` and the benchmark.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { layoutGraph } from '../../graph/layout.js';
import type { PaperGraph } from '../../graph/schema.js';
import { StageTimer } from '../build-report.js';
import { InputError } from '../errors.js';
import { buildGraph, dedupePapers } from '../pipeline.js';
import { formatProblem, type CorpusFormat, type Problem } from '../readers/types.js';
import { DEFAULT_WORKERS, extractInParallel, threadsFor } from './extract-parallel.js';
import { checkInputs, readCorpusFiles, type FileReport } from './read-corpus.js';
import { writeQueryIndex } from './query-index.js';
import { startWorkerPool, type WorkerPool } from './worker-pool.js';
import { outputName, prepareOutputDir, writeOutputs, type GraphOutput } from './write-outputs.js';
import { overviewOutputs } from './overview-file.js';

export interface BuildFilesOptions {
  outDir: string;
  format?: CorpusFormat;
  layout?: boolean;
  gexf?: boolean;
  workers?: number;
  /** Stamped as `firstAdded` on every node. */
  label?: string;
  onProgress?: (done: number, total: number) => void;
  /** Seconds to wait when another run holds the output directory (default: fail at once). */
  waitSeconds?: number;
}

export interface BuildFilesReport {
  graph: PaperGraph;
  papers: number;
  bytes: number;
  files: FileReport[];
  problems: Problem[];
  duplicates: Problem[];
  workers: number;
  layout?: { iterations: number; barnesHut: boolean };
  written: string[];
  /** Files of an interrupted run's set that this run finished renaming first. */
  repaired: string[];
  timer: StageTimer;
}

/** Corpus bytes per paper, on the low side of real corpora (the seed page has ~1,250): over-counting only starts a worker early. */
const BYTES_PER_PAPER_ESTIMATE = 1000;

/**
 * Extraction workers started before reading when the files' size says the corpus is big
 * enough to use them, so they load while the main thread reads. Unreadable files count 0.
 */
async function prewarmWorkers(files: readonly string[], workers: number): Promise<WorkerPool | undefined> {
  if (workers <= 1) return undefined;
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => (s.isFile() ? s.size : 0),
        () => 0,
      ),
    ),
  );
  const threads = threadsFor(sizes.reduce((sum, size) => sum + size, 0) / BYTES_PER_PAPER_ESTIMATE, workers);
  if (threads <= 1) return undefined;
  const pool = startWorkerPool(threads - 1);
  // Wait until the workers exist (their code is bundled in about 0.2 s): parsing the corpus
  // blocks this thread, and would hold back their start until it ends. A failure to start
  // them is reported by the extraction that uses them.
  await pool.workers().catch(() => undefined);
  return pool;
}

/** Read, deduplicate, extract and merge; the papers and facts die with this call (memory). */
async function readAndMerge(files: readonly string[], options: BuildFilesOptions, timer: StageTimer) {
  const workers = options.workers ?? DEFAULT_WORKERS;
  let pool: WorkerPool | undefined;
  try {
    // Reading counts the deduplication too, so the stages add up to the whole build.
    const { read, papers, duplicates } = await timer.time('read', async () => {
      pool = await prewarmWorkers(files, workers);
      const read = await readCorpusFiles(files, options.format);
      return { read, ...dedupePapers(read.papers) };
    });
    if (papers.length === 0) {
      const detail = read.problems.slice(0, 10).map(formatProblem).join('\n  ');
      throw new InputError(`no papers could be read from ${files.join(', ')}${detail ? `:\n  ${detail}` : ''}`);
    }
    const extracted = await timer.time('extract', () => extractInParallel(papers, workers, options.onProgress, pool));
    // The workers are done: stop them before merging (memory).
    await pool?.close();
    const graph = await timer.time('merge', () =>
      buildGraph(papers, { extractions: extracted.extractions, layout: false, ...(options.label ? { firstAdded: options.label } : {}) }),
    );
    return { graph, workers: extracted.workers, duplicates, papers: papers.length, bytes: read.bytes, files: read.files, problems: read.problems };
  } finally {
    await pool?.close();
  }
}

export async function buildFiles(files: readonly string[], options: BuildFilesOptions): Promise<BuildFilesReport> {
  const formats: GraphOutput[] = options.gexf === false ? ['graph'] : ['graph', 'gexf'];
  await checkInputs(files);
  // Checked before any work: the directory writable and free of another run, room on the disk.
  const lock = await prepareOutputDir(options.outDir, formats.map(outputName), {
    command: 'build',
    ...(options.waitSeconds ? { waitSeconds: options.waitSeconds } : {}),
  });
  try {
    const timer = new StageTimer();
    const merged = await readAndMerge(files, options, timer);
    const { graph } = merged;
    const layout = options.layout === false ? undefined : await timer.time('layout', () => layoutGraph(graph));
    const written = await timer.time('write', async () => {
      const files = await writeOutputs(graph, options.outDir, formats, { extra: await overviewOutputs(graph, options.outDir) });
      // After graph.json is in place: the index records its size and modification time.
      return [...files, await writeQueryIndex(graph, join(options.outDir, outputName('graph')))];
    });
    return { ...merged, ...(layout ? { layout } : {}), written, repaired: lock.repaired, timer };
  } finally {
    await lock.release();
  }
}
