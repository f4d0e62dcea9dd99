// Benchmark of the map on the 10k-paper graph: builds (or reuses) the graph, builds the app
// with Vite, serves both with papergraph's server and times, in headless Chromium, the first
// frame (navigation start -> `papergraph:first-frame`, median of 3 loads), a search until
// its suggestions show, and a hover until its highlight is drawn. Prints a table, writes
// bench/out/map.json and screenshots (bench/out/map-selected.png, map-hover.png).
// Standalone: `npx tsx bench/map.ts [--graph path/to/graph.json]`.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../src/io/server.js';
import { CHROMIUM_ARGS } from '../tests/web/harness.js';

const ROOT = join(import.meta.dirname, '..');
const PAPERS = 10_000;
const LOADS = 3;
const FIRST_FRAME_MARK = 'papergraph:first-frame';
const REUSED = join(ROOT, `bench/out/run-${PAPERS}-1/graph.json`);
const OWN_DIR = join(ROOT, `bench/out/map-${PAPERS}`);
const SEARCHES = ['bert', 'roberta', 'biobert'];
/** A node of the benchmark graph to centre on and hover (the seed corpus's best-known base). */
const HOVER_NODE = 'model:bert';

export interface MapBenchResult {
  graph: string;
  nodes: number;
  edges: number;
  graphMB: number;
  firstFrameMs: number[];
  firstFrameMedianMs: number;
  /** Medians of navigation -> graph.json fetched and parsed, -> validated into a graph. */
  graphParsedMedianMs: number;
  graphReadyMedianMs: number;
  searchMs: number[];
  searchMedianMs: number;
  hoverMs: number[];
  hoverMedianMs: number;
  machine: { cpus: number; model: string };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The 10k graph: --graph, bench/run.ts's output, or a build of the generated corpus. */
async function graphFile(): Promise<string> {
  const given = argValue('--graph');
  if (given) return given;
  if (existsSync(REUSED)) return REUSED;
  const own = join(OWN_DIR, 'graph.json');
  if (existsSync(own)) return own;
  // Loaded only to build: measuring a graph that exists needs no extractor code.
  const [{ buildFiles }, { parseCorpus }, { generateCorpus }] = await Promise.all([
    import('../src/io/build-files.js'),
    import('../src/readers/index.js'),
    import('./corpus.js'),
  ]);
  mkdirSync(OWN_DIR, { recursive: true });
  const seeds = parseCorpus(readFileSync(join(ROOT, 'seeds/papers.txt'), 'utf8'), 'seeds/papers.txt').papers;
  const corpus = join(OWN_DIR, `corpus-${PAPERS}.jsonl`);
  writeFileSync(corpus, generateCorpus(seeds, PAPERS));
  process.stderr.write(`building the ${PAPERS}-paper graph in ${OWN_DIR}…\n`);
  await buildFiles([corpus], { outDir: OWN_DIR, gexf: false });
  return own;
}

/**
 * Waits in the page until `selector` matches, then for two more frames (the render the
 * change scheduled); returns the page's clock. A string, because tsx would wrap named
 * functions in a helper that does not exist in the page.
 */
async function settled(page: Page, selector: string): Promise<number> {
  const now: unknown = await page.evaluate(`(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (!document.querySelector(${JSON.stringify(selector)})) await frame();
    await frame();
    await frame();
    return performance.now();
  })()`);
  return Number(now);
}

interface Load {
  firstFrame: number;
  parsed: number;
  ready: number;
}

async function firstFrame(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('crash', () => process.stderr.write('the page crashed\n'));
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK, { timeout: 120_000 });
    const at = async (mark: string) => Number(await page.evaluate(`performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? NaN`));
    return { firstFrame: await at(FIRST_FRAME_MARK), parsed: await at('papergraph:graph-parsed'), ready: await at('papergraph:graph-ready') };
  } finally {
    await context.close();
  }
}

async function interactions(browser: Browser, url: string): Promise<{ search: number[]; hover: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}#node=${encodeURIComponent(HOVER_NODE)}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK, { timeout: 120_000 });
    await page.waitForTimeout(1500); // camera centred on the selection, idle
    mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'bench/out/map-selected.png') });
    const box = page.getByRole('combobox', { name: 'Search nodes' });
    const search: number[] = [];
    for (const query of SEARCHES) {
      await box.fill('');
      await page.waitForTimeout(200);
      const t0 = await page.evaluate(() => performance.now());
      await box.fill(query);
      search.push((await settled(page, '[role="option"]')) - t0);
    }
    await box.fill('');
    await page.keyboard.press('Escape');
    const map = await page.locator('main.map').boundingBox();
    if (!map) throw new Error('no map on the page');
    const hover: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(map.x + 5, map.y + map.height - 5);
      await page.waitForTimeout(400);
      const t0 = await page.evaluate(() => performance.now());
      await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
      hover.push((await settled(page, '[role="tooltip"]')) - t0);
    }
    await page.screenshot({ path: join(ROOT, 'bench/out/map-hover.png') });
    return { search, hover };
  } finally {
    await context.close();
  }
}

export async function benchMap(): Promise<MapBenchResult> {
  const file = await graphFile();
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const count = (k: string) =>
    typeof json === 'object' && json !== null && k in json && Array.isArray(Reflect.get(json, k)) ? Reflect.get(json, k).length : 0;
  const appDir = await mkdtemp(join(tmpdir(), 'papergraph-bench-web-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: appDir, emptyOutDir: true } });
  const server = await startServer({ appDir, graphFile: file, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await firstFrame(browser, server.url));
    const firstFrameMs = loads.map((l) => l.firstFrame);
    const { search, hover } = await interactions(browser, server.url);
    return {
      graph: file,
      nodes: count('nodes'),
      edges: count('edges'),
      graphMB: readFileSync(file).length / 1e6,
      firstFrameMs,
      firstFrameMedianMs: median(firstFrameMs),
      graphParsedMedianMs: median(loads.map((l) => l.parsed)),
      graphReadyMedianMs: median(loads.map((l) => l.ready)),
      searchMs: search,
      searchMedianMs: median(search),
      hoverMs: hover,
      hoverMedianMs: median(hover),
      machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown' },
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(appDir, { recursive: true, force: true });
  }
}

function table(r: MapBenchResult): string {
  const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return [
    `map of ${r.nodes} nodes, ${r.edges} edges (${r.graphMB.toFixed(1)} MB graph.json), headless Chromium, ${r.machine.cpus} cores`,
    '| measure | median ms | runs ms |',
    '| --- | ---: | --- |',
    `| first frame (navigation -> ${FIRST_FRAME_MARK}) | ${r.firstFrameMedianMs.toFixed(0)} | ${ms(r.firstFrameMs)} |`,
    `| of which: navigation -> graph.json fetched and parsed | ${r.graphParsedMedianMs.toFixed(0)} | |`,
    `| of which: navigation -> graph validated and built | ${r.graphReadyMedianMs.toFixed(0)} | |`,
    `| search: typing -> suggestions shown | ${r.searchMedianMs.toFixed(0)} | ${ms(r.searchMs)} |`,
    `| hover: pointer on node -> highlight drawn | ${r.hoverMedianMs.toFixed(0)} | ${ms(r.hoverMs)} |`,
  ].join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const result = await benchMap();
  process.stdout.write(`${table(result)}\n`);
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/out/map.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write('wrote bench/out/map.json\n');
}
