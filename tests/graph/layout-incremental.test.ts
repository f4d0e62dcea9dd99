import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../graph/layout.js';
import type { PaperGraph } from '../../graph/schema.js';
import { buildGraph, type Extractor } from '../../src/pipeline.js';
import type { Fact, Paper } from '../../src/types.js';
import { updateGraph } from '../../src/update-graph.js';

// Incremental layout (`add`): old nodes do not move, new ones start next to their neighbours.
const paper = (title: string): Paper => ({ title, abstract: 'x', rawTitle: title, rawAbstract: 'x', source: { file: 't', line: 1 } });
const uses = (name: string): Fact => ({ kind: 'paper', edge: 'mentions', target: { type: 'model', name }, sentence: 's', rule: 'r' });

const MODELS = ['BERT', 'RoBERTa', 'T5', 'GPT-2', 'LLaMA', 'Mistral', 'CLIP', 'ViT'];
const table = new Map<string, Fact[]>();
// Forty old papers, each using two models of a ring, so the drawing has some spread.
for (let i = 0; i < 40; i++) table.set(`Old ${i}`, [uses(MODELS[i % 8] ?? ''), uses(MODELS[(i + 1) % 8] ?? '')]);
table.set('New near BERT', [uses('BERT'), uses('BioBERT')]);
table.set('New island', [uses('Brand-new model')]);
const extract: Extractor = ({ title }) => ({ facts: table.get(title) ?? [] });

const OLD = [...table.keys()].filter((t) => t.startsWith('Old')).map(paper);
const NEW = ['New near BERT', 'New island'].map(paper);

function positions(graph: PaperGraph): Map<string, [number, number]> {
  return new Map(graph.mapNodes((key, a): [string, [number, number]] => [key, [a.x, a.y]]));
}

function grown(): { graph: PaperGraph; before: Map<string, [number, number]>; newNodes: Set<string> } {
  const graph = buildGraph(OLD, { extract, firstAdded: 'day1' });
  const before = positions(graph);
  const { newNodes } = updateGraph(graph, NEW, { label: 'day2', extract });
  return { graph, before, newNodes };
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('layoutGraph with onlyNew', () => {
  it('leaves every old node exactly where it was', () => {
    const { graph, before } = grown();
    for (const [key, xy] of before) expect([key, graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')]).toEqual([key, ...xy]);
  });

  it('places new nodes next to their neighbours, islands inside the drawing', () => {
    const { graph, before, newNodes } = grown();
    expect([...newNodes].sort()).toEqual(['model:biobert', 'model:brand-new-model', 'paper:new-island', 'paper:new-near-bert']);
    const old = [...before.values()];
    const centre: [number, number] = [old.reduce((s, p) => s + p[0], 0) / old.length, old.reduce((s, p) => s + p[1], 0) / old.length];
    const radius = Math.max(...old.map((p) => distance(p, centre)));
    const at = (key: string): [number, number] => [graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')];
    // As close to BERT as its old papers are (the drawing's own edge length), and BioBERT next to its paper.
    const bert = at('model:bert');
    const edgeLength = Math.max(
      ...graph
        .neighbors('model:bert')
        .filter((n) => before.has(n))
        .map((n) => distance(at(n), bert)),
    );
    expect(edgeLength).toBeLessThan(radius);
    expect(distance(at('paper:new-near-bert'), bert)).toBeLessThan(edgeLength * 1.5);
    expect(distance(at('model:biobert'), at('paper:new-near-bert'))).toBeLessThan(edgeLength * 1.5);
    for (const key of ['paper:new-island', 'model:brand-new-model']) expect(distance(at(key), centre)).toBeLessThan(radius * 1.5);
  });

  it('writes only x and y: no layout flag is left on any node', () => {
    const { graph } = grown();
    const allowed = new Set(['type', 'label', 'aliases', 'title', 'abstract', 'rawTitle', 'rawAbstract', 'papers', 'firstAdded', 'x', 'y', 'size', 'color']);
    graph.forEachNode((key, attrs) => expect([key, Object.keys(attrs).filter((k) => !allowed.has(k))]).toEqual([key, []]));
  });

  it('is deterministic', () => {
    expect(positions(grown().graph)).toEqual(positions(grown().graph));
  });

  it('does nothing when there is nothing new', () => {
    const graph = buildGraph(OLD, { extract });
    const before = JSON.stringify(graph.export());
    expect(layoutGraph(graph, { onlyNew: new Set() }).iterations).toBe(0);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
