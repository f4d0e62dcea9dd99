// The map's sigma reducers as plain functions: what is hidden, bright or faded for a
// given view state, and that the graph's own attributes never change.

import { describe, expect, it } from 'vitest';
import { createReducers, MAX_NODE_SIZE, nodeSizes, type HighlightState } from '../../web/data/reducers.js';
import { createGraph } from '../../graph/schema.js';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../../web/data/palette.js';
import { buildFixtureGraph } from './fixture-graph.js';

const graph = buildFixtureGraph();
const base: HighlightState = {
  hovered: null,
  selected: null,
  filters: { hiddenNodeTypes: new Set(), hiddenEdgeTypes: new Set() },
  sizes: nodeSizes(graph, 'papers'),
  lineage: null,
};

function render(state: Partial<HighlightState>) {
  const { nodeReducer, edgeReducer } = createReducers(graph, { ...base, ...state });
  const nodes = new Map(graph.mapNodes((k, a) => [k, nodeReducer(k, a)] as const));
  const edges = new Map(graph.mapEdges((k, a) => [k, edgeReducer(k, a)] as const));
  return { nodes, edges };
}

const faded = (m: Map<string, { color?: string }>) => [...m].filter(([, d]) => d.color === FADED_NODE_COLOR || d.color === FADED_EDGE_COLOR).map(([k]) => k);

describe('map reducers', () => {
  it('without focus: nothing faded or hidden, papers unlabelled, lineage edges thick', () => {
    const { nodes, edges } = render({});
    expect(faded(nodes)).toEqual([]);
    expect([...nodes.values()].some((d) => d.hidden)).toBe(false);
    expect(nodes.get('paper:1810.04805')?.label).toBeNull();
    expect(nodes.get('model:bert')?.label).toBe('BERT');
    expect(edges.get('derived_from:model:biobert->model:bert')?.size).toBeGreaterThanOrEqual(2.5);
  });

  it('hovering BioBERT keeps it and its neighbours bright and fades the rest', () => {
    const { nodes, edges } = render({ hovered: 'model:biobert' });
    const bright = [...nodes]
      .filter(([, d]) => d.color !== FADED_NODE_COLOR)
      .map(([k]) => k)
      .sort();
    expect(bright).toEqual(['model:bert', 'model:biobert', 'model:chembert', 'paper:1901.08746'].sort());
    expect(nodes.get('paper:1901.08746')?.label).toMatch(/^BioBERT: a pre-trained biomedical language repr…$/);
    expect(edges.get('derived_from:model:biobert->model:bert')?.color).not.toBe(FADED_EDGE_COLOR);
    expect(edges.get('derived_from:model:xlm-r->model:roberta')?.color).toBe(FADED_EDGE_COLOR);
  });

  it('a selection is highlighted and labelled', () => {
    const { nodes } = render({ selected: 'model:roberta' });
    expect(nodes.get('model:roberta')).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
  });

  it('the lineage view keeps the lineage and its derived_from edges, not other neighbours', () => {
    const lineage = new Set(['model:bert', 'model:biobert', 'model:chembert']);
    const { nodes, edges } = render({ selected: 'model:biobert', lineage });
    expect(nodes.get('paper:1901.08746')?.color).toBe(FADED_NODE_COLOR);
    expect(nodes.get('model:chembert')?.color).not.toBe(FADED_NODE_COLOR);
    expect(edges.get('derived_from:model:chembert->model:biobert')?.color).not.toBe(FADED_EDGE_COLOR);
    expect(edges.get('introduces:paper:1901.08746->model:biobert')?.color).toBe(FADED_EDGE_COLOR);
  });

  it('hidden node and edge types are hidden, with the edges of hidden nodes', () => {
    const { nodes, edges } = render({
      filters: { hiddenNodeTypes: new Set(['paper']), hiddenEdgeTypes: new Set(['derived_from']) },
    });
    expect(nodes.get('paper:1810.04805')?.hidden).toBe(true);
    expect(nodes.get('model:bert')?.hidden).toBeUndefined();
    expect(edges.get('introduces:paper:1810.04805->model:bert')?.hidden).toBe(true);
    expect(edges.get('derived_from:model:biobert->model:bert')?.hidden).toBe(true);
  });

  it('sizes by papers or by links', () => {
    const byPapers = nodeSizes(graph, 'papers');
    const byDegree = nodeSizes(graph, 'degree');
    expect(byPapers.get('model:bert')).toBeGreaterThan(byPapers.get('model:chembert') ?? Infinity);
    expect(byDegree.get('model:bert')).toBeGreaterThan(byDegree.get('paper:1810.04805') ?? Infinity);
  });

  it('sizes stay at most MAX_NODE_SIZE on big hubs, in the same order; small graphs are not scaled', () => {
    const big = createGraph();
    for (const [key, papers] of [
      ['model:hub', 1430],
      ['model:mid', 100],
      ['model:leaf', 1],
    ] as const) {
      big.addNode(key, { type: 'model', label: key, aliases: [], papers, x: 0, y: 0, size: 1, color: '#000000' });
    }
    const sizes = nodeSizes(big, 'papers');
    expect(sizes.get('model:hub')).toBeCloseTo(MAX_NODE_SIZE);
    expect(sizes.get('model:mid') ?? 0).toBeLessThan(sizes.get('model:hub') ?? 0);
    expect(sizes.get('model:leaf') ?? 0).toBeLessThan(sizes.get('model:mid') ?? 0);
    const small = nodeSizes(graph, 'papers');
    const bert = graph.getNodeAttribute('model:bert', 'papers');
    expect(small.get('model:bert')).toBeCloseTo(4 + 4 * Math.sqrt(bert));
  });

  it('never writes the graph', () => {
    const before = JSON.stringify(graph.export());
    render({ hovered: 'model:bert', selected: 'model:biobert', lineage: new Set(['model:bert', 'model:biobert']) });
    render({ filters: { hiddenNodeTypes: new Set(['model']), hiddenEdgeTypes: new Set(['mentions']) } });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
