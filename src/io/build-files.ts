// The whole file-to-file build: read corpora, deduplicate, extract (worker threads), merge,
// lay out, write graph.json and graph.gexf atomically. Shared by `papergraph build` and the benchmark.

import { join } from 'node:path';
import { gexfChunks } from '../../graph/export/gexf.js';
import { graphJsonChunks } from '../../graph/export/graph-json.js';
import { layoutGraph } from '../../graph/layout.js';
import type { PaperGraph } from '../../graph/schema.js';
import { StageTimer } from '../build-report.js';
import { InputError } from '../errors.js';
import { buildGraph, dedupePapers } from '../pipeline.js';
import { formatProblem, type CorpusFormat, type Problem } from '../readers/types.js';
import { writeFileAtomic } from './atomic-write.js';
import { DEFAULT_WORKERS, extractInParallel } from './extract-parallel.js';
import { readCorpusFiles, type FileReport } from './read-corpus.js';

export interface BuildFilesOptions {
  outDir: string;
  format?: CorpusFormat;
  layout?: boolean;
  gexf?: boolean;
  workers?: number;
  /** Stamped as `firstAdded` on every node. */
  label?: string;
  onProgress?: (done: number, total: number) => void;
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
  timer: StageTimer;
}

/** Read, deduplicate, extract and merge; the papers and facts die with this call (memory). */
async function readAndMerge(files: readonly string[], options: BuildFilesOptions, timer: StageTimer) {
  const read = await timer.time('read', () => readCorpusFiles(files, options.format));
  const { papers, duplicates } = dedupePapers(read.papers);
  if (papers.length === 0) {
    const detail = read.problems.slice(0, 10).map(formatProblem).join('\n  ');
    throw new InputError(`no papers could be read from ${files.join(', ')}${detail ? `:\n  ${detail}` : ''}`);
  }
  const { extractions, workers } = await timer.time('extract', () =>
    extractInParallel(papers, options.workers ?? DEFAULT_WORKERS, options.onProgress),
  );
  const graph = await timer.time('merge', () =>
    buildGraph(papers, { extractions, layout: false, ...(options.label ? { firstAdded: options.label } : {}) }),
  );
  return { graph, workers, duplicates, papers: papers.length, bytes: read.bytes, files: read.files, problems: read.problems };
}

export async function buildFiles(files: readonly string[], options: BuildFilesOptions): Promise<BuildFilesReport> {
  const timer = new StageTimer();
  const merged = await readAndMerge(files, options, timer);
  const { graph } = merged;
  const layout = options.layout === false ? undefined : await timer.time('layout', () => layoutGraph(graph));
  const written = [join(options.outDir, 'graph.json')];
  if (options.gexf !== false) written.push(join(options.outDir, 'graph.gexf'));
  await timer.time('write', async () => {
    await writeFileAtomic(join(options.outDir, 'graph.json'), graphJsonChunks(graph));
    if (options.gexf !== false) await writeFileAtomic(join(options.outDir, 'graph.gexf'), gexfChunks(graph));
  });
  return { ...merged, ...(layout ? { layout } : {}), written, timer };
}
