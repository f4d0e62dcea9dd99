// papersFor() and shortestPath() on the fixture graph.
import { describe, expect, it } from 'vitest';
import { papersFor, shortestPath } from '../../../graph/query/index.js';
import { fixtureGraph } from '../fixture-graph.js';

const graph = fixtureGraph();

describe('papersFor', () => {
  it('lists the papers behind BERT, strongest relation first, then oldest', () => {
    // derived_from: the paper's sentences are the evidence of a lineage edge into BERT.
    expect(papersFor(graph, 'BERT').map((p) => [p.key, p.relations])).toEqual([
      ['paper:1810.04805', ['introduces']],
      ['paper:1901.08746', ['builds_on', 'derived_from']],
      ['paper:1910.01108', ['builds_on', 'mentions', 'derived_from']],
      ['paper:1911.02116', ['derived_from']],
    ]);
  });

  it('carries titles, dates and evidence', () => {
    const [first] = papersFor(graph, 'BERT');
    expect(first).toMatchObject({ title: 'BERT: Pre-training of Deep Bidirectional Transformers', published: '2018-10-11' });
    expect(first?.evidence[0]?.rule).toBe('introduce-called');
  });

  it('filters by relation and works for languages', () => {
    expect(papersFor(graph, 'BERT', { edgeTypes: ['introduces'] }).map((p) => p.key)).toEqual(['paper:1810.04805']);
    expect(papersFor(graph, 'portuguese').map((p) => p.key)).toEqual(['paper:1911.02116', 'paper:2301.00001']);
  });
});

describe('shortestPath', () => {
  it('finds the lineage path, ignoring direction by default', () => {
    const path = shortestPath(graph, 'BERT', 'Glória');
    expect(path?.map((s) => s.label)).toEqual(['BERT', 'RoBERTa', 'XLM-R', 'Glória']);
    expect(path?.[1]?.via).toMatchObject({ type: 'derived_from', relation: 'extends', direction: 'in' });
    expect(path?.[0]?.via).toBeUndefined();
  });

  it('respects direction when asked', () => {
    expect(shortestPath(graph, 'BERT', 'Glória', { direction: 'out' })).toBeNull();
    expect(shortestPath(graph, 'Glória', 'BERT', { direction: 'out' })?.map((s) => s.via?.direction ?? null)).toEqual([null, 'out', 'out', 'out']);
  });

  it('returns null for unconnected nodes and a single step for the same node', () => {
    expect(shortestPath(graph, 'BERT', 'An unrelated survey of graph drawing')).toBeNull();
    expect(shortestPath(graph, 'BERT', 'bert')?.map((s) => s.key)).toEqual(['model:bert']);
  });

  it('walks only the given edge types', () => {
    expect(shortestPath(graph, 'English', 'Glória', { edgeTypes: ['derived_from'] })).toBeNull();
    expect(shortestPath(graph, 'English', 'Glória')).not.toBeNull();
  });
});
