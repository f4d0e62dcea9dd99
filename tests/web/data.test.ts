// The map's pure data helpers, on the hand-written fixture graph: hash state, search,
// details, lineage, and the visible subgraph for export.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraph } from '../../graph/schema.js';
import { graphFromJson } from '../../src/graph-json.js';
import { panelDetails } from '../../web/data/details.js';
import { DEFAULT_HASH_STATE, formatHash, parseHash, type HashState } from '../../web/data/hash-state.js';
import { lineageNodeKeys, lineageOf } from '../../web/data/lineage.js';
import { motion, moveCamera, resetCamera, zoomCamera, type CameraState, type MovableCamera } from '../../web/data/motion.js';
import { countByType, countEdgesByType } from '../../web/data/palette.js';
import { createSearchIndex, searchNodes } from '../../web/data/search.js';
import { visibleSubgraph } from '../../web/data/visible.js';
import { buildFixtureGraph, XSS_MODEL } from './fixture-graph.js';

const graph = buildFixtureGraph();
const index = createSearchIndex(graph);

describe('hash state', () => {
  const cases: [string, Partial<HashState>][] = [
    ['', {}],
    ['#node=model%3Abiobert', { selected: 'model:biobert' }],
    ['#hide=paper%2Clanguage', { hiddenNodeTypes: new Set(['paper', 'language'] as const) }],
    ['#hideEdges=mentions', { hiddenEdgeTypes: new Set(['mentions'] as const) }],
    ['#node=task%3Aner&size=degree&tab=lineage', { selected: 'task:ner', sizeBy: 'degree', tab: 'lineage' }],
  ];
  it.each(cases)('%s round-trips', (hash, partial) => {
    const state = { ...DEFAULT_HASH_STATE, ...partial };
    expect(parseHash(hash)).toEqual(state);
    expect(formatHash(state)).toBe(hash);
  });

  it.each([
    ['#hide=paper,bogus,paper', { hiddenNodeTypes: new Set(['paper'] as const) }],
    ['#size=huge&tab=%3Cscript%3E', {}],
    ['#node=', {}],
    ['#%E0%A4%A', {}],
  ])('drops unknown values in %s', (hash, partial) => {
    expect(parseHash(hash)).toEqual({ ...DEFAULT_HASH_STATE, ...partial });
  });
});

describe('searchNodes', () => {
  it.each([
    ['BioBERT', 'model:biobert', undefined],
    ['biobert', 'model:biobert', undefined],
    ['xlm-roberta', 'model:xlm-r', 'XLM-RoBERTa'],
    ['XLM RoBERTa', 'model:xlm-r', 'XLM-RoBERTa'],
    ['named entity', 'task:named-entity-recognition', undefined],
    ['entity', 'task:named-entity-recognition', undefined],
  ])('%s -> %s first', (query, key, alias) => {
    const [first] = searchNodes(index, query);
    expect(first?.key).toBe(key);
    expect(first?.alias).toBe(alias);
  });

  it('ranks entities before papers and exact before prefix', () => {
    expect(
      searchNodes(index, 'bert')
        .map((s) => s.key)
        .slice(0, 2),
    ).toEqual(['model:bert', 'paper:1810.04805']);
  });

  it('leaves out types the filters hide, and finds nothing for blanks', () => {
    expect(searchNodes(index, 'BioBERT', { include: (t) => t !== 'model' }).every((s) => s.type === 'paper')).toBe(true);
    expect(searchNodes(index, '   ')).toEqual([]);
  });
});

describe('panelDetails (graph/query nodeDetails)', () => {
  it('gives BioBERT its parent, child, introducing paper and evidence', () => {
    const d = panelDetails(graph, 'model:biobert');
    expect(d?.parents.map((b) => [b.label, b.edgeType, b.relation])).toEqual([['BERT', 'derived_from', 'continued-pretraining']]);
    expect(d?.children.map((b) => b.label)).toEqual(['ChemBERT']);
    expect(d?.papers.filter((p) => p.relations[0] === 'introduces').map((p) => p.key)).toEqual(['paper:1901.08746']);
    expect(d?.evidence[0]?.relations[0]).toMatchObject({ edgeType: 'derived_from', direction: 'out', other: { key: 'model:bert' } });
    expect(d?.evidence[0]?.paperTitle).toMatch(/^BioBERT: a pre-trained/);
  });

  it('lists each sentence once, with every relation it supports', () => {
    const d = panelDetails(graph, 'model:biobert');
    const sentences = d?.evidence.map((g) => `${g.paper} ${g.sentence}`) ?? [];
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(d?.papers.map((p) => p.key).length).toBe(new Set(d?.papers.map((p) => p.key)).size);
  });

  it('lists what a paper points at', () => {
    const d = panelDetails(graph, 'paper:1810.04805');
    expect(d?.entities.introduces?.map((e) => e.label)).toEqual(['BERT']);
    expect(d?.attributes.abstract).toContain('called BERT');
  });

  it('is undefined for an unknown node', () => {
    expect(panelDetails(graph, 'model:nothing')).toBeUndefined();
  });
});

describe('lineageOf (graph/query lineage)', () => {
  it('walks descendants of BERT over several generations', () => {
    const t = lineageOf(graph, 'model:bert');
    const names = (t?.descendants ?? []).map((c) => [c.label, c.children.map((g) => g.label)]);
    expect(names).toContainEqual(['BioBERT', ['ChemBERT']]);
    expect(names).toContainEqual([XSS_MODEL, []]);
    expect(t?.ancestors).toEqual([]);
  });

  it('lists every key of both trees', () => {
    const t = lineageOf(graph, 'model:biobert');
    expect(t && [...lineageNodeKeys(t)].sort()).toEqual(['model:bert', 'model:biobert', 'model:chembert']);
  });

  it('cuts cycles', () => {
    const g = createGraph();
    for (const k of ['a', 'b']) g.addNode(`model:${k}`, { type: 'model', label: k, aliases: [], papers: 1, x: 0, y: 0, size: 1, color: '#000' });
    g.addDirectedEdge('model:a', 'model:b', { type: 'derived_from', weight: 1, evidence: [] });
    g.addDirectedEdge('model:b', 'model:a', { type: 'derived_from', weight: 1, evidence: [] });
    const t = lineageOf(g, 'model:a');
    expect(t?.ancestors[0]?.children[0]).toMatchObject({ key: 'model:a', repeated: true, children: [] });
  });
});

describe('graph.json round trip (src/graph-json.ts, as the map loads it)', () => {
  it('reads back what the build exports', () => {
    const copy = graphFromJson(JSON.parse(JSON.stringify(graph.export())), 'fixture');
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    expect(copy.getNodeAttributes('model:biobert')).toEqual(graph.getNodeAttributes('model:biobert'));
  });
});

describe('visibleSubgraph', () => {
  it('keeps only shown node and edge types, and edges between shown nodes', () => {
    const sub = visibleSubgraph(graph, { hiddenNodeTypes: new Set(['paper']), hiddenEdgeTypes: new Set(['variant_of']) });
    expect(sub.filterNodes((_k, a) => a.type === 'paper')).toEqual([]);
    expect(sub.size).toBe(graph.filterEdges((_k, a) => a.type === 'derived_from').length);
    expect(graph.hasNode('paper:1810.04805')).toBe(true);
  });
});

describe('legend counts', () => {
  const graph = buildFixtureGraph();
  it('count every node and edge without hidden nodes', () => {
    const nodes = countByType(graph);
    expect(Object.values(nodes).reduce((a, b) => a + b, 0)).toBe(graph.order);
    const edges = countEdgesByType(graph);
    expect(Object.values(edges).reduce((a, b) => a + b, 0)).toBe(graph.size);
  });
  it('leave out hidden nodes and the edges touching them', () => {
    const hidden = new Set(graph.filterNodes((_k, a) => a.type === 'paper').slice(0, 1));
    const [paper] = [...hidden];
    const nodes = countByType(graph, hidden);
    expect(nodes.paper).toBe(graph.filterNodes((_k, a) => a.type === 'paper').length - 1);
    const edges = countEdgesByType(graph, hidden);
    const touching = paper ? graph.edges(paper).length : 0;
    expect(touching).toBeGreaterThan(0);
    expect(Object.values(edges).reduce((a, b) => a + b, 0)).toBe(graph.size - touching);
  });
});

describe('motion', () => {
  afterEach(() => vi.unstubAllGlobals());
  const prefers = (reduce: boolean) => vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)' }));

  it('keeps camera animations for most users and drops them for those who ask for reduced motion', () => {
    prefers(false);
    expect(motion(450)).toBe(450);
    prefers(true);
    expect(motion(450)).toBe(0);
  });

  it('animates where there is no matchMedia (Node, old browsers)', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(motion(300)).toBe(300);
  });
});

describe('camera moves', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A camera that records what it was asked, clamping the ratio as sigma's validateState does. */
  function camera(): MovableCamera & { calls: string[]; state: CameraState } {
    const c = {
      calls: [] as string[],
      state: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      getState: () => c.state,
      validateState: (s: Partial<CameraState>) => ({ ...s, ...(s.ratio === undefined ? {} : { ratio: Math.max(0.02, s.ratio) }) }),
      setState: (s: Partial<CameraState>) => {
        c.calls.push('setState');
        c.state = { ...c.state, ...s };
      },
      animate: (s: Partial<CameraState>, o: { duration: number }) => c.calls.push(`animate ${JSON.stringify(s)} ${o.duration}`),
    };
    return c;
  }

  it('glides when motion is allowed', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const c = camera();
    zoomCamera(c, 2, 200);
    expect(c.calls).toEqual(['animate {"ratio":0.5} 200']);
  });

  it('sets the state at once when the move has no duration (sigma would draw a NaN camera)', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const c = camera();
    zoomCamera(c, 1 / 4, 200);
    expect(c.state.ratio).toBe(4);
    moveCamera(c, { x: 0.7, ratio: 0.001 }, 450);
    expect(c.state).toEqual({ x: 0.7, y: 0.5, ratio: 0.02, angle: 0 });
    resetCamera(c, 300);
    expect(c.state).toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    expect(c.calls).toEqual(['setState', 'setState', 'setState']);
  });
});
