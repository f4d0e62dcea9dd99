// neighbours(): direction, edge and node filters, depth, links with evidence.
import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../graph/query/index.js';
import { NotFoundError, UsageError } from '../../../src/errors.js';
import { fixtureGraph } from '../fixture-graph.js';

const graph = fixtureGraph();
const keys = (list: { key: string }[]) => list.map((n) => n.key);

describe('neighbours', () => {
  it('lists every direct neighbour of BERT, both directions by default', () => {
    expect(keys(neighbours(graph, 'BERT')).sort()).toEqual(
      ['model:biobert', 'model:distilbert', 'model:roberta', 'paper:1810.04805', 'paper:1901.08746', 'paper:1910.01108'].sort(),
    );
  });

  it('reports the links with relation, direction and cited evidence', () => {
    const bio = neighbours(graph, 'bert').find((n) => n.key === 'model:biobert');
    expect(bio?.depth).toBe(1);
    expect(bio?.links).toHaveLength(1);
    expect(bio?.links[0]).toMatchObject({ type: 'derived_from', relation: 'continued-pretraining', direction: 'in', from: 'model:bert' });
    expect(bio?.links[0]?.evidence[0]).toMatchObject({
      paper: 'paper:1901.08746',
      paperTitle: 'BioBERT: a pre-trained biomedical language representation model',
      rule: 'initialized-with',
    });
  });

  it('keeps parallel edges as separate links', () => {
    const distilPaper = neighbours(graph, 'BERT').find((n) => n.key === 'paper:1910.01108');
    expect(distilPaper?.links.map((l) => l.type).sort()).toEqual(['builds_on', 'mentions']);
  });

  it.each([
    [{ nodeTypes: ['model'] as const }, ['model:biobert', 'model:distilbert', 'model:roberta']],
    [{ direction: 'out' as const }, []],
    [{ edgeTypes: ['derived_from'] as const, direction: 'in' as const, depth: 2 }, ['model:biobert', 'model:distilbert', 'model:roberta', 'model:xlm-r']],
    [
      { edgeTypes: ['derived_from'] as const, depth: 3, nodeTypes: ['model'] as const },
      ['model:biobert', 'model:distilbert', 'model:roberta', 'model:xlm-r', 'model:gloria'],
    ],
    [{ edgeTypes: ['introduces'] as const }, ['paper:1810.04805']],
  ])('filters %j', (options, expected) => {
    expect(keys(neighbours(graph, 'BERT', options)).sort()).toEqual([...expected].sort());
  });

  it('orders by depth, then label', () => {
    const found = neighbours(graph, 'Glória', { edgeTypes: ['derived_from'], depth: 3 });
    expect(found.map((n) => [n.label, n.depth])).toEqual([
      ['XLM-R', 1],
      ['RoBERTa', 2],
      ['BERT', 3],
    ]);
  });

  it('rejects bad options and unknown names', () => {
    expect(() => neighbours(graph, 'BERT', { depth: 0 })).toThrow(UsageError);
    expect(() => neighbours(graph, 'BERT', { depth: 1.5 })).toThrow(/depth must be a whole number/);
    expect(() => neighbours(graph, 'Bertt')).toThrow(NotFoundError);
  });
});
