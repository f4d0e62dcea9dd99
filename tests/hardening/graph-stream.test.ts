// The element-by-element reader of graph.json (used above STREAM_ABOVE) gives the same graph
// as JSON.parse, whatever the chunk size (every boundary crossed), and the same kind of
// messages on corrupt files. The 600 MB case is tests/slow/huge-graph.slow.ts (npm run test:slow).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STREAM_CHUNK, streamGraphFile } from '../../src/io/graph-json-stream.js';
import { loadGraph, STREAM_ABOVE } from '../../src/io/load-graph.js';
import { buildGraph, dedupePapers } from '../../src/pipeline.js';
import { parseCorpus } from '../../src/readers/index.js';

const root = join(import.meta.dirname, '../..');
const saved = { chunk: STREAM_CHUNK.bytes, above: STREAM_ABOVE.bytes };
afterEach(() => {
  STREAM_CHUNK.bytes = saved.chunk;
  STREAM_ABOVE.bytes = saved.above;
});

const seedGraph = () => {
  const papers = dedupePapers(parseCorpus(readFileSync(join(root, 'seeds/papers.txt'), 'utf8'), 'seeds').papers).papers;
  return buildGraph(papers.slice(0, 40), { layout: { iterations: 5 } });
};

function write(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'papergraph-stream-')), 'graph.json');
  writeFileSync(file, text);
  return file;
}

describe('streaming graph.json', () => {
  const graph = seedGraph();
  const text = JSON.stringify(graph.export());

  it.each([7, 64, 4096])('chunks of %i bytes: the same graph as JSON.parse', (bytes) => {
    STREAM_CHUNK.bytes = bytes;
    const back = JSON.stringify(streamGraphFile(write(text), 'g.json').export());
    // Compared as booleans: a failure must not print megabytes.
    expect(back === JSON.stringify(loadGraph(text).export())).toBe(true);
  });

  it('reads pretty-printed JSON, unicode split across chunks, and edges before nodes', () => {
    STREAM_CHUNK.bytes = 5;
    const data = graph.export();
    const reordered = JSON.stringify({ edges: data.edges, attributes: data.attributes, nodes: data.nodes, options: data.options }, null, 2);
    const back = streamGraphFile(write(reordered.replace('"label"', '"label" ')), 'g.json');
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes(graph.nodes()[0]!)).toEqual(graph.getNodeAttributes(graph.nodes()[0]!));
  });

  it('is what loadGraph uses above STREAM_ABOVE', () => {
    STREAM_ABOVE.bytes = 10;
    STREAM_CHUNK.bytes = 100;
    expect(loadGraph(write(text)).order).toBe(graph.order);
  });

  it.each([
    ['a cut file', (t: string) => t.slice(0, Math.floor(t.length / 2)), /g\.json is not valid JSON at byte \d+: the file ends/],
    [
      'a wrong type',
      (t: string) => t.replace('"type":"paper"', '"type":"spaceship"'),
      /g\.json is not a valid papergraph graph: nodes\[\d+\]\.attributes\.type/,
    ],
    ['a dangling edge', (t: string) => t.replace(/"source":"[^"]+"/, '"source":"model:nowhere"'), /edge .* points to missing node "model:nowhere"/],
    ['not a graph', () => '[1,2,3]', /g\.json is not a papergraph graph/],
    ['junk after the graph', (t: string) => `${t} extra`, /more text after the graph/],
  ])('%s: an InputError that names the file', (_name, corrupt, message) => {
    STREAM_CHUNK.bytes = 256;
    expect(() => streamGraphFile(write(corrupt(text)), 'g.json')).toThrow(message);
  });
});
