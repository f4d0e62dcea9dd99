// End-to-end on the real seed corpus: `papergraph build seeds/papers.txt` (in-process),
// served and opened in Chromium. Skipped only while the extractors do not yet yield the
// BioBERT -> BERT lineage this test asserts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../src/io/server.js';
import { runCli } from '../helpers/cli.js';
import { launchBrowser, openPage, paintedPixels, ROOT, screenshot, serveGraph, type WatchedPage } from './harness.js';

const out = await mkdtemp(join(tmpdir(), 'papergraph-seed-'));
const built = await runCli(['build', join(ROOT, 'seeds/papers.txt'), '--out', out]);
const seed: unknown = built.code === 0 ? JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) : null;

function hasEdge(graph: unknown, type: string, source: string, target: string): boolean {
  if (typeof graph !== 'object' || graph === null || !('edges' in graph) || !Array.isArray(graph.edges)) return false;
  return graph.edges.some(
    (e: unknown) =>
      typeof e === 'object' && e !== null && 'source' in e && 'target' in e && 'attributes' in e &&
      e.source === source && e.target === target &&
      typeof e.attributes === 'object' && e.attributes !== null && 'type' in e.attributes && e.attributes.type === type,
  );
}

const seedHasLineage = hasEdge(seed, 'derived_from', 'model:biobert', 'model:bert');

let browser: Browser;
let server: RunningServer;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  if (!seedHasLineage) return;
  [browser, server] = await Promise.all([launchBrowser(), serveGraph(seed)]);
});

afterAll(async () => {
  for (const p of pages) await p.context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

describe('the map of the seed corpus', () => {
  it('the seed build succeeds', () => {
    expect(built.code).toBe(0);
  });

  it.skipIf(!seedHasLineage)('searching "BioBERT" names BERT as its base model, with evidence', async () => {
    const w = await openPage(browser, server.url);
    pages.push(w);
    await w.page.locator('canvas').first().waitFor();
    await w.page.waitForTimeout(300);
    await screenshot(w.page, '10-seed-loaded');
    expect(await paintedPixels(w.page, '.map')).toBeGreaterThan(2000);
    await w.page.getByRole('combobox', { name: 'Search nodes' }).fill('BioBERT');
    await w.page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /^BioBERT\b.*model$/ }).first().click();
    const panel = w.page.getByRole('complementary', { name: 'Node details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('BioBERT');
    const base = panel.locator('section', { has: w.page.getByRole('heading', { name: 'Base models' }) });
    expect(await base.getByRole('link').allTextContents()).toContain('BERT');
    const evidence = await panel.locator('.evidence li', { hasText: 'derived from' }).first().textContent();
    expect(evidence).toMatch(/BERT/);
    expect(evidence).toMatch(/from BioBERT: a pre-trained biomedical language representation model/);
    await w.page.waitForTimeout(600);
    await screenshot(w.page, '11-seed-biobert');
    expect(w.problems).toEqual([]);
  });
});
