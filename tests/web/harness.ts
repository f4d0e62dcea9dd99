// Shared set-up of the browser tests: build the app once with Vite into a temp dir,
// serve it with papergraph's own server, drive Debian's Chromium with playwright-core,
// and collect console errors/warnings and page errors for every page.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/io/server.js';

export const ROOT = join(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'test-results/web');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let built: Promise<string> | undefined;
const tempDirs: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** After a test file: close its pages, browser and servers, and remove its dirs and this process's builds. */
export async function closeAll(opened: {
  pages: readonly WatchedPage[];
  browser?: Browser;
  servers: readonly (RunningServer | undefined)[];
  dirs: readonly string[];
}): Promise<void> {
  for (const p of opened.pages) await p.context.close().catch(() => undefined);
  await opened.browser?.close();
  for (const server of opened.servers) await server?.close();
  await cleanup();
  await Promise.all(opened.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Remove the app build and graph dirs this process made. */
export async function cleanup(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  built = undefined;
}

/** Build the web app once per test process; resolves to the output directory. */
export function buildApp(): Promise<string> {
  built ??= (async () => {
    const outDir = await tempDir('papergraph-web-');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}

/** Write a graph export to a temp dir and serve it with the built app. */
export async function serveGraph(graphJson: unknown): Promise<RunningServer> {
  const appDir = await buildApp();
  const dir = await tempDir('papergraph-graph-');
  await writeFile(join(dir, 'graph.json'), JSON.stringify(graphJson));
  return startServer({ appDir, graphFile: join(dir, 'graph.json'), port: 0 });
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Chromium's own note about software GL ("GL Driver Message ... GPU stall due to
 * ReadPixels"), printed when sigma reads its picking buffer to find the node under the
 * pointer. It comes from the GPU process under headless software GL (reported the same way
 * by nasa/openmct#5675 and cypress-io/cypress#27841), not from the page's code, so it is
 * not counted; every other warning or error is.
 */
const GPU_DRIVER_NOTE = /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels/;

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, and uncaught page errors, in order. */
  problems: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    if (GPU_DRIVER_NOTE.test(msg.text())) return;
    problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  return { context, page, problems };
}

/** The search box's suggestion list (hidden ones too, to see that it is empty). */
export const suggestions = (w: WatchedPage) => w.page.getByRole('listbox', { name: 'Suggestions', includeHidden: true });

/** Type `query` into the search box and choose the first suggestion named like `option`. */
export async function searchAndChoose(w: WatchedPage, query: string, option: RegExp | string): Promise<void> {
  await w.page.getByRole('combobox', { name: 'Search nodes' }).fill(query);
  await suggestions(w).getByRole('option', { name: option }).first().click();
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  await mkdir(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Distinct non-white colours in a screenshot of an element: a blank canvas has ~1. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) painted++;
    }
    return painted;
  }, png.toString('base64'));
}
