// The query index answers every query exactly as graph.json does: a table of queries runs
// on the whole graph (graphSource) and on the index (openQueryIndex) and must give the same
// JSON, on the fixture graph and on the seed corpus's graph. A changed graph.json makes the
// index stale, and queries fall back to the file.

import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PaperGraph } from '../../graph/schema.js';
import { openQueryIndex, writeQueryIndex } from '../../src/io/query-index.js';
import { lineageOf, neighboursOf, nodeInfo, papersOf, pathBetween, searchOf } from '../../src/queries.js';
import { graphSource, type QuerySource } from '../../src/query-source.js';
import { buildGraph } from '../../src/pipeline.js';
import { parseCorpus } from '../../src/readers/index.js';
import { fixtureGraph } from '../graph/fixture-graph.js';
import { runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function indexed(graph: PaperGraph): Promise<{ file: string; index: QuerySource; whole: QuerySource }> {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-index-'));
  dirs.push(dir);
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(graph.export()));
  await writeQueryIndex(graph, file);
  const index = openQueryIndex(file);
  if (!index) throw new Error('index did not open');
  return { file, index, whole: graphSource(graph) };
}

type Query = (source: QuerySource) => unknown;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
/** A query's answer, or the error it throws (message and suggestions). */
function answer(query: Query, source: QuerySource): unknown {
  try {
    return json(query(source));
  } catch (error) {
    return { error: String(error), suggestions: (error as { suggestions?: unknown }).suggestions };
  }
}

const where = 'graph.json';
function queriesFor(names: readonly string[], pairs: readonly [string, string][]): [string, Query][] {
  return [
    ...names.flatMap((name): [string, Query][] => [
      [`find ${name}`, (s) => s.find(name) ?? null],
      [`find ${name} as a model`, (s) => s.find(name, { types: ['model', 'method'] }) ?? null],
      [`suggest ${name}`, (s) => s.suggest(name, { limit: 5 })],
      [`neighbours ${name}`, (s) => neighboursOf(s, name, { direction: 'both', depth: 1 }, where)],
      [`neighbours ${name} depth 2 in`, (s) => neighboursOf(s, name, { direction: 'in', depth: 2 }, where)],
      [
        `neighbours ${name} out models`,
        (s) => neighboursOf(s, name, { direction: 'out', depth: 2, nodeTypes: ['model'], edgeTypes: ['derived_from', 'variant_of'] }, where),
      ],
      [`lineage ${name}`, (s) => lineageOf(s, name, { direction: 'both' }, where)],
      [`lineage ${name} ancestors 1`, (s) => lineageOf(s, name, { direction: 'ancestors', depth: 1 }, where)],
      [`papers ${name}`, (s) => papersOf(s, name, where)],
      [`node ${name}`, (s) => nodeInfo(s, name, where)],
      [`search ${name}`, (s) => searchOf(s, name, { limit: 10 })],
    ]),
    ...pairs.flatMap(([a, b]): [string, Query][] => [
      [`path ${a} ${b}`, (s) => pathBetween(s, a, b, {}, where)],
      [`path ${a} ${b} directed`, (s) => pathBetween(s, a, b, { directed: true }, where)],
    ]),
  ];
}

describe('the query index on the fixture graph', async () => {
  const { index, whole } = await indexed(fixtureGraph());
  const names = [
    'BERT',
    'bert',
    'xlm roberta',
    'XLM-R',
    'model:bert',
    'BioBERT',
    'paper:1810.04805',
    '1810.04805',
    'Bertt',
    'no such thing',
    'task:question-answering',
    'model: distilbert',
  ];
  it.each(
    queriesFor(names, [
      ['BioBERT', 'DistilBERT'],
      ['XLM-R', 'BERT'],
      ['BERT', 'Bertt'],
    ]),
  )('%s', (_name, query) => {
    expect(answer(query, index)).toEqual(answer(query, whole));
  });
  it('knows the graph size and attributes', () => {
    expect([index.order, index.size, index.attributes]).toEqual([whole.order, whole.size, whole.attributes]);
  });
});

describe('the query index on the seed corpus graph', async () => {
  const text = readFileSync('seeds/papers.txt', 'utf8');
  const graph = buildGraph(parseCorpus(text, 'seeds/papers.txt').papers, { layout: false });
  const { index, whole } = await indexed(graph);
  // Every model and a sample of the other nodes, by label.
  const labels = graph.filterNodes((_k, a) => a.type === 'model').map((k) => graph.getNodeAttribute(k, 'label'));
  const others = graph
    .filterNodes((_k, a) => a.type !== 'model')
    .filter((_k, i) => i % 7 === 0)
    .map((k) => graph.getNodeAttribute(k, 'label'));
  const names = [...labels, ...others];
  it('answers every query as the whole graph does', () => {
    const queries = queriesFor(names, [
      ['BERT', 'GPT-2'],
      ['BioBERT', 'T5'],
      [names[3] ?? 'BERT', names[names.length - 1] ?? 'BERT'],
    ]);
    const differ = queries.filter(([, query]) => JSON.stringify(answer(query, index)) !== JSON.stringify(answer(query, whole))).map(([n]) => n);
    expect(differ).toEqual([]);
    expect(queries.length).toBeGreaterThan(200);
  }, 120_000);
});

describe('a stale or missing index', () => {
  it('is not used once graph.json changes, and the CLI reads graph.json instead', async () => {
    const graph = fixtureGraph();
    const { file } = await indexed(graph);
    expect(openQueryIndex(file)).toBeDefined();
    // Same size, other content: the modification time tells.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(openQueryIndex(file)).toBeUndefined();
    const run = await runCli(['query', 'neighbours', 'BERT', '--graph', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).neighbours.length).toBeGreaterThan(0);
    const reindex = await runCli(['index', file]);
    expect(reindex.code).toBe(0);
    expect(openQueryIndex(file)).toBeDefined();
  });

  it('is ignored when missing or not an index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-index-'));
    dirs.push(dir);
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(fixtureGraph().export()));
    expect(openQueryIndex(file)).toBeUndefined();
    writeFileSync(join(dir, 'graph.index'), 'not an index at all, but long enough to have a trailer');
    expect(openQueryIndex(file)).toBeUndefined();
  });
});
