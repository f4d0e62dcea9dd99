// Browser tests of "New since" and the publication-date slider: a graph built from the first
// half of a dated JSON Lines fixture with `papergraph build --label day1`, then the second
// half added with `papergraph add --label day2` (both through the CLI's main, in-process),
// served with the built app in Debian's Chromium. What the map shows is read back through
// "Export GEXF" (it exports what the filters show) and the search suggestions.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../src/io/server.js';
import { graphFromJson } from '../../src/graph-json.js';
import type { PaperGraph } from '../../graph/schema.js';
import { runCli } from '../helpers/cli.js';
import { closeAll, launchBrowser, openPage, paintedPixels, ROOT, screenshot, serveGraph, suggestions, type WatchedPage } from './harness.js';

const dir = await mkdtemp(join(tmpdir(), 'papergraph-days-'));
const lines = (await readFile(join(ROOT, 'tests/web/fixtures/dated-corpus.jsonl'), 'utf8')).trim().split('\n');
await writeFile(join(dir, 'day1.jsonl'), `${lines.slice(0, 3).join('\n')}\n`);
await writeFile(join(dir, 'day2.jsonl'), `${lines.slice(3).join('\n')}\n`);
const day1 = await runCli(['build', join(dir, 'day1.jsonl'), '--out', dir, '--label', 'day1', '--no-gexf']);
const day2 = await runCli(['add', join(dir, 'day2.jsonl'), '--graph', dir, '--label', 'day2', '--no-gexf']);
const graphJson: unknown = JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8'));
const graph: PaperGraph = graphFromJson(graphJson, 'graph.json');

let browser: Browser;
let server: RunningServer;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveGraph(graphJson)]);
});

afterAll(() => closeAll({ pages, browser, servers: [server], dirs: [dir] }));

async function open(hash = ''): Promise<WatchedPage> {
  const watched = await openPage(browser, server.url + hash);
  pages.push(watched);
  await watched.page.locator('canvas').first().waitFor();
  return watched;
}

/** Node ids of the GEXF the map exports (what its filters show). */
async function shownNodes(w: WatchedPage): Promise<string[]> {
  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export GEXF' }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  return [...text.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1] ?? '').sort();
}

async function suggestionsFor(w: WatchedPage, query: string): Promise<string[]> {
  await w.page.getByRole('combobox', { name: 'Search nodes' }).fill(query);
  await w.page.waitForTimeout(100);
  return w.page.getByRole('listbox', { name: 'Suggestions', includeHidden: true }).getByRole('option').allTextContents();
}

const keysWhere = (test: (key: string) => boolean) => graph.filterNodes((key) => test(key)).sort();
const typeOf = (key: string) => graph.getNodeAttribute(key, 'type');

describe('new since a build', { timeout: 60_000 }, () => {
  it('the two builds succeed and are recorded in the graph', () => {
    expect(day1.code, day1.stderr).toBe(0);
    expect(day2.code, day2.stderr).toBe(0);
    expect(graph.getAttribute('builds')).toEqual(['day1', 'day2']);
    expect(keysWhere((k) => graph.getNodeAttribute(k, 'firstAdded') === 'day2').length).toBeGreaterThan(3);
  });

  it('"new since day2" shows day2 nodes and the old entities they link to; badges; hash; reload', async () => {
    const w = await open();
    await w.page.getByRole('combobox', { name: 'New since' }).selectOption('day2');
    await expect.poll(() => new URL(w.page.url()).hash).toBe('#since=day2');

    const fresh = keysWhere((k) => graph.getNodeAttribute(k, 'firstAdded') === 'day2');
    // Old entities a day2 paper or a day2 entity points at (BERT under MedBERT-X), and nothing else.
    const context = keysWhere(
      (k) => graph.getNodeAttribute(k, 'firstAdded') !== 'day2' && typeOf(k) !== 'paper' && graph.neighbors(k).some((n) => fresh.includes(n)),
    );
    expect(context).toContain('model:bert');
    const shown = await shownNodes(w);
    expect(shown).toEqual([...fresh, ...context].sort());
    expect(shown).not.toContain('paper:2401.00001');
    expect(shown).not.toContain('language:german');
    // The legend counts what the filter leaves on the map.
    for (const type of ['paper', 'model', 'language'] as const) {
      const count = w.page.locator('.filter-row', { has: w.page.getByLabel(`Show ${type} nodes`) }).locator('.count');
      await expect.poll(() => count.textContent()).toBe(String(shown.filter((k) => typeOf(k) === type).length));
    }

    // Search: new nodes carry the badge, hidden old ones are not suggested.
    const medbert = await suggestionsFor(w, 'MedBERT');
    expect(medbert[0]).toMatch(/^MedBERT-X.*new/);
    expect(await suggestionsFor(w, 'XLM-R')).toEqual([]);
    const bert = await suggestionsFor(w, 'BERT');
    expect(bert.find((t) => t.startsWith('BERT'))).not.toMatch(/new/);
    await suggestions(w)
      .getByRole('option', { name: /^MedBERT-X new model/ })
      .click();
    const panel = w.page.getByRole('complementary', { name: 'Node details' });
    await expect.poll(() => panel.locator('.badge-new').textContent()).toBe('new in build day2');
    expect(new URL(w.page.url()).hash).toBe('#node=MedBERT-X&since=day2'); // deep links name the node by its label
    await w.page.waitForTimeout(600);
    await screenshot(w.page, '20-new-since-day2');
    expect(await paintedPixels(w.page, '.map')).toBeGreaterThan(200);

    // Reload: the filter and the selection come back from the hash.
    await w.page.reload();
    await w.page.locator('canvas').first().waitFor();
    await expect.poll(() => w.page.getByRole('combobox', { name: 'New since' }).inputValue()).toBe('day2');
    await expect.poll(() => panel.locator('.badge-new').count()).toBe(1);
    expect(await shownNodes(w)).toEqual(shown);
    expect(w.problems).toEqual([]);
  });

  it('without a choice everything shows and nothing is badged', async () => {
    const w = await open('#node=model%3Amedbert-x');
    const panel = w.page.getByRole('complementary', { name: 'Node details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('MedBERT-X');
    expect(await panel.locator('.badge-new').count()).toBe(0);
    expect(await shownNodes(w)).toEqual(graph.nodes().sort());
    expect(w.problems).toEqual([]);
  });
});

describe('publication-date slider', { timeout: 60_000 }, () => {
  const dates = graph
    .filterNodes((_k, a) => a.type === 'paper')
    .map((k) => graph.getNodeAttribute(k, 'published') ?? '')
    .sort();

  it('narrowing the range hides papers outside it and entities left without a shown paper', async () => {
    expect(dates).toEqual(['2024-01-10', '2024-02-14', '2024-03-20', '2024-04-05', '2024-05-18', '2024-06-30']);
    const w = await open();
    const from = w.page.getByRole('slider', { name: 'Published from' });
    const until = w.page.getByRole('slider', { name: 'Published until' });
    await from.focus();
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('ArrowRight');
    await until.focus();
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(w.page.url()).hash).toBe('#from=2024-04-05&to=2024-05-18');

    const papers = ['paper:2404.00004', 'paper:2405.00005'];
    const entities = keysWhere((k) => typeOf(k) !== 'paper' && graph.neighbors(k).some((n) => papers.includes(n)));
    expect(entities).toEqual(expect.arrayContaining(['model:medbert-x', 'model:bert', 'model:lawroberta', 'model:roberta']));
    expect(await shownNodes(w)).toEqual([...papers, ...entities].sort());
    expect(await suggestionsFor(w, 'T5')).toEqual([]);
    await w.page.getByRole('combobox', { name: 'Search nodes' }).fill('');
    await w.page.waitForTimeout(400);
    await screenshot(w.page, '21-published-range');

    await w.page.reload();
    await w.page.locator('canvas').first().waitFor();
    await expect.poll(() => w.page.locator('.range-row output').allTextContents()).toEqual(['2024-04-05', '2024-05-18']);
    expect(await shownNodes(w)).toEqual([...papers, ...entities].sort());
    expect(w.problems).toEqual([]);
  });
});
