import { describe, expect, it } from 'vitest';
import { graphJsonChunks } from '../../../graph/export/graph-json.js';
import { createGraph } from '../../../graph/schema.js';
import { fixtureGraph } from '../fixture-graph.js';

describe('graphJsonChunks', () => {
  it('joins to exactly JSON.stringify(graph.export())', () => {
    const graph = fixtureGraph();
    expect([...graphJsonChunks(graph)].join('')).toBe(JSON.stringify(graph.export()));
  });
  it('handles an empty graph and batches past the chunk size', () => {
    const empty = createGraph();
    expect([...graphJsonChunks(empty)].join('')).toBe(JSON.stringify(empty.export()));
    const big = createGraph();
    for (let i = 0; i < 4500; i++) {
      big.addNode(`model:m${i}`, { type: 'model', label: `M${i}`, aliases: [], papers: 0, x: i, y: -i, size: 1, color: '#000000' });
      if (i) big.addDirectedEdgeWithKey(`e${i}`, `model:m${i}`, `model:m${i - 1}`, { type: 'variant_of', weight: 1, evidence: [] });
    }
    const chunks = [...graphJsonChunks(big)];
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.join('')).toBe(JSON.stringify(big.export()));
  });
});
