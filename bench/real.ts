// The bench on real text: builds the real arXiv corpus (../shared/corpora, read in place)
// with the compiled CLI, then times what a user waits for: CLI start-up (--help, --version),
// neighbour and lineage queries on that graph (with its query index, and once without it),
// and the HTTP API of `papergraph serve`. Every figure is also given as a ratio to `node -e 0`
// and to loading graph.json, both measured in this same run. Writes bench/out/real.json.
// Run by `npm run bench` (BENCH_REAL=0 skips it) or alone: `npx tsx bench/real.ts`.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CORPUS = resolve(process.env['BENCH_REAL_CORPUS'] ?? '../shared/corpora/arxiv-daily-2025-2026.jsonl');
const OUT = resolve('bench/out/real');
const CLI = resolve('dist/lib/src/cli.js');
const RUNS = Number(process.env['BENCH_REAL_RUNS'] ?? 7);
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Timed {
  ms: number;
  /** Peak resident memory of the process, when GNU time is there to tell. */
  rssMb?: number;
}

/** One process run, timed from spawn to exit (what a user waits for). */
function timeOnce(args: readonly string[]): Timed {
  const command = GNU_TIME ? [GNU_TIME, '-f', 'maxrss=%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const result = spawnSync(command[0] ?? process.execPath, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`bench: ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  const rss = /maxrss=(\d+)/.exec(result.stderr)?.[1];
  return rss ? { ms, rssMb: Number(rss) / 1024 } : { ms };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

interface Measure {
  name: string;
  args: string[];
  runs: number;
}

/** Each command `runs` times, taking turns, so a busy moment of the machine hits all alike. */
function timeAll(measures: readonly Measure[]): Map<string, { ms: number; rssMb?: number; all: number[] }> {
  const samples = new Map<string, Timed[]>(measures.map((m) => [m.name, []]));
  const rounds = Math.max(...measures.map((m) => m.runs));
  for (let round = 0; round < rounds; round++) {
    for (const m of measures) if (round < m.runs) samples.get(m.name)?.push(timeOnce(m.args));
  }
  const out = new Map<string, { ms: number; rssMb?: number; all: number[] }>();
  for (const [name, list] of samples) {
    const rss = list.map((t) => t.rssMb).filter((r): r is number => r !== undefined);
    out.set(name, { ms: median(list.map((t) => t.ms)), ...(rss.length ? { rssMb: Math.max(...rss) } : {}), all: list.map((t) => Math.round(t.ms)) });
  }
  return out;
}

/** Median and 95th percentile of `count` requests to each API URL (after one warm-up). */
async function timeApi(urls: readonly string[], count: number): Promise<{ url: string; status: number; medianMs: number; p95Ms: number; bytes: number }[]> {
  const app = mkdtempSync(join(tmpdir(), 'papergraph-bench-app-'));
  writeFileSync(join(app, 'index.html'), '<!doctype html>');
  const child = spawn(process.execPath, [CLI, 'serve', OUT, '--port', '0', '--app', app], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((ok, fail) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const m = /http:\/\/[^\s]+\//.exec(text);
        if (m) ok(m[0]);
      });
      child.once('exit', (code) => fail(new Error(`bench: serve exited with ${code}`)));
    });
    const rows = [];
    for (const url of urls) {
      const first = await fetch(new URL(url, base));
      const bytes = (await first.arrayBuffer()).byteLength;
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        const res = await fetch(new URL(url, base));
        await res.arrayBuffer();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      rows.push({ url, status: first.status, medianMs: median(times), p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0, bytes });
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
    rmSync(app, { recursive: true, force: true });
  }
}

export interface RealBench {
  corpus: string;
  build: { ms: number; rssMb?: number; nodes: string };
  commands: Record<string, { ms: number; rssMb?: number; all: number[]; vsNode: number; vsLoad: number }>;
  api: Awaited<ReturnType<typeof timeApi>>;
  checks: { target: string; measured: string; met: boolean }[];
}

export async function realBench(): Promise<RealBench | undefined> {
  if (!existsSync(CORPUS)) {
    process.stderr.write(`bench: no real corpus at ${CORPUS}; skipping the real-text bench\n`);
    return undefined;
  }
  if (process.env['BENCH_REAL_REUSE'] !== '1' || !existsSync(CLI)) {
    process.stderr.write('bench: compiling the library (npm run build:lib)...\n');
    execFileSync('npm', ['run', '--silent', 'build:lib'], { stdio: 'inherit' });
  }
  mkdirSync(OUT, { recursive: true });
  // BENCH_REAL_REUSE=1 times the queries on the graph an earlier run built.
  const reuse = process.env['BENCH_REAL_REUSE'] === '1' && existsSync(join(OUT, 'graph.index'));
  process.stderr.write(reuse ? `bench: reusing ${OUT}\n` : `bench: building the real corpus ${CORPUS} with the compiled CLI...\n`);
  const build = reuse ? { ms: 0 } : timeOnce([CLI, 'build', CORPUS, '--out', OUT]);
  const summary = spawnSync(process.execPath, [CLI, 'query', 'neighbours', 'BERT', '--graph', OUT], { encoding: 'utf8' }).stdout.split('\n')[0] ?? '';

  const graph = join(OUT, 'graph.json');
  const q = (...args: string[]) => [CLI, ...args, '--graph', OUT, '--json'];
  process.stderr.write('bench: start-up and queries...\n');
  const timed = timeAll([
    { name: 'node -e 0', args: ['-e', '0'], runs: RUNS },
    { name: 'papergraph --help', args: [CLI, '--help'], runs: RUNS },
    { name: 'papergraph --version', args: [CLI, '--version'], runs: RUNS },
    { name: 'query neighbours BERT', args: q('query', 'neighbours', 'BERT'), runs: RUNS },
    { name: 'query neighbours BERT --depth 2', args: q('query', 'neighbours', 'BERT', '--depth', '2'), runs: RUNS },
    { name: 'lineage BERT', args: q('lineage', 'BERT'), runs: RUNS },
    { name: 'lineage LLaMA', args: q('lineage', 'LLaMA'), runs: RUNS },
    { name: 'query papers BERT', args: q('query', 'papers', 'BERT'), runs: RUNS },
    // The baseline queries are compared with: reading and validating graph.json, once per run.
    {
      name: 'load graph.json (loadGraph)',
      args: [
        '--input-type=module',
        '-e',
        `import { loadGraph } from ${JSON.stringify(resolve('dist/lib/src/index.js'))}; loadGraph(${JSON.stringify(graph)});`,
      ],
      runs: 2,
    },
  ]);
  // The same query without the index: what every query cost before it.
  renameSync(join(OUT, 'graph.index'), join(OUT, 'graph.index.off'));
  let unindexed;
  try {
    unindexed = timeAll([{ name: 'query neighbours BERT, no index', args: q('query', 'neighbours', 'BERT'), runs: 1 }]);
  } finally {
    renameSync(join(OUT, 'graph.index.off'), join(OUT, 'graph.index'));
  }
  for (const [k, v] of unindexed) timed.set(k, v);

  process.stderr.write('bench: the HTTP API...\n');
  const api = await timeApi(
    [
      'api/neighbours?name=BERT',
      'api/neighbours?name=BERT&type=model&depth=2',
      'api/lineage?name=BERT',
      'api/papers?name=BERT&limit=20',
      'api/node?name=BERT',
      'api/search?q=bert',
      'api/node?name=Bertt',
      'api/path?from=BioBERT&to=LLaMA',
    ],
    20,
  );

  const nodeMs = timed.get('node -e 0')?.ms ?? 1;
  const loadMs = timed.get('load graph.json (loadGraph)')?.ms ?? 1;
  const commands: RealBench['commands'] = {};
  for (const [name, t] of timed) commands[name] = { ...t, vsNode: t.ms / nodeMs, vsLoad: t.ms / loadMs };

  const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  const lines = ['| command | median | vs node -e 0 | vs loading graph.json | peak MB | runs (ms) |', '|---|---|---|---|---|---|'];
  for (const [name, c] of Object.entries(commands)) {
    lines.push(`| ${name} | ${fmt(c.ms)} | ${c.vsNode.toFixed(1)}× | ${c.vsLoad.toFixed(3)}× | ${c.rssMb ? Math.round(c.rssMb) : '?'} | ${c.all.join(', ')} |`);
  }
  lines.push('', '| API request | status | median | p95 | bytes |', '|---|---|---|---|---|');
  for (const r of api) lines.push(`| /${r.url} | ${r.status} | ${r.medianMs.toFixed(1)} ms | ${r.p95Ms.toFixed(1)} ms | ${r.bytes} |`);
  process.stdout.write(
    `\nReal corpus: ${CORPUS}\nbuild: ${fmt(build.ms)}, peak ${build.rssMb ? Math.round(build.rssMb) : '?'} MB; ${summary}\n\n${lines.join('\n')}\n`,
  );

  const help = commands['papergraph --help'];
  const neighbour = commands['query neighbours BERT'];
  const lineage = commands['lineage BERT'];
  const apiNeighbours = api.find((r) => r.url === 'api/neighbours?name=BERT');
  const checks = [
    { target: 'papergraph --help within 0.25 s', measured: fmt(help?.ms ?? 0), met: (help?.ms ?? Infinity) <= 250 },
    {
      target: 'real corpus: neighbour query within 1.0 s and 600 MB',
      measured: `${fmt(neighbour?.ms ?? 0)}, ${Math.round(neighbour?.rssMb ?? 0)} MB`,
      met: (neighbour?.ms ?? Infinity) <= 1000 && (neighbour?.rssMb ?? 0) <= 600,
    },
    {
      target: 'real corpus: lineage query within 1.0 s and 600 MB',
      measured: `${fmt(lineage?.ms ?? 0)}, ${Math.round(lineage?.rssMb ?? 0)} MB`,
      met: (lineage?.ms ?? Infinity) <= 1000 && (lineage?.rssMb ?? 0) <= 600,
    },
    {
      target: 'real corpus: /api/neighbours?name=BERT within 50 ms (median)',
      measured: `${(apiNeighbours?.medianMs ?? 0).toFixed(1)} ms`,
      met: (apiNeighbours?.medianMs ?? Infinity) < 50,
    },
  ];
  const result: RealBench = { corpus: CORPUS, build: { ...build, nodes: summary }, commands, api, checks };
  writeFileSync('bench/out/real.json', `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await realBench();
  if (result) process.stdout.write(`\n${result.checks.map((c) => `${c.met ? 'met    ' : 'NOT MET'}  ${c.target}: ${c.measured}`).join('\n')}\n`);
}
