// "New since" and the publication-date range as pure functions (web/data/time-view.ts),
// their hash round trip, and their effect on the sigma reducers.

import { describe, expect, it } from 'vitest';
import { createGraph, type NodeAttributes, type PaperGraph } from '../../graph/schema.js';
import type { NodeType } from '../../src/types.js';
import { DEFAULT_HASH_STATE, formatHash, parseHash } from '../../web/data/hash-state.js';
import { createReducers, nodeSizes } from '../../web/data/reducers.js';
import { buildIndex, NO_TIME_FILTERS, publicationDates, timeView } from '../../web/data/time-view.js';
import { FADED_NODE_COLOR } from '../../web/data/palette.js';

function node(type: NodeType, label: string, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return { type, label, aliases: [], papers: 1, x: 0, y: 0, size: 1, color: '#123456', ...extra };
}

/** day1: BERT paper (Jan); day2: MedBERT paper (Apr) deriving MedBERT from BERT; day3: undated T5 paper. */
function daysGraph(): PaperGraph {
  const g = createGraph();
  g.replaceAttributes({ name: 'papergraph', schemaVersion: 1, builds: ['day1', 'day2', 'day3'] });
  g.addNode('paper:1', node('paper', 'BERT paper', { firstAdded: 'day1', published: '2024-01-10' }));
  g.addNode('model:bert', node('model', 'BERT', { firstAdded: 'day1' }));
  g.addNode('task:qa', node('task', 'QA', { firstAdded: 'day1' }));
  g.addNode('paper:2', node('paper', 'MedBERT paper', { firstAdded: 'day2', published: '2024-04-05' }));
  g.addNode('model:medbert', node('model', 'MedBERT', { firstAdded: 'day2' }));
  g.addNode('paper:3', node('paper', 'T5 paper', { firstAdded: 'day3' }));
  g.addNode('model:t5', node('model', 'T5', { firstAdded: 'day3' }));
  g.addNode('model:old', node('model', 'Old', {}));
  const edge = (s: string, t: string, type: 'mentions' | 'introduces' | 'derived_from' | 'addresses') =>
    g.addDirectedEdgeWithKey(`${type}:${s}->${t}`, s, t, { type, weight: 1, evidence: [] });
  edge('paper:1', 'model:bert', 'mentions');
  edge('paper:1', 'task:qa', 'addresses');
  edge('paper:2', 'model:medbert', 'introduces');
  edge('model:medbert', 'model:bert', 'derived_from');
  edge('paper:3', 'model:t5', 'mentions');
  edge('model:t5', 'model:old', 'derived_from');
  return g;
}

const shown = (g: PaperGraph, hidden: ReadonlySet<string>) => g.filterNodes((k) => !hidden.has(k)).sort();

describe('time view', () => {
  const g = daysGraph();

  it('build index: a missing firstAdded counts as before every build', () => {
    expect(buildIndex(['a', 'b'], 'b')).toBe(1);
    expect(buildIndex(['a', 'b'], undefined)).toBe(-1);
  });

  it('no filters: no view', () => {
    expect(timeView(g, NO_TIME_FILTERS)).toBeNull();
  });

  const cases: [string, { newSince?: string; from?: string; to?: string }, string[], string[] | null, string[]][] = [
    // name, filters, shown, fresh, context
    [
      'new since day2',
      { newSince: 'day2' },
      ['model:bert', 'model:medbert', 'model:old', 'model:t5', 'paper:2', 'paper:3'],
      ['model:medbert', 'model:t5', 'paper:2', 'paper:3'],
      ['model:bert', 'model:old'],
    ],
    ['new since day3', { newSince: 'day3' }, ['model:old', 'model:t5', 'paper:3'], ['model:t5', 'paper:3'], ['model:old']],
    [
      'new since day1: all but the unlabelled',
      { newSince: 'day1' },
      ['model:bert', 'model:medbert', 'model:old', 'model:t5', 'paper:1', 'paper:2', 'paper:3', 'task:qa'],
      null,
      ['model:old'],
    ],
    ['Jan to Mar: one paper and its entities', { from: '2024-01-01', to: '2024-03-31' }, ['model:bert', 'paper:1', 'task:qa'], null, []],
    // BERT is only reached through MedBERT's lineage, not from a shown paper: hidden.
    ['from April: dated papers only', { from: '2024-04-01' }, ['model:medbert', 'paper:2'], null, []],
    ['until February and new since day2: nothing shown', { to: '2024-02-01', newSince: 'day2' }, [], ['model:medbert', 'model:t5', 'paper:2', 'paper:3'], []],
  ];
  it.each(cases)('%s', (_name, partial, expected, fresh, context) => {
    const view = timeView(g, { ...NO_TIME_FILTERS, ...partial });
    if (!view) throw new Error('expected a view');
    expect(shown(g, view.hidden)).toEqual(expected);
    if (fresh) expect([...(view.fresh ?? [])].sort()).toEqual(fresh);
    expect([...view.context].sort()).toEqual(context);
  });

  it('an unknown build label marks nothing new', () => {
    expect(timeView(g, { ...NO_TIME_FILTERS, newSince: 'day9' })).toBeNull();
  });

  it('publication dates: sorted, distinct, papers only', () => {
    expect(publicationDates(g)).toEqual(['2024-01-10', '2024-04-05']);
  });

  it('reducers hide what the view hides, fade old context, never write the graph', () => {
    const before = JSON.stringify(g.export());
    const time = timeView(g, { ...NO_TIME_FILTERS, newSince: 'day2' });
    const { nodeReducer, edgeReducer } = createReducers(g, {
      hovered: null,
      selected: null,
      filters: { hiddenNodeTypes: new Set(), hiddenEdgeTypes: new Set() },
      sizes: nodeSizes(g, 'papers'),
      lineage: null,
      time,
    });
    expect(nodeReducer('paper:1', g.getNodeAttributes('paper:1')).hidden).toBe(true);
    expect(nodeReducer('model:bert', g.getNodeAttributes('model:bert')).color).toBe(FADED_NODE_COLOR);
    expect(nodeReducer('model:medbert', g.getNodeAttributes('model:medbert')).color).toBe('#123456');
    expect(edgeReducer('mentions:paper:1->model:bert', g.getEdgeAttributes('mentions:paper:1->model:bert')).hidden).toBe(true);
    expect(edgeReducer('derived_from:model:medbert->model:bert', g.getEdgeAttributes('derived_from:model:medbert->model:bert')).hidden).toBeFalsy();
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('hash state: new since and dates', () => {
  it('round trips and drops malformed dates', () => {
    const state = { ...DEFAULT_HASH_STATE, newSince: 'day 2', from: '2024-04-05', to: '2024-05-18' };
    const hash = formatHash(state);
    expect(hash).toBe('#since=day+2&from=2024-04-05&to=2024-05-18');
    expect(parseHash(hash)).toEqual(state);
    expect(parseHash('#from=April&to=2024-5-1')).toEqual(DEFAULT_HASH_STATE);
  });
});
