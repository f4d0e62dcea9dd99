// One query layer: for every node of the seed graph, the map's adapters (web/data) and the
// CLI (`show --json`, `lineage --json`) give the same details and lineage, because both call
// graph/query. Also the seed's "Done when" families: Gemma's and Llama 3.1's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { family, flattenLineage, lineage } from '../../graph/query/index.js';
import { showJson } from '../../src/commands/show.js';
import { loadGraph } from '../../src/io/load-graph.js';
import { panelDetails } from '../../web/data/details.js';
import { lineageOf } from '../../web/data/lineage.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from './harness.js';

const out = await mkdtemp(join(tmpdir(), 'papergraph-one-layer-'));
const built = await runCli(['build', join(ROOT, 'seeds/papers.txt'), '--out', out, '--no-layout']);
const graph = await loadGraph(join(out, 'graph.json'));
const G = ['--graph', join(out, 'graph.json')];

afterAll(() => rm(out, { recursive: true, force: true }));

/** What both surfaces must agree on. */
function comparable(d: { parents: unknown; children: unknown; family?: unknown; evidence: unknown; edges: unknown }, papers: unknown) {
  return { parents: d.parents, children: d.children, family: d.family, evidence: d.evidence, edges: d.edges, papers };
}

describe('map and CLI on the seed graph', () => {
  it('the seed build succeeds', () => expect(built.code).toBe(0));

  it('show the same details for every node', () => {
    for (const key of graph.nodes()) {
      const cli = showJson(graph, key);
      const map = panelDetails(graph, key);
      if (!map) throw new Error(`no details for ${key}`);
      expect(comparable(map, map.papers), key).toEqual(comparable(cli, cli.papersFor));
    }
  });

  it('show the same lineage for every model and method', () => {
    const models = graph.filterNodes((_k, a) => a.type === 'model' || a.type === 'method');
    expect(models.length).toBeGreaterThan(50);
    for (const key of models) expect(lineageOf(graph, key), key).toEqual(lineage(graph, key));
  });

  it.each(['Gemma', 'Llama 3.1', 'BERT'])('`papergraph lineage %s --json` prints what the map shows', async (name) => {
    const run = await runCli(['lineage', name, ...G, '--json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(lineageOf(graph, printed.key))));
    const shown = JSON.parse((await runCli(['show', printed.key, ...G, '--json'])).stdout);
    expect(shown).toEqual(JSON.parse(JSON.stringify(showJson(graph, printed.key))));
  });
});

describe('families of the seed graph', () => {
  it('Gemma: its versions, their derived models and the sized variants, with relations', () => {
    const f = family(graph, 'Gemma');
    const labels = f.members.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['Gemma', 'Gemma 2', 'Gemma 3', 'Encoder-Decoder Gemma', 'T5Gemma 2']));
    // Sized variants such as "Gemma 2 9B": a version name followed by a size.
    expect(labels.some((l) => /^Gemma( \d)? \d+B\b/.test(l))).toBe(true);
    const kinds = new Set(f.links.map((l) => l.kind));
    expect(kinds.has('variant')).toBe(true);
    expect([...kinds].some((k) => k !== 'variant')).toBe(true);
    for (const link of f.links) expect(link.evidence.length, link.edge).toBeGreaterThan(0);
    // Asking from any member gives the same family.
    expect(family(graph, 'T5Gemma 2').root).toBe(f.root);
  });

  it('`papergraph lineage "Llama 3.1"` shows Llama-AVSR', async () => {
    const run = await runCli(['lineage', 'Llama 3.1', ...G]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Llama-AVSR/);
    const below = flattenLineage(lineage(graph, 'Llama 3.1').descendants).map((s) => s.label);
    expect(below).toContain('Llama-AVSR');
  });

  it('Qwen 2 has lineage through its variant', () => {
    const below = flattenLineage(lineage(graph, 'Qwen 2').descendants).map((s) => s.label);
    expect(below.length).toBeGreaterThan(1);
  });
});
