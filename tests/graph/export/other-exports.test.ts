// GraphML, Neo4j CSV and node-link JSON exports: read back by graphology-graphml and
// NetworkX, and CSV parsed with neo4j-admin's quoting rules.
import { execFileSync } from 'node:child_process';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { csvArray, csvField, EDGE_HEADER, NODE_HEADER, toCsv } from '../../../graph/export/csv.js';
import { toGraphml } from '../../../graph/export/graphml.js';
import { toNodeLink, toNodeLinkJson } from '../../../graph/export/json.js';
import { fixtureGraph } from '../fixture-graph.js';
import { writeTemp } from './gexf-readers.js';

const graph = fixtureGraph();

/**
 * Node-link JSON is read the way each NetworkX version documents: 3.6 with its defaults
 * (edges under "edges"), 3.4 and 3.5 with edges="edges", older ones with link="edges";
 * the older "links" key with edges="links" (3.4+) or the old default.
 */
function networkxCounts(loader: string, file: string, python = '/usr/bin/python3'): { nodes: number; edges: number; multi: boolean; keys: string[] } {
  const script = `
import sys, json
import networkx as nx
from networkx.readwrite import json_graph
path = sys.argv[1]
version = tuple(int(p) for p in nx.__version__.split(".")[:2])
if sys.argv[2] == "graphml":
    g = nx.read_graphml(path, force_multigraph=True)
elif sys.argv[2] == "json-links":
    data = json.load(open(path))
    g = json_graph.node_link_graph(data, edges="links") if version >= (3, 4) else json_graph.node_link_graph(data)
elif version >= (3, 6):
    g = json_graph.node_link_graph(json.load(open(path)))
elif version >= (3, 4):
    g = json_graph.node_link_graph(json.load(open(path)), edges="edges")
else:
    g = json_graph.node_link_graph(json.load(open(path)), link="edges")
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph(),
                  "keys": sorted(str(k) for _, _, k in g.edges(keys=True))}))
`;
  const out = execFileSync(python, ['-c', script, file, loader], { encoding: 'utf8' });
  const parsed: unknown = JSON.parse(out);
  if (typeof parsed !== 'object' || parsed === null || !('nodes' in parsed) || !('edges' in parsed) || !('multi' in parsed) || !('keys' in parsed)) {
    throw new Error(`unexpected python output: ${out}`);
  }
  const { nodes, edges, multi, keys } = parsed;
  return { nodes: Number(nodes), edges: Number(edges), multi: multi === true, keys: Array.isArray(keys) ? keys.map(String) : [] };
}

/** A python3 on PATH whose NetworkX is 3.6 or newer, if any. */
function pythonWithNetworkx36(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      const version = execFileSync(python, ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' }).trim();
      const [major = 0, minor = 0] = version.split('.').map(Number);
      if (major > 3 || (major === 3 && minor >= 6)) return python;
    } catch {
      // no python or no networkx there
    }
  }
  return undefined;
}

/** RFC 4180 parsing, which is what neo4j-admin does with its default quote character. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

describe('GraphML', () => {
  const text = toGraphml(graph);

  it('parses back with graphology-graphml: same nodes, edges and attributes', () => {
    const back = parseGraphml(MultiDirectedGraph, text);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachNode((key, attrs) => {
      const b = back.getNodeAttributes(key);
      expect(b.label).toBe(attrs.label);
      expect(b.type).toBe(attrs.type);
      expect(JSON.parse(String(b.aliases))).toEqual(attrs.aliases);
      expect([b.x, b.y]).toEqual([attrs.x, attrs.y]);
      if (attrs.abstract) expect(b.abstract).toBe(attrs.abstract);
    });
    graph.forEachEdge((key, attrs) => {
      const b = back.getEdgeAttributes(key);
      expect(b.type).toBe(attrs.type);
      expect(b.weight).toBe(attrs.weight);
      expect(JSON.parse(String(b.evidence))).toEqual(attrs.evidence);
    });
  });

  it('loads in NetworkX as a multigraph with our edge keys', () => {
    const nx = networkxCounts('graphml', writeTemp('graph.graphml', text));
    expect(nx).toEqual({ nodes: graph.order, edges: graph.size, multi: true, keys: graph.edges().sort() });
  });
});

describe('Neo4j CSV', () => {
  const { nodes, edges } = toCsv(graph);
  const nodeRows = parseCsv(nodes);
  const edgeRows = parseCsv(edges);

  it('has neo4j-admin headers', () => {
    expect(nodeRows[0]).toEqual(NODE_HEADER);
    expect(nodeRows[0]?.slice(0, 2)).toEqual(['key:ID', ':LABEL']);
    expect(edgeRows[0]?.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(edgeRows[0]).toEqual(EDGE_HEADER);
  });

  it('has one row per node and edge, every row as wide as its header', () => {
    expect(nodeRows).toHaveLength(graph.order + 1);
    expect(edgeRows).toHaveLength(graph.size + 1);
    for (const row of nodeRows) expect(row).toHaveLength(NODE_HEADER.length);
    for (const row of edgeRows) expect(row).toHaveLength(EDGE_HEADER.length);
  });

  it('keeps labels, aliases, types and evidence readable', () => {
    const gloria = nodeRows.find((r) => r[0] === 'model:gloria');
    expect(gloria?.slice(1, 5)).toEqual(['Model', 'Glória', 'model', 'GlorIA 1.3B, v2']);
    const bio = nodeRows.find((r) => r[0] === 'paper:1901.08746');
    expect(bio?.[7]).toBe('We introduce BioBERT, which is initialized with BERT and further pre-trained on PubMed. It beats "BERT" & <others> on NER.');
    expect(bio?.[11]).toBe('Jinhyuk Lee;Wonjin Yoon, Jr.');
    const lineageRow = edgeRows.find((r) => r[3] === 'derived_from:model:biobert->model:bert');
    expect(lineageRow?.slice(0, 6)).toEqual([
      'model:biobert',
      'model:bert',
      'DERIVED_FROM',
      'derived_from:model:biobert->model:bert',
      'continued-pretraining',
      '1',
    ]);
    expect(JSON.parse(lineageRow?.[6] ?? '')).toEqual(graph.getEdgeAttribute('derived_from:model:biobert->model:bert', 'evidence'));
  });

  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two lines"'],
    [3, '3'],
    [Number.NaN, ''],
    [undefined, ''],
  ])('csvField(%j) = %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('csvArray joins with ; and cannot carry a ; inside an item', () => {
    expect(csvArray(['a', 'b;c'])).toBe('"a;b,c"');
    expect(csvArray([])).toBe('');
  });
});

describe('node-link JSON', () => {
  it('has every node and edge, keyed like the graph', () => {
    const data = toNodeLink(graph);
    expect(data.nodes.map((n) => n.id)).toEqual(graph.nodes());
    expect(data.edges.map((l) => l.key)).toEqual(graph.edges());
    expect(data.nodes.find((n) => n.id === 'paper:1810.04805')).toMatchObject({ arxivId: '1810.04805' });
  });

  it('loads in NetworkX 3.x with json_graph.node_link_graph and its defaults', () => {
    const text = toNodeLinkJson(graph);
    expect(Object.keys(JSON.parse(text))).toEqual(['directed', 'multigraph', 'graph', 'nodes', 'edges']);
    const nx = networkxCounts('json', writeTemp('graph.json', text));
    expect(nx).toEqual({ nodes: graph.order, edges: graph.size, multi: true, keys: graph.edges().sort() });
  });

  // Debian's python3-networkx may be older than 3.6; a NetworkX 3.6 on PATH checks the defaults too.
  const networkx36 = pythonWithNetworkx36();
  it.skipIf(!networkx36)('loads in NetworkX >= 3.6 with no arguments at all', () => {
    const nx = networkxCounts('json', writeTemp('graph36.json', toNodeLinkJson(graph)), networkx36);
    expect(nx).toEqual({ nodes: graph.order, edges: graph.size, multi: true, keys: graph.edges().sort() });
  });

  it('writes the older `links` key on request, read with edges="links"', () => {
    const text = toNodeLinkJson(graph, { edgesKey: 'links' });
    expect(Object.keys(JSON.parse(text))).toContain('links');
    const nx = networkxCounts('json-links', writeTemp('graph-links.json', text));
    expect(nx).toEqual({ nodes: graph.order, edges: graph.size, multi: true, keys: graph.edges().sort() });
  });
});
