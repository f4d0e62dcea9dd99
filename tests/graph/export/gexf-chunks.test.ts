// The streamed GEXF (writer run on slices) must equal the writer's document of the whole graph.
import { afterEach, describe, expect, it } from 'vitest';
import { GEXF_CHUNK, gexfChunks } from '../../../graph/export/gexf.js';
import { fixtureGraph } from '../fixture-graph.js';

const saved = { ...GEXF_CHUNK };
afterEach(() => Object.assign(GEXF_CHUNK, saved));

describe('gexfChunks', () => {
  it.each([true, false])('slices join to the whole-graph document (pretty: %s)', (pretty) => {
    const graph = fixtureGraph();
    const whole = [...gexfChunks(graph, { pretty })].join('');
    Object.assign(GEXF_CHUNK, { nodes: 2, edges: 3 });
    const chunks = [...gexfChunks(graph, { pretty })];
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.join('')).toBe(whole);
  });
});
