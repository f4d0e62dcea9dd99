// The query commands (query, lineage, show, export) run in-process on the fixture graph:
// text and JSON output, exit codes, "did you mean", clear errors for bad graph files.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../graph/fixture-graph.js';
import { validateRelaxNg } from '../graph/export/gexf-readers.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-cmd-'));
const graphFile = join(dir, 'graph.json');
writeFileSync(graphFile, JSON.stringify(fixtureGraph().export()));
const G = ['--graph', graphFile];

describe('papergraph query neighbours', () => {
  it('prints the neighbours as text', async () => {
    const run = await runCli(['query', 'neighbours', 'bert', ...G, '--type', 'model']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^BERT \(model:bert\): 3 neighbours/);
    expect(run.stdout).toMatch(/model\s+BioBERT\s+<- derived_from \(continued-pretraining\)/);
    expect(run.stdout).toMatch(/model\s+DistilBERT\s+<- derived_from \(distilled\)/);
  });

  it('prints JSON with links and evidence', async () => {
    const run = await runCli(['query', 'neighbours', 'BERT', ...G, '--json', '--edge', 'derived_from', '--direction', 'in', '--depth', '2']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.node.key).toBe('model:bert');
    expect(data.neighbours.map((n: { label: string }) => n.label)).toEqual(['BioBERT', 'DistilBERT', 'RoBERTa', 'XLM-R']);
    expect(data.neighbours[0].links[0].evidence[0].sentence).toMatch(/initialized with BERT/);
  });

  it.each([
    [['--depth', '0'], /whole number/],
    [['--type', 'person'], /"person" is not one of/],
    [['--direction', 'up'], /Allowed choices are in, out, both/],
  ])('rejects %j as usage errors (exit 64)', async (flags, message) => {
    const run = await runCli(['query', 'neighbours', 'BERT', ...G, ...flags]);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(message);
  });
});

describe('papergraph lineage', () => {
  it('draws the ancestors tree with relation and sentence', async () => {
    const run = await runCli(['lineage', 'BioBERT', ...G]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('BioBERT (model:biobert)\nancestors (derived from, variant of)\n└── BERT  [continued-pretraining]\n');
    expect(run.stdout).toContain('"BioBERT is initialized with BERT and further pre-trained on PubMed."');
    expect(run.stdout).toContain('BioBERT: a pre-trained biomedical language representation model [initialized-with]');
    expect(run.stdout).toMatch(/descendants \(derived from it, its variants\)\n└── \(none found\)/);
  });

  it('nests deeper generations like npm ls', async () => {
    const run = await runCli(['lineage', 'BERT', ...G, '--direction', 'descendants', '--evidence', '1']);
    expect(run.stdout.split('\n').filter((l) => /[├└]/.test(l))).toEqual([
      '├── BioBERT  [continued-pretraining]',
      '├── DistilBERT  [distilled]',
      '└─┬ RoBERTa  [extends]',
      '  └─┬ XLM-R  [architecture]',
      '    └── Glória  [fine-tuned]',
    ]);
  });

  it('prints JSON with depth, relation and evidence per step', async () => {
    const run = await runCli(['lineage', 'gloria', ...G, '--json', '--direction', 'ancestors', '--depth', '2']);
    const data = JSON.parse(run.stdout);
    expect(data.ancestors[0]).toMatchObject({ label: 'XLM-R', depth: 1, relation: 'fine-tuned' });
    expect(data.ancestors[0].evidence[0]).toMatchObject({ sentence: 'We fine-tune XLM-R into Glória.', rule: 'fine-tune-into' });
    expect(data.ancestors[0].children[0]).toMatchObject({ label: 'RoBERTa', depth: 2, children: [] });
  });
});

describe('papergraph show', () => {
  it('shows type, aliases, papers and edges with evidence', async () => {
    const run = await runCli(['show', 'xlm roberta', ...G]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^XLM-R\n {2}key: model:xlm-r\n {2}type: model\n {2}aliases: XLM-RoBERTa\n/);
    expect(run.stdout).toMatch(/introduces, derived_from\s+Unsupervised Cross-lingual Representation Learning at Scale \(2019-11-05\)/);
    expect(run.stdout).toMatch(/-> derived_from \(architecture\) {2}RoBERTa \(model\)\n\s+"XLM-R is built on RoBERTa\." \[built-on\]/);
  });

  it('prints JSON', async () => {
    const data = JSON.parse((await runCli(['show', '1901.08746', ...G, '--json'])).stdout);
    expect(data).toMatchObject({ key: 'paper:1901.08746', type: 'paper', published: '2019-01-25' });
    expect(data.edges.map((e: { type: string }) => e.type)).toEqual(['addresses', 'builds_on', 'evaluated_on', 'introduces']);
    expect(data.rawAbstract).toBeUndefined();
  });
});

describe('errors', () => {
  it.each([
    [['show', 'Bertt'], 3, /no node named "Bertt" in .*graph\.json\. Did you mean: BERT/],
    [['lineage', 'DistillBERT'], 3, /Did you mean: DistilBERT/],
    [['query', 'neighbours', 'zzzz'], 3, /^papergraph: no node named "zzzz" in [^\n]*\n$/],
  ])('%j exits %i with a suggestion', async (argv, code, message) => {
    const run = await runCli([...argv, ...G]);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });

  it('a missing graph file is a clear message without a stack trace', async () => {
    const run = await runCli(['show', 'BERT', '--graph', join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^papergraph: graph file not found: .*missing\.json/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a corrupt graph file is a clear message', async () => {
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"nodes": [');
    const run = await runCli(['lineage', 'BERT', '--graph', corrupt]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/corrupt\.json is not valid JSON/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads out/graph.json relative to the working directory by default', async () => {
    const run = await runCli(['show', 'BERT'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('graph file not found: out/graph.json');
  });
});

describe('papergraph export', () => {
  it('writes GEXF beside the graph by default, valid against the grammar', async () => {
    const run = await runCli(['export', 'gexf', ...G]);
    expect(run.code).toBe(0);
    expect(validateRelaxNg(join(dir, 'graph.gexf')).ok).toBe(true);
  });

  it.each([
    ['graphml', 'out.graphml', /^<\?xml[\s\S]*<graphml/],
    ['json', 'out.json', /"multigraph":true/],
  ])('writes %s to --out', async (format, name, content) => {
    const out = join(dir, name);
    expect((await runCli(['export', format, ...G, '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(content);
  });

  it('writes nodes.csv and edges.csv into a directory and says how to import them', async () => {
    const run = await runCli(['export', 'csv', ...G, '--out', join(dir, 'csv')]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'csv', 'nodes.csv')) && existsSync(join(dir, 'csv', 'edges.csv'))).toBe(true);
    expect(run.stderr).toContain('neo4j-admin database import full --nodes=');
  });

  it('prints to stdout with --out -, and refuses that for csv', async () => {
    const gexf = await runCli(['export', 'gexf', ...G, '--out', '-', '--gexf-version', '1.2draft']);
    expect(gexf.stdout).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const csv = await runCli(['export', 'csv', ...G, '--out', '-']);
    expect(csv.code).toBe(64);
  });

  it('rejects unknown formats', async () => {
    expect((await runCli(['export', 'dot', ...G])).code).toBe(64);
  });
});
