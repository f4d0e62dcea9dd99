// The package test: what a new user gets from `npm install papergraph-<version>.tgz`.
// Packs this checkout (prepack builds dist/lib and dist/web), installs the tarball into a
// fresh temporary project, then uses it only from there: plain Node ESM imports, a
// TypeScript consumer type-checked against the shipped .d.ts, the CLI (--version, build,
// query, serve) and the served map and HTTP API. Ends with publint and attw on the tarball.
// Run by .ci/run after `npm test` (`npm run test:package`); prints one line per check.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest: { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> } = JSON.parse(
  readFileSync(join(ROOT, 'package.json'), 'utf8'),
);
const work = mkdtempSync(join(tmpdir(), 'papergraph-package-'));
const project = join(work, 'consumer');

function run(command: string, args: string[], cwd: string, timeout = 300_000): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`, { cause: error });
  }
}

function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`package test failed: ${what}`);
  process.stdout.write(`ok  ${what}\n`);
}

/** `npm pack` of this checkout: runs prepack (library and web app builds). */
function pack(): string {
  const out = run('npm', ['pack', '--json', '--pack-destination', work], ROOT, 600_000);
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error(`npm pack printed no file: ${out}`);
  const paths = info.files.map((f) => f.path);
  check(paths.includes('dist/lib/src/index.js') && paths.includes('dist/lib/src/index.d.ts'), 'tarball holds the compiled library and its types');
  check(paths.includes('dist/web/index.html') && paths.some((p) => p.startsWith('dist/web/assets/')), 'tarball holds the built map');
  check(!paths.some((p) => /^(src|tests|bench|web|extractors|graph)\//.test(p) || p === 'vite.config.ts'), 'tarball ships no sources, tests, bench or configs');
  return join(work, info.filename);
}

function install(tarball: string): void {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  // --prefer-offline: the dependencies come from the npm cache `npm ci` just filled.
  const typesNode = manifest.devDependencies['@types/node'] ?? '20';
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, `@types/node@${typesNode}`], project, 600_000);
  check(readdirSync(join(project, 'node_modules/papergraph/dist/lib')).length > 0, `installed ${tarball.split('/').pop()} into a fresh project`);
}

/** The files `papergraph/core` loads, found by following its static imports. */
function staticImports(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)\s[^;]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

function useLibrary(): void {
  const script = `
import { loadGraph, neighbours, lineage, main } from 'papergraph';
import { buildGraph, parseCorpus, graphStats } from 'papergraph/core';
import { readFileSync } from 'node:fs';
const text = readFileSync('papers.txt', 'utf8');
const graph = buildGraph(parseCorpus(text, 'papers.txt').papers, { layout: false });
const loaded = loadGraph('out/graph.json');
const near = neighbours(loaded, 'BERT').map((n) => n.label);
console.log(JSON.stringify({ built: graphStats(graph).nodes, loaded: loaded.order, near, children: lineage(loaded, 'BERT').descendants.length, main: typeof main }));
`;
  writeFileSync(join(project, 'use.mjs'), script);
  const result = JSON.parse(run(process.execPath, ['use.mjs'], project)) as { built: number; loaded: number; near: string[]; children: number; main: string };
  check(result.built > 0 && result.loaded > 0, `plain Node ESM imports papergraph and papergraph/core (${result.loaded} nodes loaded)`);
  check(
    result.near.length > 0 && result.children > 0,
    `neighbour query from the library: BERT has ${result.near.length} neighbours, ${result.children} descendants`,
  );
  const core = staticImports(join(project, 'node_modules/papergraph/dist/lib/src/core.js'));
  const nodeOnly = core.packages.filter((p) => p.startsWith('node:') || ['fs', 'path', 'os', 'worker_threads', 'child_process'].includes(p));
  check(nodeOnly.length === 0, `papergraph/core loads no node: modules (${core.files.length} files, packages: ${core.packages.join(', ')})`);
}

function typeCheckConsumer(): void {
  writeFileSync(
    join(project, 'consumer.ts'),
    `import { loadGraph, neighbours, lineage, type Neighbour, type PaperGraph, type Lineage } from 'papergraph';
import { buildGraph, parseCorpus, findNode, type NodeAttributes } from 'papergraph/core';

const graph: PaperGraph = loadGraph('out/graph.json');
const near: Neighbour[] = neighbours(graph, 'BERT', { depth: 1, direction: 'both' });
const family: Lineage = lineage(graph, 'BERT');
const fresh: PaperGraph = buildGraph(parseCorpus('', 'none.txt').papers);
const key: string | undefined = findNode(fresh, 'BERT');
const attrs: NodeAttributes | undefined = key ? graph.getNodeAttributes(key) : undefined;
// @ts-expect-error depth must be a number
neighbours(graph, 'BERT', { depth: 'two' });
export const summary = { n: near.length, d: family.descendants.length, label: attrs?.label };
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
      files: ['consumer.ts'],
    }),
  );
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  check(true, 'a TypeScript consumer (NodeNext, strict, skipLibCheck off) type-checks against the shipped types');
}

function useCli(): void {
  const bin = join(project, 'node_modules/.bin/papergraph');
  const version = run(bin, ['--version'], project).trim();
  check(version === manifest.version, `papergraph --version prints ${version}`);
  writeFileSync(join(project, 'papers.txt'), readFileSync(join(ROOT, 'seeds/papers.txt')));
  run(bin, ['build', 'papers.txt', '--out', 'out'], project);
  check(readdirSync(join(project, 'out')).includes('graph.json'), 'papergraph build writes out/graph.json');
  const query = JSON.parse(run(bin, ['query', 'neighbours', 'BERT', '--graph', 'out', '--json'], project)) as { neighbours: unknown[] };
  check(query.neighbours.length > 0, `papergraph query neighbours BERT --json lists ${query.neighbours.length} neighbours`);
}

async function serve(): Promise<void> {
  const bin = join(project, 'node_modules/.bin/papergraph');
  const child = spawn(bin, ['serve', 'out', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`papergraph serve printed no URL in 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /http:\/\/[^\s]+\//.exec(output);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m[0]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`papergraph serve exited with ${code}:\n${output}`)));
    });
    const page = await fetch(url);
    const html = await page.text();
    check(page.status === 200 && html.includes('<script type="module"'), `serve answers the map at ${url}`);
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = script ? await fetch(new URL(script, url)) : undefined;
    check(asset?.status === 200, `serve answers the map's script ${script}`);
    const graph = (await (await fetch(new URL('graph.json', url))).json()) as { nodes: unknown[] };
    check(graph.nodes.length > 0, `serve answers /graph.json (${graph.nodes.length} nodes)`);
    const api = await fetch(new URL('api/neighbours?name=BERT', url));
    const near = (await api.json()) as { node: { key: string }; neighbours: unknown[] };
    check(
      api.status === 200 && near.node.key === 'model:bert' && near.neighbours.length > 0,
      `serve answers /api/neighbours?name=BERT (${near.neighbours.length} neighbours)`,
    );
    const missing = await fetch(new URL('api/node?name=Bertt', url));
    check(
      missing.status === 404 && ((await missing.json()) as { suggestions: string[] }).suggestions.includes('BERT'),
      'serve answers an unknown name with 404 and suggestions',
    );
  } finally {
    child.kill('SIGTERM');
  }
}

function lint(tarball: string): void {
  const publint = run(process.execPath, [join(ROOT, 'node_modules/publint/src/cli.js'), 'run', tarball, '--strict'], ROOT);
  check(!/warning|error|suggestion/i.test(publint.replace(/^.*Running publint.*$/m, '')), `publint: ${publint.trim().split('\n').pop()}`);
  const attwBin = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
  // esm-only: papergraph is an ES module package; attw exits non-zero on any problem.
  const attw = run(process.execPath, [attwBin, tarball, '--profile', 'esm-only', '--format', 'table', '--no-color', '--no-emoji'], ROOT);
  const table = attw.slice(attw.indexOf('┌'));
  check(
    /node16 \(from ESM\)[^\n]*OK \(ESM\)[^\n]*OK \(ESM\)/.test(table) && /bundler[^\n]*OK[^\n]*OK/.test(table),
    'attw (esm-only profile): types resolve for node16 ESM and bundlers',
  );
}

const started = performance.now();
try {
  const tarball = pack();
  install(tarball);
  useCli();
  useLibrary();
  typeCheckConsumer();
  await serve();
  lint(tarball);
  process.stdout.write(`package test passed in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
