// The lineage adjacency changes nothing but speed: on random graphs (cycles, several edges
// between one pair, variants and derivations mixed, paper edges around them) roots, families
// and descendant counts equal those of the per-model walks (family-reference.ts), also after
// edges are added, dropped or re-typed once the caches are warm.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraph, type PaperGraph } from '../../../graph/schema.js';
import { descendantCounts, families, family, familyRoots } from '../../../graph/query/index.js';
import { LINEAGE_RELATIONS, type EdgeType } from '../../../src/types.js';
import { referenceDescendantCounts, referenceFamilies } from './family-reference.js';

const EDGE_TYPES: EdgeType[] = ['derived_from', 'variant_of', 'evaluated_on'];
const edge = fc.record({
  child: fc.nat(11),
  parent: fc.nat(11),
  type: fc.constantFrom(...EDGE_TYPES),
  relation: fc.option(fc.constantFrom(...LINEAGE_RELATIONS), { nil: undefined }),
});
const graphSpec = fc.record({
  papers: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
  edges: fc.array(edge, { maxLength: 30 }),
  paperLinks: fc.array(fc.nat(11), { maxLength: 10 }),
});
type Spec = typeof graphSpec extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): PaperGraph {
  const g = createGraph();
  spec.papers.forEach((papers, i) => g.addNode(`model:m${i}`, { type: 'model', label: `M${i}`, aliases: [], papers, x: 0, y: 0, size: 1, color: '#000' }));
  g.addNode('paper:p', { type: 'paper', label: 'P', aliases: [], papers: 1, x: 0, y: 0, size: 1, color: '#000' });
  for (const m of spec.paperLinks) g.addDirectedEdge('paper:p', `model:m${m}`, { type: 'mentions', weight: 1, evidence: [] });
  for (const { child, parent, type, relation } of spec.edges) {
    if (child === parent) continue;
    g.addDirectedEdge(`model:m${child}`, `model:m${parent}`, { type, weight: 1, evidence: [], ...(relation && type !== 'evaluated_on' ? { relation } : {}) });
  }
  return g;
}

function expectSameAsReference(g: PaperGraph) {
  const reference = referenceFamilies(g);
  expect(families(g)).toEqual(reference.families);
  expect([...familyRoots(g)].sort()).toEqual([...reference.rootOf].sort());
  g.forEachNode((key) => expect(descendantCounts(g, key)).toEqual(referenceDescendantCounts(g, key)));
  for (const f of families(g)) {
    const members = family(g, f.root).members.filter((m) => !m.outside);
    expect(members.map((m) => m.counts)).toEqual(members.map((m) => referenceDescendantCounts(g, m.key)));
  }
}

describe('families through the lineage adjacency', () => {
  it('equal the per-model walks on random graphs', () => {
    fc.assert(
      fc.property(graphSpec, (spec) => expectSameAsReference(build(spec))),
      { numRuns: 300 },
    );
  });

  it('stay equal after edges change once the caches are warm', () => {
    fc.assert(
      fc.property(graphSpec, edge, fc.nat(29), (spec, extra, drop) => {
        const g = build(spec);
        expectSameAsReference(g);
        if (extra.child !== extra.parent)
          g.addDirectedEdge(`model:m${extra.child}`, `model:m${extra.parent}`, { type: 'derived_from', weight: 1, evidence: [] });
        expectSameAsReference(g);
        const edges = g.edges();
        const victim = edges[drop % Math.max(edges.length, 1)];
        if (victim && g.getEdgeAttribute(victim, 'type') === 'derived_from') {
          g.setEdgeAttribute(victim, 'type', 'variant_of');
          expectSameAsReference(g);
          g.dropEdge(victim);
          expectSameAsReference(g);
        }
      }),
      { numRuns: 200 },
    );
  });
});
