// loadGraph / graphFromJson: accepted inputs, and a clear InputError naming the file for
// missing, corrupt, foreign or inconsistent graphs.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { graphFromJson } from '../../src/graph-json.js';
import { loadGraph } from '../../src/io/load-graph.js';
import { fixtureGraph } from '../graph/fixture-graph.js';

const graph = fixtureGraph();
const exported = graph.export();
const dir = mkdtempSync(join(tmpdir(), 'papergraph-load-'));
const file = join(dir, 'graph.json');
writeFileSync(file, JSON.stringify(exported));
const emptyDir = join(dir, 'empty-dir');
mkdirSync(emptyDir);

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadGraph accepts', () => {
  it.each([
    ['a file path', () => loadGraph(file)],
    ['a relative path with cwd', () => loadGraph('graph.json', { cwd: dir })],
    ['a directory holding graph.json', () => loadGraph(dir)],
    ['JSON text', () => loadGraph(JSON.stringify(exported))],
    ['a parsed object', () => loadGraph(exported)],
  ])('%s', (_what, load) => {
    const loaded = load();
    expect(loaded.export()).toEqual(exported);
    expect(loaded.type).toBe('directed');
    expect(loaded.multi).toBe(true);
  });

  it('fills the defaults of the graph contract (aliases, appearance optional)', () => {
    const minimal = {
      nodes: [
        { key: 'paper:1', attributes: { type: 'paper', label: 'A paper', title: 'A paper' } },
        { key: 'model:x', attributes: { type: 'model', label: 'X' } },
      ],
      edges: [{ source: 'paper:1', target: 'model:x', attributes: { type: 'introduces' } }],
    };
    const g = loadGraph(minimal);
    expect(g.getNodeAttributes('model:x')).toMatchObject({ aliases: [], papers: 0, x: 0, y: 0, size: 1 });
    expect(g.getEdgeAttributes(g.edges()[0] ?? '')).toMatchObject({ weight: 1, evidence: [] });
  });
});

describe('loadGraph rejects with a message naming the problem', () => {
  const bad = (value: unknown) => ({ ...exported, ...(typeof value === 'object' ? value : {}) });
  it.each([
    ['a missing file', () => loadGraph(join(dir, 'nope.json')), /graph file not found: .*nope\.json.*papergraph build/],
    ['a directory without graph.json', () => loadGraph(emptyDir), /graph file not found: .*empty-dir.*graph\.json/],
    ['an empty file', () => loadGraph(write('empty.json', '')), /empty\.json is empty/],
    ['truncated JSON', () => loadGraph(write('cut.json', JSON.stringify(exported).slice(0, 500))), /cut\.json is not valid JSON/],
    ['a GEXF file', () => loadGraph(write('graph.gexf', '<?xml version="1.0"?><gexf/>')), /graph\.gexf is not valid JSON \(it looks like XML/],
    ['foreign JSON', () => loadGraph(write('package.json', '{"name": "x", "version": "1.0.0"}')), /package\.json is not a papergraph graph/],
    ['a JSON array', () => loadGraph(write('array.json', '[1, 2]')), /array\.json is not a papergraph graph/],
    [
      'a bad node type',
      () => loadGraph(write('type.json', JSON.stringify(bad({ nodes: [{ key: 'a', attributes: { type: 'person', label: 'A' } }], edges: [] })))),
      /type\.json is not a valid papergraph graph: nodes\[0\]\.attributes\.type/,
    ],
    [
      'a dangling edge',
      () => loadGraph(bad({ edges: [{ key: 'e', source: 'model:bert', target: 'model:ghost', attributes: { type: 'mentions' } }] })),
      /edge e points to missing node "model:ghost"/,
    ],
    ['a newer schema', () => loadGraph(bad({ attributes: { name: 'x', schemaVersion: 99 } })), /schema version 99, newer/],
    [
      'duplicate nodes',
      () =>
        loadGraph({
          nodes: [
            { key: 'a', attributes: { type: 'task', label: 'A' } },
            { key: 'a', attributes: { type: 'task', label: 'A' } },
          ],
          edges: [],
        }),
      /node "a" appears twice/,
    ],
  ])('%s', (_what, load, message) => {
    expect(load).toThrow(InputError);
    expect(load).toThrow(message);
  });

  it('graphFromJson names its source', () => {
    expect(() => graphFromJson({ nodes: 1 }, 'upload.json')).toThrow(/^upload\.json is not a papergraph graph/);
  });
});
