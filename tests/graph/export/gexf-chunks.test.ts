// gexfChunks writes nodes and edges with its own templates for speed; they must be byte for
// byte what graphology-gexf's writer makes of the same graph (with the same stand-ins first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gexfChunks } from '../../../graph/export/gexf.js';
import { MODEL_KEY, modelAttributes, writeRaw } from './gexf-reference.js';
import { TEXT_BATCH } from '../../../graph/export/text-batch.js';
import type { PaperGraph } from '../../../graph/schema.js';
import { dedupePapers, buildGraph } from '../../../src/pipeline.js';
import { parseCorpus } from '../../../src/readers/index.js';
import { fixtureGraph } from '../fixture-graph.js';

/** The writer's own document of the graph, stand-ins first, stand-in elements removed. */
function reference(graph: PaperGraph, pretty: boolean): string {
  const model = modelAttributes(graph);
  const withModel = graph.nullCopy();
  withModel.replaceAttributes(graph.getAttributes());
  withModel.addNode(MODEL_KEY, model.node);
  withModel.addNode(`${MODEL_KEY}b`, model.node);
  withModel.addDirectedEdgeWithKey(MODEL_KEY, MODEL_KEY, `${MODEL_KEY}b`, model.edge);
  graph.forEachNode((key, attrs) => withModel.addNode(key, attrs));
  graph.forEachEdge((key, attrs, source, target) => withModel.addDirectedEdgeWithKey(key, source, target, attrs));
  const xml = writeRaw(withModel, '1.3', pretty);
  const body = xml.slice(xml.indexOf('<nodes>'));
  const ws = pretty ? '\\n\\s*' : '';
  return body
    .replace(new RegExp(`${ws}<node id="${MODEL_KEY}b?"[\\s\\S]*?</node>`, 'g'), '')
    .replace(new RegExp(`${ws}<edge id="${MODEL_KEY}"[\\s\\S]*?</edge>`, 'g'), '');
}

const body = (xml: string) => xml.slice(xml.indexOf('<nodes>'));

const seedGraph = () => {
  const root = join(import.meta.dirname, '../../..');
  const { papers } = dedupePapers(parseCorpus(readFileSync(join(root, 'seeds/papers.txt'), 'utf8'), 'seeds').papers);
  return buildGraph(papers, { layout: { iterations: 5 } });
};

describe('gexfChunks', () => {
  it.each([
    ['fixture graph, pretty', fixtureGraph, true],
    ['fixture graph, compact', fixtureGraph, false],
    ['seed graph, pretty', seedGraph, true],
  ] as const)('%s: nodes and edges are exactly what graphology-gexf writes', (_name, make, pretty) => {
    const graph = make();
    const saved = { ...TEXT_BATCH };
    TEXT_BATCH.chars = 2000;
    try {
      const chunks = [...gexfChunks(graph, { pretty })];
      expect(chunks.length).toBeGreaterThan(4);
      expect(body(chunks.join(''))).toBe(reference(graph, pretty));
    } finally {
      Object.assign(TEXT_BATCH, saved);
    }
  });
});
