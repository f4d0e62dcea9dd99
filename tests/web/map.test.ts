// End-to-end tests of the map in Debian's Chromium: the built app served by
// `papergraph serve`'s server, first with a small hand-written graph
// (tests/web/fixture-graph.ts), then with the seed corpus built in-process. One file, so
// one Vite build and one browser. Screenshots land in test-results/web/ to look at.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../src/io/server.js';
import { NODE_COLORS } from '../../graph/appearance.js';
import { FADED_NODE_COLOR } from '../../web/data/palette.js';
import { buildFixtureGraph, XSS_MODEL, XSS_TITLE } from './fixture-graph.js';
import { runCli } from '../helpers/cli.js';
import {
  buildApp,
  closeAll,
  launchBrowser,
  openPage,
  paintedPixels,
  ROOT,
  screenshot,
  searchAndChoose,
  serveGraph,
  SHOTS,
  suggestions,
  type WatchedPage,
} from './harness.js';

const out = await mkdtemp(join(tmpdir(), 'papergraph-seed-'));
const built = await runCli(['build', join(ROOT, 'seeds/papers.txt'), '--out', out]);
const seed: unknown = built.code === 0 ? JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) : null;

function hasEdge(graph: unknown, type: string, source: string, target: string): boolean {
  if (typeof graph !== 'object' || graph === null || !('edges' in graph) || !Array.isArray(graph.edges)) return false;
  return graph.edges.some(
    (e: unknown) =>
      typeof e === 'object' &&
      e !== null &&
      'source' in e &&
      'target' in e &&
      'attributes' in e &&
      e.source === source &&
      e.target === target &&
      typeof e.attributes === 'object' &&
      e.attributes !== null &&
      'type' in e.attributes &&
      e.attributes.type === type,
  );
}

function isGraphExport(value: unknown): value is { nodes: unknown[]; edges: unknown[] } {
  return typeof value === 'object' && value !== null && 'nodes' in value && Array.isArray(value.nodes) && 'edges' in value && Array.isArray(value.edges);
}

const seedHasLineage = hasEdge(seed, 'derived_from', 'model:biobert', 'model:bert');

let browser: Browser;
let server: RunningServer;
let seedServer: RunningServer | undefined;
const pages: WatchedPage[] = [];

async function open(hash = '', viewport?: { width: number; height: number }): Promise<WatchedPage> {
  const watched = await openPage(browser, server.url + hash, viewport);
  pages.push(watched);
  await watched.page.locator('canvas').first().waitFor();
  return watched;
}

/** `#29b6f6` -> `r="41" g="182" b="246"`, as the GEXF writes colours. */
function vizColor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `r="${r}" g="${g}" b="${b}"`;
}

const details = (w: WatchedPage) => w.page.getByRole('complementary', { name: 'Node details' });

beforeAll(async () => {
  [browser, server, seedServer] = await Promise.all([launchBrowser(), serveGraph(buildFixtureGraph().export()), seedHasLineage ? serveGraph(seed) : undefined]);
});

afterAll(() => closeAll({ pages, browser, servers: [server, seedServer], dirs: [out] }));

// Generous timeouts: the machine running CI or these tests may be shared.
describe('the map', { timeout: 60_000 }, () => {
  it('builds without inline scripts (the CSP forbids them)', async () => {
    const html = await readFile(join(await buildApp(), 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('loads with a painted canvas, a legend and no console errors', async () => {
    const w = await open();
    await w.page.getByText('graph.json: ').waitFor();
    await w.page.waitForTimeout(300);
    await screenshot(w.page, '01-loaded');
    expect(await paintedPixels(w.page, '.map')).toBeGreaterThan(500);
    await expect.poll(() => w.page.getByRole('checkbox', { name: 'Show model nodes' }).isChecked()).toBe(true);
    expect(w.problems).toEqual([]);
  });

  it('searching "BioBERT" selects it; the panel names BERT as base model with evidence', async () => {
    const w = await open();
    await searchAndChoose(w, 'BioBERT', /^BioBERT/);
    const panel = details(w);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('BioBERT');
    const base = panel.locator('section', { has: w.page.getByRole('heading', { name: /^Parents/ }) });
    expect(await base.getByRole('link').allTextContents()).toEqual(['BERT']);
    expect(await panel.locator('.evidence').textContent()).toContain('initialized with BERT and further pre-trained');
    expect(new URL(w.page.url()).hash).toBe('#node=BioBERT');
    await w.page.waitForTimeout(600);
    await screenshot(w.page, '02-biobert');
    expect(w.problems).toEqual([]);
  });

  it('reloading restores the selection from the hash', async () => {
    const w = await open('#node=model%3Abiobert&tab=lineage');
    const panel = details(w);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('BioBERT');
    await w.page.reload();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('BioBERT');
    expect(await panel.getByRole('tab', { name: 'Lineage' }).getAttribute('aria-selected')).toBe('true');
    expect(await panel.textContent()).toContain('ChemBERT');
    expect(w.problems).toEqual([]);
  });

  it('suggests by alias and navigates through neighbour links and the lineage tree', async () => {
    const w = await open();
    const box = w.page.getByRole('combobox', { name: 'Search nodes' });
    await box.fill('xlm-roberta');
    const option = suggestions(w).getByRole('option').first();
    expect(await option.textContent()).toContain('XLM-R');
    expect(await option.textContent()).toContain('XLM-RoBERTa');
    await box.press('Enter');
    const panel = details(w);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('XLM-R');
    await panel.getByRole('link', { name: 'RoBERTa', exact: true }).first().click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('RoBERTa');
    expect(new URL(w.page.url()).hash).toBe('#node=RoBERTa');
    await searchAndChoose(w, 'BERT', /^BERT/);
    await panel.getByRole('tab', { name: 'Lineage' }).click();
    const tree = panel.locator('.lineage');
    expect(await tree.textContent()).toContain('Built from BERT');
    expect(await tree.locator('li li').allTextContents()).toContain('ChemBERT (fine-tuned)');
    await w.page.waitForTimeout(600);
    await screenshot(w.page, '03-lineage');
    expect(w.problems).toEqual([]);
  });

  it('hiding a node type or an edge type hides it on the map, in search and in the hash', async () => {
    const w = await open();
    await w.page.waitForTimeout(300);
    const before = await paintedPixels(w.page, '.map');
    await w.page.getByRole('checkbox', { name: 'Show paper nodes' }).uncheck();
    await w.page.getByRole('checkbox', { name: 'Show language nodes' }).uncheck();
    expect(new URL(w.page.url()).hash).toBe('#hide=paper%2Clanguage');
    await w.page.waitForTimeout(300);
    await screenshot(w.page, '04-hidden-papers');
    const after = await paintedPixels(w.page, '.map');
    expect(after).toBeLessThan(before);
    await w.page.getByRole('combobox', { name: 'Search nodes' }).fill('BioBERT: a pre-trained');
    expect(await suggestions(w).getByRole('option').allTextContents()).toEqual([]);
    await w.page.getByRole('checkbox', { name: 'Show derived from (lineage) edges' }).uncheck();
    expect(new URL(w.page.url()).hash).toBe('#hide=paper%2Clanguage&hideEdges=derived_from');
    await w.page.waitForTimeout(300);
    expect(await paintedPixels(w.page, '.map')).toBeLessThan(after);
    await w.page.reload();
    await expect.poll(() => w.page.getByRole('checkbox', { name: 'Show paper nodes' }).isChecked()).toBe(false);
    expect(await w.page.getByRole('checkbox', { name: 'Show derived from (lineage) edges' }).isChecked()).toBe(false);
    expect(await w.page.getByRole('checkbox', { name: 'Show model nodes' }).isChecked()).toBe(true);
    expect(w.problems).toEqual([]);
  });

  it('opening a corpus file builds and shows a new graph in the browser', async () => {
    const w = await open();
    await w.page.getByText('graph.json: ').waitFor();
    await w.page.getByLabel('Corpus file').setInputFiles(join(import.meta.dirname, 'fixtures/small-corpus.jsonl'));
    const status = w.page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Built \d+ nodes from 3 papers in small-corpus\.jsonl; 1 records skipped/);
    expect(await w.page.locator('footer').textContent()).toMatch(/small-corpus\.jsonl: \d+ nodes/);
    await searchAndChoose(w, 'TinyLM', /TinyLM/);
    await expect.poll(() => details(w).getByRole('heading', { level: 2 }).textContent()).toContain('TinyLM');
    await w.page.waitForTimeout(600);
    await screenshot(w.page, '05-own-corpus');
    expect(await paintedPixels(w.page, '.map')).toBeGreaterThan(100);
    expect(w.problems).toEqual([]);
  });

  it('builds a corpus file dropped on the page', async () => {
    const w = await open();
    await w.page.getByText('graph.json: ').waitFor();
    const text = await readFile(join(import.meta.dirname, 'fixtures/small-corpus.jsonl'), 'utf8');
    const transfer = await w.page.evaluateHandle((body) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], 'dropped.jsonl', { type: 'application/json' }));
      return dt;
    }, text);
    await w.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await w.page.getByText('Drop a corpus file').waitFor();
    await w.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => w.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/from 3 papers in dropped\.jsonl/);
    expect(await w.page.getByText('Drop a corpus file').count()).toBe(0);
    expect(w.problems).toEqual([]);
  });

  it('shows hostile titles, abstracts and names as text; nothing executes', async () => {
    const w = await open();
    const box = w.page.getByRole('combobox', { name: 'Search nodes' });
    await box.fill('Attack');
    const suggestion = suggestions(w).getByRole('option').first();
    expect(await suggestion.textContent()).toContain('<script>window.__xss=2</script>');
    await suggestion.click();
    const panel = details(w);
    expect(await panel.textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await panel.textContent()).toContain('<svg onload="window.__xss=5">');
    expect(await panel.getByRole('link', { name: 'Open the paper' }).count()).toBe(0);
    await panel.getByRole('link', { name: XSS_MODEL }).first().click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(XSS_MODEL);
    // The camera centres on the selection: hovering the middle of the map shows its tooltip.
    await w.page.waitForTimeout(700);
    const map = await w.page.locator('.map').boundingBox();
    if (!map) throw new Error('no map');
    await w.page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await expect.poll(() => w.page.getByRole('tooltip').textContent()).toContain(XSS_MODEL);
    await screenshot(w.page, '06-xss-as-text');
    const state = await w.page.evaluate(() => ({
      xss: Object.prototype.hasOwnProperty.call(window, '__xss'),
      injected: document.querySelectorAll('#root img, #root script, #root svg[onload], #root b').length,
    }));
    expect(state).toEqual({ xss: false, injected: 0 });
    expect(XSS_TITLE).toContain('<script>');
    expect(w.problems).toEqual([]);
  });

  it('exports the GEXF of what is shown and a PNG snapshot', async () => {
    // A selection fades most of the map through reducers; the graph itself must keep its colours.
    const w = await open('#node=model%3Achembert&hide=paper');
    await w.page.getByText('graph.json: ').waitFor();
    const [gexf] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export GEXF' }).click()]);
    const text = await readFile(await gexf.path(), 'utf8');
    expect(text).toContain('<gexf');
    expect(text).toContain('BioBERT');
    expect(text).toContain('<node id="model:biobert"');
    expect(text).not.toContain('<node id="paper:');
    expect(text).not.toContain(vizColor(FADED_NODE_COLOR)); // the reducers' faded colour never reaches the graph
    expect(text).toContain(vizColor(NODE_COLORS.benchmark)); // a faded benchmark keeps its colour
    const [png] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export PNG' }).click()]);
    const bytes = await readFile(await png.path());
    await png.saveAs(join(SHOTS, '09-exported.png'));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(png.suggestedFilename()).toBe('papergraph-graph-without-paper-2400px.png');
    expect(gexf.suggestedFilename()).toBe('papergraph-graph-without-paper.gexf');
    expect(w.problems).toEqual([]);
  });

  it('re-runs ForceAtlas2 in a worker and stops it', async () => {
    const w = await open();
    await w.page.getByRole('button', { name: 'Run layout' }).click();
    await w.page.waitForTimeout(800);
    await w.page.getByRole('button', { name: 'Stop layout' }).click();
    await w.page.getByRole('button', { name: 'Run layout' }).waitFor();
    await screenshot(w.page, '07-after-layout');
    expect(await paintedPixels(w.page, '.map')).toBeGreaterThan(500);
    expect(w.problems).toEqual([]);
  });

  it('is usable in a narrow window and from the keyboard', async () => {
    const w = await open('', { width: 420, height: 800 });
    await w.page.keyboard.press('Tab');
    const focused = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Search nodes');
    await w.page.keyboard.type('biob');
    const box = w.page.getByRole('combobox', { name: 'Search nodes' });
    const first = await box.getAttribute('aria-activedescendant');
    await w.page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).not.toBe(first);
    await w.page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(first);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => details(w).getByRole('heading', { level: 2 }).textContent()).toBe('BioBERT');
    const [mapBox, panelBox] = await Promise.all([w.page.locator('.map').boundingBox(), details(w).boundingBox()]);
    expect(mapBox && mapBox.width).toBeGreaterThan(380);
    expect(panelBox && mapBox && panelBox.y).toBeGreaterThanOrEqual((mapBox?.y ?? 0) + (mapBox?.height ?? 0) - 1);
    await screenshot(w.page, '08-narrow');
    expect(w.problems).toEqual([]);
  });
});

describe('the map of the seed corpus', { timeout: 60_000 }, () => {
  it('the seed build succeeds', () => {
    expect(built.code).toBe(0);
  });

  it.skipIf(!seedHasLineage)('searching "BioBERT" names BERT as its base model, with evidence', async () => {
    if (!seedServer) throw new Error('no seed server');
    const w = await openPage(browser, seedServer.url);
    pages.push(w);
    await w.page.locator('canvas').first().waitFor();
    await w.page.waitForTimeout(300);
    await screenshot(w.page, '10-seed-loaded');
    expect(await paintedPixels(w.page, '.map')).toBeGreaterThan(2000);
    await searchAndChoose(w, 'BioBERT', /^BioBERT\b.*model$/);
    const panel = w.page.getByRole('complementary', { name: 'Node details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('BioBERT');
    const base = panel.locator('section', { has: w.page.getByRole('heading', { name: /^Parents/ }) });
    expect(await base.getByRole('link').allTextContents()).toContain('BERT');
    const evidence = await panel.locator('.evidence li', { hasText: 'derived from' }).first().textContent();
    expect(evidence).toMatch(/BERT/);
    expect(evidence).toMatch(/from BioBERT: a pre-trained biomedical language representation model/);
    await w.page.waitForTimeout(600);
    await screenshot(w.page, '11-seed-biobert');
    expect(w.problems).toEqual([]);
  });

  it.skipIf(!seedHasLineage)('opening the seed corpus in the browser builds the same graph as the CLI', async () => {
    if (!seedServer || !isGraphExport(seed)) throw new Error('no seed graph');
    const w = await openPage(browser, seedServer.url);
    pages.push(w);
    await w.page.getByText('graph.json: ').waitFor();
    // Record the progress bar and its highest value while the worker builds.
    await w.page.evaluate(() => {
      const seen = { progress: 0 };
      Object.assign(window, { seenProgress: seen });
      new MutationObserver(() => {
        const bar = document.querySelector('progress[aria-label="Build progress"]');
        if (bar instanceof HTMLProgressElement) seen.progress = Math.max(seen.progress, bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await w.page.getByLabel('Corpus file').setInputFiles(join(ROOT, 'seeds/papers.txt'));
    const shown = w.page.locator('footer > span').first();
    await expect.poll(() => shown.textContent(), { timeout: 30_000 }).toMatch(/^papers\.txt: /);
    await screenshot(w.page, '12-seed-built-in-browser');
    expect(await shown.textContent()).toBe(`papers.txt: ${seed.nodes.length} nodes, ${seed.edges.length} edges`);
    const progress = await w.page.evaluate(() => ('seenProgress' in window ? JSON.stringify(window.seenProgress) : '{}'));
    expect(JSON.parse(progress).progress).toBeGreaterThan(1);
    expect(w.problems).toEqual([]);
  });
});
