// One benchmark run in its own process (so peak memory is this run's): build a generated
// corpus end to end, then time the two baselines on the same text. The process holds
// nothing but the build while it runs, as the CLI would.
// Usage: tsx bench/measure.ts CORPUS.jsonl WORKERS OUTDIR  -> prints one JSON line.

import nlp from 'compromise';
import { mkdirSync, readFileSync } from 'node:fs';
import { buildFiles } from '../src/io/build-files.js';
import { parseCorpus } from '../src/readers/index.js';

/** Abstracts the compromise baseline parses; bigger corpora are timed on this sample, per MB. */
export const COMPROMISE_SAMPLE = 1000;

const [corpusFile = 'bench/out/corpus-1000.jsonl', workers = '1', outDir = 'bench/out/run'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

/** The build, kept to a summary: the graph is released before the baselines run, so they do not pay for its heap. */
async function build() {
  const report = await buildFiles([corpusFile], { outDir, workers: Number(workers) });
  const buildMs = report.timer.totalMs();
  return {
    papers: report.papers,
    workers: report.workers,
    nodes: report.graph.order,
    edges: report.graph.size,
    stagesMs: report.timer.ms,
    buildMs,
    layout: report.layout,
  };
}
const built = await build();
const { buildMs } = built;
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
clearInterval(sampler);

// The baselines' text, read only now: during the build the process held nothing else.
const texts = parseCorpus(readFileSync(corpusFile, 'utf8'), corpusFile).papers.map((p) => `${p.title}\n${p.abstract}`);
const textBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

// Baseline 1: the floor, reading the text once with a regex tokeniser.
let tokens = 0;
const regexStart = performance.now();
for (const text of texts) tokens += text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
const regexMs = performance.now() - regexStart;

// Baseline 2: a plain compromise parse of every abstract (a sample on big corpora).
const sample = texts.slice(0, COMPROMISE_SAMPLE);
const sampleBytes = sample.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const nlpStart = performance.now();
for (const text of sample) nlp(text);
const nlpSampleMs = performance.now() - nlpStart;
const nlpMs = nlpSampleMs * (textBytes / sampleBytes);

process.stdout.write(
  `${JSON.stringify({
    papers: built.papers,
    workers: built.workers,
    mb: textBytes / 1e6,
    nodes: built.nodes,
    edges: built.edges,
    stagesMs: built.stagesMs,
    buildMs,
    layout: built.layout,
    peakRssMb: peakRss / 1e6,
    regexMs,
    tokens,
    nlpMs,
    nlpSampled: sample.length < texts.length,
  })}\n`,
);
