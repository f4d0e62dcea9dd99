// Readers other than ours: python-igraph reads the GraphML export with every node key kept
// (a data key named `id` used to replace them all), and the package carries its licence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../graph/export/graphml.js';
import { buildGraph, dedupePapers } from '../../src/pipeline.js';
import { parseCorpus } from '../../src/readers/index.js';

const root = join(import.meta.dirname, '../..');

const IGRAPH = `
import json, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({"names": sorted(g.vs["id"]), "edges": g.ecount(), "arxiv": sorted(v for v in g.vs["arxivId"] if v)}))
`;

function hasIgraph(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import igraph'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('interop', () => {
  it('python-igraph reads the GraphML export with every node key and the arXiv ids', (ctx) => {
    if (!hasIgraph()) ctx.skip('python3-igraph is not installed (apt-get install python3-igraph; .ci/run does)');
    const text = readFileSync(join(root, 'seeds/papers.txt'), 'utf8');
    const lines = parseCorpus(text, 'seeds')
      .papers.slice(0, 30)
      .map((p, i) => JSON.stringify({ id: `2401.${10000 + i}`, title: p.title, abstract: p.abstract }));
    const graph = buildGraph(dedupePapers(parseCorpus(lines.join('\n'), 'p.jsonl').papers).papers, { layout: false });
    const file = join(mkdtempSync(join(tmpdir(), 'papergraph-igraph-')), 'graph.graphml');
    writeFileSync(file, toGraphml(graph));
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', IGRAPH, file], { encoding: 'utf8' }));
    expect(read.names).toEqual(graph.nodes().sort());
    expect(read.edges).toBe(graph.size);
    expect(read.arxiv).toHaveLength(30);
  });

  it('ships an MIT LICENSE, as package.json says', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });
});
