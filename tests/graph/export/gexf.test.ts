// GEXF export: the three independent readers of issue 4 (RELAX NG grammar, NetworkX,
// graphology-gexf) on the fixture graph, plus control cases showing graphology-gexf's
// writer alone fails the first two, so the repairs in graph/export/gexf.ts are needed.

import { parse, write } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { FALLBACK_COLOR, parseColor, toRgbString } from '../../../graph/export/color.js';
import { formatGexfList, toGexf } from '../../../graph/export/gexf.js';
import { OPTIONAL_NODE_TEXT_COLUMNS } from './gexf-reference.js';
import { fixtureGraph } from '../fixture-graph.js';
import { readWithNetworkx, validateRelaxNg, writeTemp } from './gexf-readers.js';

const graph = fixtureGraph();
const gexf = toGexf(graph);
const file = writeTemp('graph.gexf', gexf);

/** graphology-gexf's writer with nothing but evidence flattened (it throws on arrays of objects). */
function rawWrite(): string {
  expect(() => write(graph, { version: '1.3' })).toThrow(/includes is not a function/);
  const plain = new MultiDirectedGraph();
  plain.import(graph.export());
  plain.updateEachEdgeAttributes((_key, attrs) => ({ ...attrs, evidence: JSON.stringify(attrs.evidence) }));
  return write(plain, { version: '1.3' });
}

function expectedColor(css: string | undefined) {
  const c = parseColor(css) ?? FALLBACK_COLOR;
  return { r: c.r, g: c.g, b: c.b };
}

describe('GEXF 1.3 against the official RELAX NG grammar', () => {
  it('validates', () => {
    const result = validateRelaxNg(file);
    expect(result.messages).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('control: graphology-gexf alone is rejected (xsi:schemaLocation, meta elements)', () => {
    const raw = rawWrite();
    expect(raw).toContain('xsi:schemaLocation');
    expect(validateRelaxNg(writeTemp('raw.gexf', raw)).ok).toBe(false);
  });

  it('validates without pretty-printing', () => {
    const compact = toGexf(graph, { pretty: false });
    expect(compact.split('\n').length).toBeLessThan(3);
    expect(validateRelaxNg(writeTemp('compact.gexf', compact)).ok).toBe(true);
  });

  it('validates an empty graph and one without positions or colours', () => {
    const empty = fixtureGraph();
    empty.clear();
    expect(validateRelaxNg(writeTemp('empty.gexf', toGexf(empty))).ok).toBe(true);
    const odd = fixtureGraph();
    odd.updateEachNodeAttributes((_k, a) => ({ ...a, x: Number.NaN, color: 'not-a-colour', size: -3 }));
    expect(validateRelaxNg(writeTemp('odd.gexf', toGexf(odd))).ok).toBe(true);
  });
});

describe('GEXF read by NetworkX', () => {
  const nx = readWithNetworkx(file);

  it('has the same node and edge counts, as a multigraph keyed by our edge ids', () => {
    expect(Object.keys(nx.nodes).length).toBe(graph.order);
    expect(nx.edges.length).toBe(graph.size);
    expect(nx.class).toBe('MultiDiGraph');
    expect(nx.edges.map((e) => e[2]).sort()).toEqual(graph.edges().sort());
  });

  it("has every node's position, colour and size", () => {
    graph.forEachNode((key, attrs) => {
      const viz = nx.nodes[key]?.viz;
      expect(viz?.position, key).toEqual({ x: attrs.x, y: attrs.y, z: 0 });
      expect(viz?.color, key).toMatchObject(expectedColor(attrs.color));
      expect(viz?.size, key).toBe(attrs.size);
      expect(nx.nodes[key]?.type).toBe(attrs.type);
    });
  });

  it('has edge types, relations and evidence', () => {
    for (const [source, target, key, data] of nx.edges) {
      const attrs = graph.getEdgeAttributes(key);
      expect([source, target]).toEqual(graph.extremities(key));
      expect(data.type).toBe(attrs.type);
      expect(data.relation).toBe(attrs.relation);
      expect(data.weight).toBe(attrs.weight);
      expect(JSON.parse(String(data.evidence))).toEqual(attrs.evidence);
    }
  });

  it('control: graphology-gexf alone crashes NetworkX (viz:color with only hex)', () => {
    const raw = rawWrite();
    expect(raw).toMatch(/<viz:color hex=/);
    expect(() => readWithNetworkx(writeTemp('raw.gexf', raw))).toThrow(/int\(\)|NoneType|TypeError/);
  });

  it('reads the 1.2draft variant without any shim (for NetworkX < 3.6)', () => {
    const old = readWithNetworkx(writeTemp('graph-12.gexf', toGexf(graph, { version: '1.2draft' })), 'plain');
    expect(Object.keys(old.nodes).length).toBe(graph.order);
    expect(old.edges.length).toBe(graph.size);
    graph.forEachNode((key, attrs) => {
      expect(old.nodes[key]?.viz?.position).toEqual({ x: attrs.x, y: attrs.y, z: 0 });
      expect(old.nodes[key]?.viz?.color).toMatchObject(expectedColor(attrs.color));
    });
  });
});

describe('GEXF parsed back by graphology-gexf', () => {
  const back = parse(MultiDirectedGraph, gexf);

  it('has the same nodes and edges with the same extremities', () => {
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    back.forEachEdge((key, _a, source, target) => expect([source, target]).toEqual(graph.extremities(key)));
  });

  it('has the same node attributes (raw title/abstract left out on purpose)', () => {
    graph.forEachNode((key, attrs) => {
      const expected: Record<string, unknown> = {
        label: attrs.label,
        type: attrs.type,
        aliases: attrs.aliases,
        papers: attrs.papers,
        color: toRgbString(parseColor(attrs.color) ?? FALLBACK_COLOR),
        size: attrs.size,
        x: attrs.x,
        y: attrs.y,
      };
      // Written under their export names (`id` is arxivId: the node id is the id).
      for (const { attribute, name } of OPTIONAL_NODE_TEXT_COLUMNS) if (attrs[attribute] !== undefined) expected[name] = attrs[attribute];
      if (attrs.authors) expected.authors = attrs.authors;
      expect(back.getNodeAttributes(key), key).toEqual(expected);
    });
  });

  it('has the same edge attributes, evidence as a JSON string', () => {
    graph.forEachEdge((key, attrs) => {
      const { evidence, ...rest } = back.getEdgeAttributes(key);
      expect(JSON.parse(String(evidence))).toEqual(attrs.evidence);
      const expected: Record<string, unknown> = { type: attrs.type, kind: attrs.type, weight: attrs.weight };
      if (attrs.relation) expected.relation = attrs.relation;
      if (attrs.color) expected.color = toRgbString(parseColor(attrs.color) ?? FALLBACK_COLOR);
      if (attrs.size !== undefined) expected.thickness = attrs.size;
      expect(rest, key).toEqual(expected);
    });
  });
});

describe('GEXF details', () => {
  it('converts named and rgba colours to r, g, b (named colours are not left empty)', () => {
    expect(gexf).not.toMatch(/<viz:color\s*\/>/);
    expect(gexf).not.toContain('hex=');
    expect(gexf).toMatch(/<node id="language:english"[\s\S]*?<viz:color r="255" g="0" b="0"\/>/);
    expect(gexf).toContain('<viz:color r="10" g="20" b="30" a="0.5"/>');
  });

  it('strips characters XML 1.0 forbids', () => {
    const hostile = fixtureGraph();
    hostile.setNodeAttribute('model:bert', 'label', 'BERT\u0001\uFFFF');
    const text = toGexf(hostile);
    expect(text).toContain('label="BERT"');
    expect(validateRelaxNg(writeTemp('hostile.gexf', text)).ok).toBe(true);
  });

  it('is deterministic', () => {
    expect(toGexf(fixtureGraph())).toBe(gexf);
  });

  it.each([
    [['a', 'b'], '1.3', '["a", "b"]'],
    [['GlorIA 1.3B, v2'], '1.3', '["GlorIA 1.3B, v2"]'],
    [['say "hi"', 'back\\slash'], '1.3', '["say \\"hi\\"", "back\\\\slash"]'],
    [[], '1.3', '[]'],
    [['a', 'b|c'], '1.2draft', 'a|b/c'],
  ] as const)('formats list %j for %s as %s', (items, version, expected) => {
    expect(formatGexfList(items, version)).toBe(expected);
  });
});
