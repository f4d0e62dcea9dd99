// Browser tests of lineage in the map on the seed graph: the family view of Gemma and of
// BERT (members, relations, evidence on click), the Lineage tab with variants, labels that
// never overlap, filters that re-frame, family export, deep links by name. Screenshots go to
// test-results/web/ (docs/ holds the README's copies).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/io/server.js';
import { runCli } from '../helpers/cli.js';
import { buildBigFamilyGraph } from './fixture-graph.js';
import { closeAll, launchBrowser, openPage, ROOT, screenshot, searchAndChoose, serveGraph, type WatchedPage } from './harness.js';

const out = await mkdtemp(join(tmpdir(), 'papergraph-family-'));
const built = await runCli(['build', join(ROOT, 'seeds/papers.txt'), '--out', out]);
const seed: unknown = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8'));

let browser: Browser;
let server: RunningServer;
let bigServer: RunningServer;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  [browser, server, bigServer] = await Promise.all([launchBrowser(), serveGraph(seed), serveGraph(buildBigFamilyGraph().export())]);
});

afterAll(() => closeAll({ pages, browser, servers: [server, bigServer], dirs: [out] }));

async function open(hash = '', on = server): Promise<WatchedPage> {
  const w = await openPage(browser, on.url + hash);
  pages.push(w);
  await w.page.locator('canvas').first().waitFor();
  return w;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlapping(boxes: readonly Rect[]): [number, number][] {
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, j) => {
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) pairs.push([i, i + j + 1]);
    }),
  );
  return pairs;
}

/** Screen boxes of the family view's box and edge labels. */
function svgLabelBoxes(page: Page): Promise<Rect[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.family-member rect, .family-link rect')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
    }),
  );
}

const familyView = (w: WatchedPage) => w.page.getByRole('region', { name: /^Family of / });
const memberLabels = (w: WatchedPage) => w.page.locator('.family-member .member-label').allTextContents();

describe('families in the map of the seed corpus', { timeout: 90_000 }, () => {
  it('the seed build succeeds', () => expect(built.code).toBe(0));

  it('Gemma: versions, derived models and sized variants in one family view, with relations and evidence', async () => {
    const w = await open('#family=Gemma');
    await familyView(w).waitFor();
    expect(await familyView(w).getByRole('heading', { level: 2 }).textContent()).toBe('Family of Gemma');
    const labels = await memberLabels(w);
    expect(labels).toEqual(expect.arrayContaining(['Gemma', 'Gemma 2', 'Gemma 3', 'Encoder-Decoder Gemma', 'T5Gemma 2']));
    expect(labels.some((l) => /^Gemma( \d)? \d+B\b/.test(l))).toBe(true);
    const relations = new Set(await w.page.locator('.family-link .link-label').allTextContents());
    expect(relations.has('variant')).toBe(true);
    expect([...relations].some((r) => r !== 'variant')).toBe(true);
    expect(overlapping(await svgLabelBoxes(w.page))).toEqual([]);
    // Evidence of an edge on click.
    // Click on the edge's label (the middle of its box may be empty drawing).
    await w.page.locator('.family-link[data-edge*="encoder-decoder-gemma"] .link-label').click();
    const evidence = w.page.getByRole('region', { name: 'Edge evidence' });
    expect(await evidence.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await evidence.textContent()).toMatch(/Gemma 2/);
    await screenshot(w.page, 'family-gemma');
    // A box opens the model's details; the way back returns to the map.
    await w.page.locator('.family-member[data-key="model:gemma-3"]').focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.getByRole('complementary', { name: 'Node details' }).getByRole('heading', { level: 2 }).textContent()).toBe('Gemma 3');
    await w.page.getByRole('button', { name: '← Back to the map' }).click();
    expect(await familyView(w).count()).toBe(0);
    expect(new URL(w.page.url()).hash).toBe('#node=Gemma+3');
    expect(w.problems).toEqual([]);
  });

  it('BERT: chosen by search, its family tree from the details panel, with descendant counts', async () => {
    const w = await open();
    await searchAndChoose(w, 'BERT', /^BERT\b.*model$/);
    const panel = w.page.getByRole('complementary', { name: 'Node details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('BERT');
    expect(await panel.locator('.facts').textContent()).toMatch(/\d+ below/);
    await panel.getByRole('button', { name: 'Show family tree' }).click();
    await familyView(w).waitFor();
    const labels = await memberLabels(w);
    expect(labels).toEqual(expect.arrayContaining(['BERT', 'BioBERT', 'DistilBERT']));
    expect(await w.page.locator('.family-link .link-label').allTextContents()).toEqual(expect.arrayContaining(['distilled']));
    expect(await familyView(w).locator('.family-counts').textContent()).toMatch(/below BERT: .*distilled/);
    await w.page.getByRole('button', { name: /^DistilBERT distilled from BERT: show evidence$/ }).focus();
    await w.page.keyboard.press('Enter');
    expect(await w.page.getByRole('region', { name: 'Edge evidence' }).locator('blockquote').first().textContent()).toMatch(/DistilBERT|distil/i);
    await screenshot(w.page, 'family-bert');
    expect(w.problems).toEqual([]);
  });

  it('the Lineage tab follows variants up and down, with the relation of each step', async () => {
    const w = await open('#node=Gemma+2&tab=lineage');
    const tree = w.page.getByRole('complementary', { name: 'Node details' }).locator('.lineage');
    await tree.waitFor();
    const text = await tree.textContent();
    expect(text).toMatch(/Family of Gemma/);
    expect(text).toMatch(/Made from\s*Gemma \(variant\)/);
    expect(await tree.locator('section', { hasText: 'Built from Gemma 2' }).locator('li').allTextContents()).toEqual(
      expect.arrayContaining(['Encoder-Decoder Gemma (adapted)', 'Gemma 2 9B (variant)']),
    );
    await screenshot(w.page, 'lineage-tab-variants');
    expect(w.problems).toEqual([]);
  });

  it('labels on the map never overlap and stay inside the view', async () => {
    const w = await open();
    await w.page.getByText('graph.json: ').waitFor();
    await w.page.waitForTimeout(800);
    const boxes = await w.page.evaluate(() => (window.papergraphLabelBoxes ?? []).map((l) => l.box));
    expect(boxes.length).toBeGreaterThan(20);
    expect(overlapping(boxes)).toEqual([]);
    const map = await w.page.locator('.map').boundingBox();
    for (const b of boxes) expect(b.x1 >= 0 && b.y1 >= 0 && b.x2 <= (map?.width ?? 0) && b.y2 <= (map?.height ?? 0)).toBe(true);
    await screenshot(w.page, 'overview');
    expect(w.problems).toEqual([]);
  });

  it('hiding node types re-frames the map on what is left and says how much is shown', async () => {
    const w = await open();
    await w.page.getByText('graph.json: ').waitFor();
    for (const type of ['paper', 'model', 'method', 'benchmark', 'task']) await w.page.getByRole('checkbox', { name: `Show ${type} nodes` }).uncheck();
    await w.page.waitForTimeout(900);
    expect(await w.page.locator('.shown-count').textContent()).toMatch(/^showing \d+ nodes, \d+ edges$/);
    const boxes = await w.page.evaluate(() => (window.papergraphLabelBoxes ?? []).map((l) => l.box));
    const map = await w.page.locator('.map').boundingBox();
    const span = Math.max(...boxes.map((b) => b.x2)) - Math.min(...boxes.map((b) => b.x1));
    // The languages alone now fill most of the width.
    expect(span).toBeGreaterThan((map?.width ?? 0) * 0.5);
    await screenshot(w.page, 'filters-reframed');
    expect(w.problems).toEqual([]);
  });

  it('exports the family on show as GEXF and as a PNG of the chosen width, with telling names', async () => {
    const w = await open('#family=Gemma');
    await familyView(w).waitFor();
    const [gexf] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export GEXF' }).click()]);
    expect(gexf.suggestedFilename()).toBe('papergraph-graph-family-gemma.gexf');
    const text = await readFile(await gexf.path(), 'utf8');
    expect(text).toContain('label="Gemma 2"');
    expect(text).toContain('label="T5Gemma 2"');
    expect(text).not.toContain('<node id="paper:');
    expect(text).not.toContain('label="BERT"');
    await w.page.getByRole('combobox', { name: 'PNG width' }).selectOption('1200');
    const [png] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('papergraph-graph-family-gemma-1200px.png');
    const bytes = await readFile(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1200);
    await png.saveAs(join(ROOT, 'test-results/web/family-gemma-export.png'));
    expect(w.problems).toEqual([]);
  });

  it('deep links name nodes as people type them', async () => {
    const w = await open('#node=distilbert');
    await expect.poll(() => w.page.getByRole('complementary', { name: 'Node details' }).getByRole('heading', { level: 2 }).textContent()).toBe('DistilBERT');
    await expect.poll(() => new URL(w.page.url()).hash).toBe('#node=DistilBERT');
    expect(w.problems).toEqual([]);
  });

  it('a big family: laid out in the worker, leaves in a grid, boxes only until zoomed in, then only what is in view', async () => {
    const w = await open('#family=Basemodel', bigServer);
    await w.page.locator('.family-member').first().waitFor();
    expect(await familyView(w).locator('.family-counts').textContent()).toMatch(/^118 models/);
    // Leaves in grids: the 81 leaf fine-tunes of Basemodel under it, the three distilled models under each of the nine others.
    const grids = await w.page.locator('.family-group title').allTextContents();
    expect(grids.sort()).toEqual(
      [...Array.from({ length: 9 }, (_, i) => `3 models made from Tune-${(i + 1) * 10}: distilled`).sort(), '81 models made from Basemodel: fine-tuned'].sort(),
    );
    // At fit the names would be a few pixels high: boxes only, and a hint to zoom.
    expect(await w.page.locator('.family-member').count()).toBe(118);
    expect(await w.page.locator('.member-label').count()).toBe(0);
    expect(await familyView(w).locator('.family-hint').textContent()).toMatch(/^Zoom in/);
    await screenshot(w.page, 'family-big-fit');
    const zoomIn = familyView(w).getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    await w.page.locator('.member-label').first().waitFor();
    const drawn = await w.page.locator('.family-member').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(118);
    expect(overlapping(await svgLabelBoxes(w.page))).toEqual([]);
    await screenshot(w.page, 'family-big-zoomed');
    // The PNG is of the whole family: the view draws it all for the copy, then goes back.
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/family-basemodel.*\.png$/);
    expect(await w.page.locator('.family-member').count()).toBe(drawn);
    // A box with keyboard focus stays drawn, and focused, when the arrows pan it out of view.
    const box = w.page.locator('.family-member').first();
    const key = await box.getAttribute('data-key');
    await box.focus();
    for (let i = 0; i < 12; i++) await w.page.keyboard.press('ArrowRight');
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(key);
    expect(w.problems).toEqual([]);
  });
});
