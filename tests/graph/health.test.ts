// The health report (graph/health.ts) and `papergraph doctor` on small graphs built by hand:
// each figure counts what it says, and the command prints it as text and JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDuplicateForms, graphHealth } from '../../graph/health.js';
import { createGraph, type NodeAttributes, type PaperGraph } from '../../graph/schema.js';
import { runCli } from '../helpers/cli.js';

const node = (type: NodeAttributes['type'], label: string, extra: Partial<NodeAttributes> = {}): NodeAttributes => ({
  type,
  label,
  aliases: [],
  papers: 1,
  x: 0,
  y: 0,
  size: 1,
  color: '#999999',
  ...extra,
});

/** Papers p0..p4; PRISM introduced by four, FooNet by one; a LaTeX title and name; a case duplicate. */
function sample(): PaperGraph {
  const g = createGraph();
  for (let i = 0; i < 5; i++) g.addNode(`paper:p${i}`, node('paper', `Paper ${i}`, { title: i === 0 ? 'GS^2: a \\ell_1 story' : `Paper ${i}` }));
  g.addNode('method:prism', node('method', 'PRISM'));
  g.addNode('model:foonet', node('model', 'FooNet', { aliases: ['FOONET', 'Foo Net'] }));
  g.addNode('model:gs', node('model', 'GS', { aliases: ['GS\\textasciicircum2'] }));
  g.addNode('task:qa', node('task', 'Question answering'));
  const ev = (paper: string) => [{ paper, sentence: 's', rule: 'r' }];
  for (let i = 0; i < 4; i++) g.addDirectedEdgeWithKey(`i${i}`, `paper:p${i}`, 'method:prism', { type: 'introduces', weight: 1, evidence: ev(`paper:p${i}`) });
  g.addDirectedEdgeWithKey('i9', 'paper:p4', 'model:foonet', { type: 'introduces', weight: 1, evidence: ev('paper:p4') });
  for (let i = 0; i < 3; i++) g.addDirectedEdgeWithKey(`a${i}`, `paper:p${i}`, 'task:qa', { type: 'addresses', weight: 1, evidence: ev(`paper:p${i}`) });
  g.addDirectedEdgeWithKey('m0', 'paper:p0', 'model:gs', { type: 'mentions', weight: 1, evidence: ev('paper:p0') });
  return g;
}

describe('graphHealth', () => {
  const report = graphHealth(sample());

  it('counts papers and entities', () => {
    expect(report.papers).toBe(5);
    expect(report.entities).toBe(4);
  });

  it('lists entities introduced by three or more papers, most first', () => {
    expect(report.introducedByMany).toEqual({
      threshold: 3,
      count: 1,
      top: [{ key: 'method:prism', type: 'method', label: 'PRISM', count: 4 }],
    });
    expect(graphHealth(sample(), { minIntroducers: 1 }).introducedByMany.count).toBe(2);
  });

  it('finds LaTeX in names, aliases and titles', () => {
    expect(report.latex.names).toBe(1);
    expect(report.latex.titles).toBe(1);
    expect(report.latex.examples.map((e) => [e.field, e.key])).toEqual([
      ['title', 'paper:p0'],
      ['alias', 'model:gs'],
    ]);
  });

  it('finds names that differ only in case', () => {
    expect(report.caseDuplicates.count).toBe(1);
    expect(report.caseDuplicates.examples[0]?.forms).toEqual(['FooNet', 'FOONET']);
  });

  it('ranks hubs per type by degree', () => {
    expect(report.hubs.method[0]).toMatchObject({ key: 'method:prism', count: 4 });
    expect(report.hubs.task[0]).toMatchObject({ key: 'task:qa', count: 3 });
    expect(report.hubs.language).toEqual([]);
  });

  it('keeps only the top entries', () => {
    expect(graphHealth(sample(), { top: 1 }).hubs.model).toHaveLength(1);
  });
});

describe('caseDuplicateForms', () => {
  it.each([
    [
      ['BERT', 'Bert', 'bert', 'RoBERTa'],
      ['BERT', 'Bert', 'bert'],
    ],
    [['XLM-R', 'XLM-RoBERTa'], []],
    [['A', 'A'], []],
  ])('%j -> %j', (names, dupes) => expect(caseDuplicateForms(names)).toEqual(dupes));
});

describe('papergraph doctor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-doctor-'));
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(sample().export()));

  it('prints the report as text for a graph file or its directory', async () => {
    for (const target of [file, dir]) {
      const run = await runCli(['doctor', target]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^5 papers, 4 entities/);
      expect(run.stdout).toMatch(/Entities introduced by 3\+ papers: 1\n\s+4 {2}PRISM {2}\(method:prism\)/);
      expect(run.stdout).toMatch(/LaTeX markup left: 1 entity names or aliases, 1 titles/);
      expect(run.stdout).toMatch(/Nodes with case-duplicate names: 1\n\s+FooNet \/ FOONET/);
      expect(run.stdout).toMatch(/ {2}task\n\s+3 {2}Question answering/);
    }
  });

  it('prints JSON and takes --graph, --top and --introducers', async () => {
    const run = await runCli(['doctor', '--graph', file, '--json', '--introducers', '1', '--top', '1']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.introducedByMany.count).toBe(2);
    expect(data.introducedByMany.top).toHaveLength(1);
  });

  it('names a missing graph and rejects bad counts', async () => {
    const missing = await runCli(['doctor', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/graph file not found/);
    expect((await runCli(['doctor', file, '--top', '0'])).code).toBe(64);
  });
});
