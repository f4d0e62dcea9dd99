// Acceptance checks of issue 4 on the real seed build (depends on the extractors, issue 3):
// `papergraph build seeds/papers.txt` in-process, then lineage/neighbours on it, and the
// three GEXF readers on the graph.gexf that build wrote.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_COLOR, parseColor } from '../../graph/export/color.js';
import type { PaperGraph } from '../../graph/schema.js';
import { loadGraph } from '../../src/io/load-graph.js';
import { readWithNetworkx, validateRelaxNg } from '../graph/export/gexf-readers.js';
import { runCli } from '../helpers/cli.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = mkdtempSync(join(tmpdir(), 'papergraph-seed-'));
const G = ['--graph', join(out, 'graph.json')];
let graph: PaperGraph;

beforeAll(async () => {
  const run = await runCli(['build', join(REPO, 'seeds/papers.txt'), '--out', out]);
  expect(run.stderr).toContain('graph.gexf');
  graph = loadGraph(join(out, 'graph.json'));
}, 120_000);

describe('seed graph: the "Done when" of issue 4', () => {
  it('papergraph lineage BioBERT shows BERT as its parent with the sentence that says so', async () => {
    const run = await runCli(['lineage', 'BioBERT', ...G, '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    const bert = data.ancestors.find((s: { label: string }) => s.label === 'BERT');
    expect(bert?.depth).toBe(1);
    expect(bert?.evidence.length).toBeGreaterThan(0);
    for (const e of bert.evidence) {
      expect(e.sentence).toMatch(/BERT/);
      expect(e.paperTitle).toMatch(/BioBERT/);
    }
    const text = await runCli(['lineage', 'BioBERT', ...G]);
    expect(text.stdout).toMatch(/^ancestors \(derived from, variant of\)\n[├└]─[─┬] BERT\b/m);
    expect(text.stdout).toContain(`"${bert.evidence[0].sentence}"`);
  });

  it('papergraph query neighbours BERT --json lists BioBERT and DistilBERT', async () => {
    const run = await runCli(['query', 'neighbours', 'BERT', ...G, '--json']);
    expect(run.code).toBe(0);
    const labels = JSON.parse(run.stdout).neighbours.map((n: { label: string }) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['BioBERT', 'DistilBERT']));
  });
});

describe('seed graph: the GEXF written by papergraph build', () => {
  it('validates against the GEXF 1.3 RELAX NG grammar', () => {
    const result = validateRelaxNg(join(out, 'graph.gexf'));
    expect(result.messages).toContain('validates');
  });

  it("loads in NetworkX with the same counts and every node's position and colour", () => {
    const nx = readWithNetworkx(join(out, 'graph.gexf'));
    expect(Object.keys(nx.nodes).length).toBe(graph.order);
    expect(nx.edges.length).toBe(graph.size);
    graph.forEachNode((key, attrs) => {
      const viz = nx.nodes[key]?.viz;
      expect(viz?.position, key).toEqual({ x: attrs.x, y: attrs.y, z: 0 });
      const c = parseColor(attrs.color) ?? FALLBACK_COLOR;
      expect(viz?.color, key).toMatchObject({ r: c.r, g: c.g, b: c.b });
    });
  });

  it('parses back with graphology-gexf: same nodes, edges, types and labels', () => {
    const back = parse(MultiDirectedGraph, readFileSync(join(out, 'graph.gexf'), 'utf8'));
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachNode((key, attrs) => {
      expect(back.getNodeAttributes(key)).toMatchObject({ label: attrs.label, type: attrs.type, aliases: attrs.aliases, x: attrs.x, y: attrs.y });
    });
    graph.forEachEdge((key, attrs) => {
      const b = back.getEdgeAttributes(key);
      expect(b.type).toBe(attrs.type);
      expect(JSON.parse(String(b.evidence))).toEqual(attrs.evidence);
    });
  });
});
