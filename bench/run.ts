// `npm run bench`: builds generated corpora of 1k, 10k and 100k papers, each in its own
// process, with 1 worker and with all cores, then the real arXiv corpus (bench/real.ts: start-up,
// queries, the HTTP API); prints tables and writes bench/out/results.json.
// Not a test: it measures. Ratios compare runs on the same text in the same process.
// Each build runs BENCH_RUNS times (3 by default), one and all cores taking turns, and the
// median counts: on this VM the same build varies by 10-15% from run to run.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCorpus } from '../src/readers/index.js';
import { generateCorpus } from './corpus.js';
import { realBench } from './real.js';

interface Run {
  papers: number;
  workers: number;
  mb: number;
  nodes: number;
  edges: number;
  stagesMs: Record<string, number>;
  buildMs: number;
  layout?: { iterations: number; barnesHut: boolean };
  peakRssMb: number;
  regexMs: number;
  nlpMs: number;
  nlpSampled: boolean;
}

const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').filter(Boolean).map(Number);
const repeats = Number(process.env['BENCH_RUNS'] ?? 3);
if (!Number.isInteger(repeats) || repeats < 1) {
  process.stderr.write(`bench: BENCH_RUNS must be a whole number of runs, 1 or more (got ${process.env['BENCH_RUNS']})\n`);
  process.exit(2);
}
const cores = availableParallelism();
mkdirSync('bench/out', { recursive: true });

/** The generated corpus of `papers` papers, written once here and read by both runs of that size. */
function corpusFile(papers: number): string {
  const file = `bench/out/corpus-${papers}.jsonl`;
  const seeds = parseCorpus(readFileSync('seeds/papers.txt', 'utf8'), 'seeds/papers.txt').papers;
  writeFileSync(file, generateCorpus(seeds, papers));
  return file;
}

function measure(corpus: string, papers: number, workers: number): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', corpus, String(workers), `bench/out/run-${papers}-${workers}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const graphHash = (papers: number, workers: number) =>
  createHash('sha256')
    .update(readFileSync(`bench/out/run-${papers}-${workers}/graph.json`))
    .digest('hex');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
/** The run whose whole build time is the median: the row the table shows. */
const medianRun = (runs: Run[]): Run => {
  const run = [...runs].sort((a, b) => a.buildMs - b.buildMs)[(runs.length - 1) >> 1];
  if (!run) throw new Error('bench: no runs to take a median of');
  return run;
};
const extractMs = (run: Run) => run.stagesMs['extract'] ?? 0;
const readMs = (run: Run) => run.stagesMs['read'] ?? 0;

const rows: { size: number; one: Run; all: Run; ones: Run[]; alls: Run[] }[] = [];
for (const size of sizes) {
  const corpus = corpusFile(size);
  const ones: Run[] = [];
  const alls: Run[] = [];
  for (let round = 1; round <= repeats; round++) {
    process.stderr.write(`bench: ${size} papers, 1 worker (run ${round} of ${repeats})...\n`);
    ones.push(measure(corpus, size, 1));
    if (cores > 1) {
      process.stderr.write(`bench: ${size} papers, ${cores} workers (run ${round} of ${repeats})...\n`);
      alls.push(measure(corpus, size, cores));
    }
  }
  const one = medianRun(ones);
  rows.push({ size, one, all: cores > 1 ? medianRun(alls) : one, ones, alls: cores > 1 ? alls : ones });
}

const header = [
  'papers',
  'MB',
  'nodes',
  'edges',
  'workers',
  'read s',
  'extract s',
  'merge s',
  'layout s',
  'write s',
  'total s',
  'papers/s',
  'MB/s',
  'peak MB',
  'vs compromise',
  'vs regex',
  'extract speed-up',
];
const table: string[][] = [];
for (const { size, one, all, ones, alls } of rows) {
  for (const run of cores > 1 ? [one, all] : [one]) {
    const st = run.stagesMs;
    table.push([
      String(size),
      run.mb.toFixed(1),
      String(run.nodes),
      String(run.edges),
      String(run.workers),
      s(st['read'] ?? 0),
      s(st['extract'] ?? 0),
      s(st['merge'] ?? 0),
      s(st['layout'] ?? 0),
      s(st['write'] ?? 0),
      s(run.buildMs),
      Math.round((run.papers / run.buildMs) * 1000).toString(),
      ((run.mb / run.buildMs) * 1000).toFixed(2),
      Math.round(run.peakRssMb).toString(),
      `${(run.nlpMs / run.buildMs).toFixed(1)}× faster${run.nlpSampled ? '*' : ''}`,
      `${(run.buildMs / run.regexMs).toFixed(0)}× slower`,
      // Medians of every run's extraction, as the scaling check takes them (there, with the extra reading).
      run === one ? '1.00×' : `${(median(ones.map(extractMs)) / median(alls.map(extractMs))).toFixed(2)}×`,
    ]);
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const text = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join('\n');
const machine = `${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
// Every run, not only the medians the table shows.
const spread = rows
  .map(({ size, ones, alls }) => {
    const list = (runs: Run[], pick: (r: Run) => number) => runs.map((r) => s(pick(r))).join(', ');
    const lines = [`${size} papers, 1 worker: total ${list(ones, (r) => r.buildMs)} s; extract ${list(ones, extractMs)} s`];
    if (cores > 1) lines.push(`${size} papers, ${cores} workers: total ${list(alls, (r) => r.buildMs)} s; extract ${list(alls, extractMs)} s`);
    return lines.join('\n');
  })
  .join('\n');
process.stdout.write(`${text}\n\nmachine: ${machine}\n`);
process.stdout.write(`median of ${repeats} run(s) each; every run:\n${spread}\n`);
process.stdout.write('The table shows the run with the median total; the checks below take medians over all runs, so a ratio there can differ from its row.\n');
process.stdout.write(
  'vs compromise: time of a plain `nlp(text)` parse of every title+abstract divided by our whole build time (read, extract, merge, layout, write graph.json and graph.gexf).\n',
);
process.stdout.write(
  '* compromise timed on the first 1,000 papers of the same corpus and scaled by size (a full parse of 100k papers would take about 20 minutes).\n',
);
process.stdout.write('vs regex: our whole build time divided by one regex tokenisation pass over the same text (the floor).\n');
// The targets of the performance issue, checked on what was just measured.
const checks: { target: string; measured: string; met: boolean }[] = [];
// Medians over the runs: each run's ratio is taken in its own process, on the same text.
for (const { size, ones } of rows) {
  const ratio = median(ones.map((r) => r.nlpMs / r.buildMs));
  checks.push({ target: `${size} papers, 1 worker: build >= 15x faster than compromise`, measured: `${ratio.toFixed(1)}x`, met: ratio >= 15 });
}
// Scaling is checked on the largest size that actually ran on several threads.
const parallel = [...rows].reverse().find((r) => r.all.workers > 1);
if (parallel) {
  const { size, ones, alls } = parallel;
  // Workers start during reading (the build waits for their code to be bundled there), so
  // the extra reading time of the multi-thread runs is counted against their extraction.
  const startUp = Math.max(0, median(alls.map(readMs)) - median(ones.map(readMs)));
  const scale = median(ones.map(extractMs)) / (median(alls.map(extractMs)) + startUp);
  checks.push({
    target: `${size} papers: extraction scales >= 1.7x on ${cores} cores (with the ${s(startUp)} s more reading)`,
    measured: `${scale.toFixed(2)}x`,
    met: scale >= 1.7,
  });
}
const largest = rows[rows.length - 1];
if (largest && cores > 1) {
  const { size } = largest;
  const same = graphHash(size, 1) === graphHash(size, cores);
  checks.push({ target: `${size} papers: same graph.json with 1 and ${cores} workers`, measured: same ? 'identical' : 'different', met: same });
}
const big = rows.find((r) => r.size === 100_000);
if (big) {
  // Time and memory on the worst run, not the median.
  const slowest = Math.max(...big.alls.map((r) => r.buildMs));
  checks.push({ target: '100,000 papers end to end in <= 120 s (default workers, slowest run)', measured: `${s(slowest)} s`, met: slowest <= 120_000 });
  const peak = Math.max(...big.ones.map((r) => r.peakRssMb), ...big.alls.map((r) => r.peakRssMb));
  checks.push({ target: '100,000 papers peak memory <= 3 GB (any run)', measured: `${Math.round(peak)} MB`, met: peak <= 3000 });
}
// Real text: the arXiv corpus built with the compiled CLI, start-up, queries and the API.
const real = process.env['BENCH_REAL'] === '0' ? undefined : await realBench();
if (real) checks.push(...real.checks);
let map: unknown;
if (process.env['BENCH_MAP'] !== '0' && existsSync('bench/map.ts') && existsSync('/usr/bin/chromium')) {
  process.stderr.write('bench: the map of the 10k-paper graph in headless Chromium...\n');
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/map.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
  map = existsSync('bench/out/map.json') ? JSON.parse(readFileSync('bench/out/map.json', 'utf8')) : undefined;
}
process.stdout.write(`\n${checks.map((c) => `${c.met ? 'met    ' : 'NOT MET'}  ${c.target}: ${c.measured}`).join('\n')}\n`);
writeFileSync('bench/out/results.json', `${JSON.stringify({ machine, rows, checks, real, map }, null, 2)}\n`);
process.stdout.write('wrote bench/out/results.json\n');
