// findNode / suggest on the fixture graph: positives, false positives, "did you mean".
import { describe, expect, it } from 'vitest';
import { editDistance, findNode, resolveNode, suggest } from '../../../graph/query/index.js';
import { NotFoundError } from '../../../src/errors.js';
import { fixtureGraph } from '../fixture-graph.js';

const graph = fixtureGraph();

describe('findNode', () => {
  it.each([
    ['BERT', 'model:bert'],
    ['bert', 'model:bert'],
    ['  Bert ', 'model:bert'],
    ['xlm roberta', 'model:xlm-r'],
    ['XLM-RoBERTa', 'model:xlm-r'],
    ['xlmr', 'model:xlm-r'],
    ['XLM_R', 'model:xlm-r'],
    ['Gloria', 'model:gloria'],
    ['GLÓRIA', 'model:gloria'],
    ["Gl\\'oria", 'model:gloria'],
    ['gloria 1.3b v2', 'model:gloria'],
    ['model:bert', 'model:bert'],
    ['model: BERT', 'model:bert'],
    ['1901.08746', 'paper:1901.08746'],
    ['paper:1901.08746', 'paper:1901.08746'],
    ['bioBERT: a pre-trained biomedical language representation model', 'paper:1901.08746'],
    ['named entity recognition', 'task:named-entity-recognition'],
    ['Named-Entity Recognition', 'task:named-entity-recognition'],
    ['portuguese', 'language:portuguese'],
    ['ASSIN-2', 'benchmark:assin-2'],
    ['BioBERT', 'model:biobert'],
  ])('%s -> %s', (name, key) => {
    expect(findNode(graph, name)).toBe(key);
  });

  it.each(['BER', 'BERT-like', 'Transformer', 'NER', '', '   ', '---', 'language:bert', 'model:english'])('finds nothing for %j', (name) => {
    expect(findNode(graph, name)).toBeUndefined();
  });

  it('sees names changed after an earlier lookup (aliases are edited in place by the build)', () => {
    const g = fixtureGraph();
    expect(findNode(g, 'Bio BERT v1')).toBeUndefined();
    g.getNodeAttributes('model:biobert').aliases.push('BioBERT v1');
    expect(findNode(g, 'Bio BERT v1')).toBe('model:biobert');
    g.setNodeAttribute('model:biobert', 'label', 'BioBERT-Base');
    expect(findNode(g, 'biobert base')).toBe('model:biobert');
    g.dropNode('model:biobert');
    expect(findNode(g, 'biobert base')).toBeUndefined();
  });

  it('restricts by type', () => {
    expect(findNode(graph, 'BERT', { types: ['paper'] })).toBeUndefined();
    expect(findNode(graph, 'English', { types: ['language'] })).toBe('language:english');
  });
});

describe('suggest and resolveNode', () => {
  it.each([
    ['Bertt', 'BERT'],
    ['DistillBERT', 'DistilBERT'],
    ['xlm', 'XLM-R'],
    ['robert', 'RoBERTa'],
    ['Portugese', 'Portuguese'],
  ])('suggests for %s: %s', (name, label) => {
    expect(suggest(graph, name)).toContain(label);
  });

  it('suggests nothing for unrelated text and ranks models before papers', () => {
    expect(suggest(graph, 'zzzzqqq')).toEqual([]);
    expect(suggest(graph, 'bioberts')[0]).toBe('BioBERT');
  });

  it('throws NotFoundError naming the query, with suggestions', () => {
    expect(() => resolveNode(graph, 'Bertt')).toThrow(NotFoundError);
    expect(() => resolveNode(graph, 'Bertt')).toThrow(/no node named "Bertt"\. Did you mean: BERT/);
  });

  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['bert', 'bert', 0],
    ['bert', 'bertt', 1],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('editDistance stops early past max', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});
