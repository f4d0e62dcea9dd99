// Families: lineage through derived_from and variant_of, the root rule, descendant counts
// by relation, the family of a model with outside parents. Hand-made graphs, no extractors.
import { describe, expect, it } from 'vitest';
import { createGraph, type PaperGraph } from '../../../graph/schema.js';
import { descendantCounts, families, family, familyRoot, flattenLineage, lineage } from '../../../graph/query/index.js';
import type { EntityEdgeType, LineageRelation } from '../../../src/types.js';

/** `[child, parent, edge, relation?]` rows; every name a model in `papers[name]` papers (default 1). */
function lineageGraph(rows: [string, string, EntityEdgeType, LineageRelation?][], papers: Record<string, number> = {}): PaperGraph {
  const g = createGraph();
  const node = (name: string) => {
    const key = `model:${name.toLowerCase()}`;
    if (!g.hasNode(key)) g.addNode(key, { type: 'model', label: name, aliases: [], papers: papers[name] ?? 1, x: 0, y: 0, size: 1, color: '#000' });
    return key;
  };
  for (const [child, parent, type, relation] of rows) {
    const evidence = [{ paper: 'paper:x', sentence: `${child} comes from ${parent}.`, rule: 'test' }];
    g.addDirectedEdge(node(child), node(parent), { type, weight: 1, evidence, ...(relation ? { relation } : {}) });
  }
  return g;
}

const gemma = lineageGraph([
  ['Gemma 2', 'Gemma', 'variant_of'],
  ['Gemma 3', 'Gemma', 'variant_of'],
  ['Gemma 2B', 'Gemma', 'variant_of'],
  ['Encoder-Decoder Gemma', 'Gemma 2', 'derived_from', 'adapted'],
  ['T5Gemma 2', 'Gemma 3', 'derived_from', 'adapted'],
  ['T5Gemma 2', 'T5Gemma', 'derived_from', 'extends'],
]);

describe('lineage follows variant_of as well as derived_from', () => {
  it('walks down from the root through variants, with the relation of every step', () => {
    const steps = flattenLineage(lineage(gemma, 'Gemma', { direction: 'descendants' }).descendants);
    expect(steps.map((s) => [s.label, s.depth, s.edgeType, s.relation])).toEqual([
      ['Gemma 2', 1, 'variant_of', 'variant'],
      ['Encoder-Decoder Gemma', 2, 'derived_from', 'adapted'],
      ['Gemma 2B', 1, 'variant_of', 'variant'],
      ['Gemma 3', 1, 'variant_of', 'variant'],
      ['T5Gemma 2', 2, 'derived_from', 'adapted'],
    ]);
  });

  it('walks up from a grandchild through a variant to the root', () => {
    const up = flattenLineage(lineage(gemma, 'Encoder-Decoder Gemma', { direction: 'ancestors' }).ancestors);
    expect(up.map((s) => [s.label, s.relation])).toEqual([
      ['Gemma 2', 'adapted'],
      ['Gemma', 'variant'],
    ]);
  });
});

describe('family roots', () => {
  it('a model with two roots belongs to the larger family', () => {
    expect(familyRoot(gemma, 'model:t5gemma 2')).toBe('model:gemma');
    expect(familyRoot(gemma, 'model:t5gemma')).toBe('model:t5gemma');
    expect(lineage(gemma, 'T5Gemma 2').family).toMatchObject({ root: 'model:gemma', rootLabel: 'Gemma' });
  });

  it('breaks ties by papers, then by key, whatever the order the edges were added in', () => {
    const rows: [string, string, EntityEdgeType][] = [
      ['Merge', 'Alpha', 'derived_from'],
      ['Merge', 'Beta', 'derived_from'],
    ];
    expect(familyRoot(lineageGraph(rows), 'model:merge')).toBe('model:alpha');
    expect(familyRoot(lineageGraph([...rows].reverse()), 'model:merge')).toBe('model:alpha');
    expect(familyRoot(lineageGraph(rows, { Beta: 5 }), 'model:merge')).toBe('model:beta');
  });

  it('roots a cycle at its best member and still terminates', () => {
    const g = lineageGraph([
      ['A', 'B', 'derived_from'],
      ['B', 'A', 'derived_from'],
      ['C', 'A', 'derived_from'],
    ]);
    expect(familyRoot(g, 'model:c')).toBe('model:a');
    expect(familyRoot(g, 'model:b')).toBe('model:a');
  });

  it('lists families largest first, and follows edges added later', () => {
    const g = lineageGraph([['Gemma 2', 'Gemma', 'variant_of']]);
    expect(families(g)).toEqual([{ root: 'model:gemma', label: 'Gemma', size: 2 }]);
    g.addNode('model:tiny', { type: 'model', label: 'Tiny', aliases: [], papers: 1, x: 0, y: 0, size: 1, color: '#000' });
    g.addDirectedEdge('model:gemma', 'model:tiny', { type: 'derived_from', weight: 1, evidence: [] });
    expect(familyRoot(g, 'model:gemma 2')).toBe('model:tiny');
  });

  it('a model without lineage is its own root', () => {
    expect(familyRoot(gemma, 'model:nothing')).toBe('model:nothing');
  });
});

describe('descendant counts', () => {
  it('counts every model below once, by the relation that reaches it', () => {
    expect(descendantCounts(gemma, 'model:gemma')).toEqual({ total: 5, children: 3, byKind: { adapted: 2, variant: 3 } });
    expect(descendantCounts(gemma, 'model:encoder-decoder gemma')).toEqual({ total: 0, children: 0, byKind: {} });
  });
});

describe('family', () => {
  it('is the root and everything below it, with outside parents and every link', () => {
    const f = family(gemma, 'Encoder-Decoder Gemma');
    expect(f.root).toBe('model:gemma');
    expect(f.members.map((m) => [m.label, m.generation, m.outside])).toEqual([
      ['Gemma', 0, false],
      ['Gemma 2', 1, false],
      ['Gemma 2B', 1, false],
      ['Gemma 3', 1, false],
      ['Encoder-Decoder Gemma', 2, false],
      ['T5Gemma 2', 2, false],
      ['T5Gemma', 1, true],
    ]);
    expect(f.links.map((l) => [l.child, l.parent, l.kind])).toContainEqual(['model:t5gemma 2', 'model:t5gemma', 'extends']);
    expect(f.links).toHaveLength(6);
    expect(f.links[0]?.evidence[0]?.sentence).toMatch(/comes from/);
    expect(f.members[0]?.counts.total).toBe(5);
    expect(f.omitted).toBe(0);
  });

  it('caps big families by generation and keeps the model asked for', () => {
    const f = family(gemma, 'T5Gemma 2', { maxMembers: 2 });
    expect(f.members.filter((m) => !m.outside).map((m) => m.label)).toEqual(['Gemma', 'Gemma 2', 'T5Gemma 2']);
    expect(f.omitted).toBe(4);
    expect(() => family(gemma, 'Gemma', { maxMembers: 0 })).toThrow(RangeError);
  });
});
