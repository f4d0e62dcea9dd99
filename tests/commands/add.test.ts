import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isEmptyDigest, type Digest } from '../../graph/digest.js';
import type { PaperGraph } from '../../graph/schema.js';
import { loadGraph } from '../../src/io/load-graph.js';
import { readCorpusFiles } from '../../src/io/read-corpus.js';
import { dedupePapers } from '../../src/pipeline.js';
import type { Paper } from '../../src/types.js';
import { atomProblems } from '../helpers/atom-validate.js';
import { runCli } from '../helpers/cli.js';
import { comparableGraph } from '../helpers/comparable-graph.js';

const root = join(import.meta.dirname, '../..');
const tempDir = () => mkdtempSync(join(tmpdir(), 'papergraph-add-'));
const asTrendingPage = (papers: readonly Paper[]) => papers.map((p) => `${p.rawTitle}\n${p.rawAbstract}\n`).join('');
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function isDigest(value: unknown): value is Digest {
  return typeof value === 'object' && value !== null && 'papers' in value && Array.isArray(value.papers);
}

function readDigest(dir: string): Digest {
  const value = json(join(dir, 'digest.json'));
  if (!isDigest(value)) throw new Error('digest.json has no papers');
  return value;
}

/**
 * The seed corpus in two halves, split in build order (paper key order): a build merges papers in
 * that order and the first surface form of a name labels its node, so with these halves the result
 * must not depend on what the extractors find.
 */
let dir: string;
let halves: [Paper[], Paper[]];
let whole: PaperGraph;
let beforeAdd: PaperGraph;
let added: PaperGraph;
let firstAdd: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  dir = tempDir();
  const { papers } = dedupePapers((await readCorpusFiles([join(root, 'seeds/papers.txt')])).papers);
  const cut = Math.ceil(papers.length / 2);
  halves = [papers.slice(0, cut), papers.slice(cut)];
  writeFileSync(join(dir, 'first.txt'), asTrendingPage(halves[0]));
  writeFileSync(join(dir, 'second.txt'), asTrendingPage(halves[1]));
  const runs = [
    await runCli(['build', 'seeds/papers.txt', '--out', join(dir, 'whole'), '--no-gexf'], root),
    await runCli(['build', 'first.txt', '--out', 'grown', '--label', 'day1'], dir),
  ];
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
  whole = loadGraph(join(dir, 'whole/graph.json'));
  beforeAdd = loadGraph(join(dir, 'grown/graph.json'));
  firstAdd = await runCli(['add', 'second.txt', '--graph', 'grown/graph.json', '--label', 'day2'], dir);
  added = loadGraph(join(dir, 'grown/graph.json'));
}, 120_000);

describe('papergraph add', () => {
  it('building the first half of the seed corpus and adding the second gives the graph built whole', () => {
    expect(firstAdd.code, firstAdd.stderr).toBe(0);
    expect(firstAdd.stderr).toContain(`added: ${halves[1].length} paper(s)`);
    expect(added.order).toBe(whole.order);
    expect(comparableGraph(added)).toEqual(comparableGraph(whole));
  });

  it('stamps firstAdded and lists the builds; old nodes keep their positions', () => {
    expect(added.getAttribute('builds')).toEqual(['day1', 'day2']);
    added.forEachNode((key, attrs) => {
      const old = beforeAdd.hasNode(key);
      expect([key, attrs.firstAdded]).toEqual([key, old ? 'day1' : 'day2']);
      if (old) expect([key, attrs.x, attrs.y]).toEqual([key, beforeAdd.getNodeAttribute(key, 'x'), beforeAdd.getNodeAttribute(key, 'y')]);
      else expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
    });
  });

  it('prints the digest, writes it as digest.md and digest.json beside the graph, and rewrites graph.gexf', () => {
    expect(readFileSync(join(dir, 'grown/digest.md'), 'utf8')).toBe(firstAdd.stdout);
    expect(firstAdd.stdout).toMatch(/^# papergraph digest — day2\n/);
    const digest = readDigest(join(dir, 'grown'));
    expect(digest.label).toBe('day2');
    expect(digest.papers.map((p) => p.title).sort()).toEqual(halves[1].map((p) => p.title).sort());
    // Every new model in the digest is a node first added by this build.
    for (const model of digest.models) expect(added.getNodeAttribute(model.key, 'firstAdded')).toBe('day2');
    expect(readFileSync(join(dir, 'grown/graph.gexf'), 'utf8')).toContain('day2');
    // The offline page and the feed beside them, the feed with this build's entry.
    expect(readFileSync(join(dir, 'grown/digest.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n/);
    const feed = readFileSync(join(dir, 'grown/digest.atom'), 'utf8');
    expect(atomProblems(feed)).toEqual([]);
    expect(feed).toContain('<id>tag:papergraph,2026:digest/day1/day2</id>');
    expect(readdirSync(join(dir, 'grown')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("adding the same file twice changes nothing: byte-identical graph.json, the day's digest kept", async () => {
    const graphBytes = readFileSync(join(dir, 'grown/graph.json'));
    const digestFiles = ['digest.md', 'digest.json', 'digest.html', 'digest.atom'].map((f) => readFileSync(join(dir, 'grown', f)));
    const run = await runCli(['add', 'second.txt', 'first.txt', '--graph', 'grown', '--label', 'day3'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'grown/graph.json')).equals(graphBytes)).toBe(true);
    expect(run.stderr).toContain(`already in the graph, skipped: ${halves[0].length + halves[1].length}`);
    expect(run.stderr).toContain('added: nothing; grown/graph.json left unchanged');
    expect(run.stdout).toContain('Nothing new: every paper was already in the graph.');
    expect(['digest.md', 'digest.json', 'digest.html', 'digest.atom'].map((f) => readFileSync(join(dir, 'grown', f)))).toEqual(digestFiles);
    expect(isEmptyDigest(readDigest(join(dir, 'grown')))).toBe(false);
  });

  it('recognises a known paper under another source (same title, with an arXiv id)', async () => {
    const out = tempDir();
    const [first] = halves[0];
    if (!first) throw new Error('empty seed corpus');
    writeFileSync(join(out, 'a.jsonl'), `${JSON.stringify({ title: first.rawTitle, abstract: first.rawAbstract })}\n`);
    writeFileSync(
      join(out, 'b.jsonl'),
      `${JSON.stringify({ id: '2101.00001', title: first.rawTitle, abstract: first.rawAbstract, published: '2021-01-01' })}\n`,
    );
    expect((await runCli(['build', 'a.jsonl', '--out', '.', '--no-layout'], out)).code).toBe(0);
    const run = await runCli(['add', 'b.jsonl', '--graph', 'graph.json', '--since', '2020-01-01'], out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/already in the graph, skipped: 1\n {2}b\.jsonl:1: .* is paper:/);
  });

  it.each([
    [['add', 'second.txt', '--graph', 'nowhere/graph.json'], 2, /graph file not found: nowhere\/graph\.json/],
    [['add', 'missing.txt', '--graph', 'grown'], 2, /missing\.txt: no such file/],
    [['add', 'second.txt', '--graph', 'grown', '--since', '2024-02-30'], 64, /expected a date written YYYY-MM-DD/],
    [['add', 'second.txt', '--graph', 'grown', '--label', 'day1'], 64, /build label "day1" names an earlier build/],
  ])('%j exits %i', async (argv, code, message) => {
    const before = readFileSync(join(dir, 'grown/graph.json'));
    const run = await runCli(argv, dir);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'grown/graph.json')).equals(before)).toBe(true);
  });
});
