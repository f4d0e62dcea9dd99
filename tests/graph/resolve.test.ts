// Resolution with context (graph/resolve.ts, graph/labels.ts): a paper's own names resolve
// to its own sense, different things under one name stay apart, variants keep their own
// nodes, labels come from the text; all of it independent of the order papers come in.
import { describe, expect, it } from 'vitest';
import { labelFromCorpus } from '../../graph/labels.js';
import { createAliasIndex, mergeExtraction } from '../../graph/merge.js';
import { createGraph, type PaperGraph } from '../../graph/schema.js';
import type { Fact, Mention, Paper } from '../../src/types.js';

const paper = (id: string): Paper => ({
  id,
  title: `Paper ${id}`,
  abstract: 'a',
  rawTitle: `Paper ${id}`,
  rawAbstract: 'a',
  source: { file: 't', line: 1 },
});
const intro = (target: Mention, sentence = 's'): Fact => ({ kind: 'paper', edge: 'introduces', target, sentence, rule: 'intro' });
const mention = (target: Mention, sentence = 's'): Fact => ({ kind: 'paper', edge: 'mentions', target, sentence, rule: 'lexicon:x' });

const SAM: Mention = { type: 'model', name: 'SAM', aliases: ['Segment Anything', 'Segment Anything Model'] };

/** Merge papers in the order given, relabelling what they touched. */
function build(papers: Array<[string, Fact[]]>, graph: PaperGraph = createGraph()): PaperGraph {
  const index = createAliasIndex(graph);
  const touched = new Set<string>();
  for (const [id, facts] of papers) mergeExtraction(graph, index, paper(id), { facts }, undefined, touched);
  labelFromCorpus(graph, touched);
  return graph;
}

const introducers = (g: PaperGraph, key: string) =>
  g
    .filterInEdges(key, (_e, a) => a.type === 'introduces')
    .map((e) => g.source(e))
    .sort();

describe('a paper’s own definition wins', () => {
  const papers: Array<[string, Fact[]]> = [
    ['2501.00001', [mention(SAM, 'We prompt SAM with boxes.')]],
    [
      '2501.00002',
      [
        intro({ type: 'method', name: 'SAM', aliases: ['Spectral Attention Module'] }, 'We propose a Spectral Attention Module (SAM).'),
        mention(SAM, 'SAM improves accuracy.'),
      ],
    ],
    ['2501.00003', [intro({ type: 'method', name: 'SAM', aliases: ['Shallow Alignment Module'] })]],
    ['2501.00004', [mention(SAM, 'SAM segments cells.')]],
  ];
  const g = build(papers);

  it('keys each sense by name and expansion; Segment Anything keeps the bare name', () => {
    expect(g.hasNode('method:sam~spectral-attention-module')).toBe(true);
    expect(g.hasNode('method:sam~shallow-alignment-module')).toBe(true);
    expect(g.getNodeAttribute('model:sam', 'aliases')).not.toContain('Spectral Attention Module');
    expect(introducers(g, 'model:sam')).toEqual([]);
  });

  it('resolves a bare mention in the defining paper to its own sense, elsewhere to the established one', () => {
    expect(g.hasEdge('mentions:paper:2501.00002->model:sam')).toBe(false);
    expect(g.hasEdge('mentions:paper:2501.00004->model:sam')).toBe(true);
    // The lexicon's other names never reach the paper's own SAM.
    expect(g.getNodeAttribute('method:sam~spectral-attention-module', 'aliases')).toEqual(['Spectral Attention Module']);
  });

  it('gives the same nodes in any order of papers', () => {
    const reversed = build([...papers].reverse());
    expect(reversed.nodes().sort()).toEqual(g.nodes().sort());
  });

  it('resolves papers added later against the graph the same way', () => {
    const later = build(papers.slice(2), build(papers.slice(0, 2)));
    expect(later.nodes().sort()).toEqual(g.nodes().sort());
  });
});

describe('different things introduced under one name', () => {
  it('without an expansion, every later introducer gets a node keyed by its paper', () => {
    const prism = (id: string): [string, Fact[]] => [id, [intro({ type: 'method', name: 'PRISM' })]];
    const g = build([prism('2501.00001'), prism('2502.00002'), prism('2503.00003')]);
    expect(introducers(g, 'method:prism')).toEqual(['paper:2501.00001']);
    expect(introducers(g, 'method:prism~2502.00002')).toEqual(['paper:2502.00002']);
    expect(introducers(g, 'method:prism~2503.00003')).toEqual(['paper:2503.00003']);
  });

  it('with the same expansion, papers share one node', () => {
    const grace = (id: string): [string, Fact[]] => [id, [intro({ type: 'method', name: 'GRACE', aliases: ['Graph Reasoning Chain Extraction'] })]];
    const g = build([grace('2501.00001'), grace('2502.00002')]);
    expect(introducers(g, 'method:grace')).toEqual(['paper:2501.00001', 'paper:2502.00002']);
  });

  it('a paper first mentioning a name and one introducing it share the node', () => {
    const g = build([
      ['2501.00001', [mention({ type: 'model', name: 'FooNet' })]],
      ['2502.00002', [intro({ type: 'model', name: 'FooNet' })]],
    ]);
    expect(introducers(g, 'model:foonet')).toEqual(['paper:2502.00002']);
  });

  it('merging the same paper twice changes nothing', () => {
    const facts: Fact[] = [intro({ type: 'method', name: 'PRISM' })];
    const g = build([
      ['2501.00001', facts],
      ['2502.00002', facts],
    ]);
    const before = JSON.stringify(g.export());
    build([['2502.00002', facts]], g);
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('variants stay themselves', () => {
  it.each([
    ['U-Net', 'UNet++', 'model:unet++'],
    ['U-Net', 'U-Net++', 'model:u-net++'],
    ['DINO', 'DINOv2', 'model:dinov2'],
    ['SAM', 'SAM 2', 'model:sam-2'],
  ])('%s and %s are two nodes', (family, variant, key) => {
    const g = build([['2501.00001', [mention({ type: 'model', name: family }), mention({ type: 'model', name: variant })]]]);
    expect(g.hasNode(key)).toBe(true);
    expect(g.order).toBe(3);
  });
});

describe('labels from the corpus', () => {
  const qwen: Mention = { type: 'model', name: 'Qwen 2.5', aliases: ['Qwen2.5', 'QWEN2.5', 'Qwen-2.5'] };

  it('labels a node with its most used spelling; aliases only seen forms, one per case', () => {
    const g = build([
      ['2501.00001', [mention(qwen, 'We fine-tune Qwen2.5 on math.')]],
      ['2501.00002', [mention(qwen, 'Qwen2.5 and QWEN2.5 differ in nothing.')]],
      ['2501.00003', [mention(qwen, 'Qwen 2.5 is strong.')]],
    ]);
    const attrs = g.getNodeAttributes('model:qwen-2-5');
    expect(attrs.label).toBe('Qwen2.5');
    expect(attrs.aliases).toEqual(['Qwen 2.5']);
  });

  it('keeps the label on a tie and when no name is found in the evidence', () => {
    const tie = build([['2501.00001', [mention(qwen, 'Qwen2.5 or Qwen 2.5.')]]]);
    expect(tie.getNodeAttribute('model:qwen-2-5', 'label')).toBe('Qwen 2.5');
    const none = build([['2501.00001', [mention(qwen, 'No name here.')]]]);
    expect(none.getNodeAttributes('model:qwen-2-5')).toMatchObject({ label: 'Qwen 2.5', aliases: ['QWEN2.5', 'Qwen-2.5'] });
  });

  it('labels with another spelling, never with another name of the node', () => {
    const g = build([['2501.00001', [mention(SAM, 'Segment Anything (SAM) is everywhere; Segment Anything works.')]]]);
    expect(g.getNodeAttribute('model:sam', 'label')).toBe('SAM');
  });
});
