import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraph, type PaperGraph } from '../graph/schema.js';
import { graphFromJson } from '../src/graph-json.js';
import { buildGraph, dedupePapers } from '../src/pipeline.js';
import type { EntityType, Fact, Mention, Paper } from '../src/types.js';
import { checkLabel, papersToAdd, updateGraph } from '../src/update-graph.js';
import { comparableGraph } from './helpers/comparable-graph.js';
import { handPaper, lineageFact, model, paperFact, tableExtractor } from './helpers/hand-facts.js';

const paper = (title: string, extra: { id?: string } = {}): Paper => handPaper({ title, abstract: `Abstract of ${title}.`, ...extra }, { file: 't', line: 1 });

/** graph.json written and read back, as `add` sees it. */
const reload = (graph: PaperGraph) => graphFromJson(JSON.parse(JSON.stringify(graph.export())), 'test');

const NAMES = ['BERT', 'Bert', 'BioBERT', 'Bio-BERT', 'RoBERTa', 'XLM-R', 'XLM-RoBERTa', 'GPT-2', 'GPT2', 'LoRA', 'Lora', 'SQuAD'];
const TYPES: EntityType[] = ['model', 'method', 'benchmark'];

const mention: fc.Arbitrary<Mention> = fc.record({
  type: fc.constantFrom(...TYPES),
  name: fc.constantFrom(...NAMES),
  aliases: fc.subarray(NAMES, { maxLength: 2 }),
});

const fact: fc.Arbitrary<Fact> = fc.oneof(
  fc.record({
    kind: fc.constant('paper' as const),
    edge: fc.constantFrom('introduces' as const, 'mentions' as const, 'evaluated_on' as const),
    target: mention,
    sentence: fc.constantFrom('s1', 's2'),
    rule: fc.constant('r'),
  }),
  fc.record({
    kind: fc.constant('entity' as const),
    edge: fc.constantFrom('derived_from' as const, 'variant_of' as const),
    source: mention,
    target: mention,
    relation: fc.constantFrom('fine-tuned' as const, 'distilled' as const),
    sentence: fc.constantFrom('s1', 's2'),
    rule: fc.constant('r'),
  }),
);

describe('updateGraph', () => {
  it('building in two halves (in build order) gives the graph built at once, whatever is extracted', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fact, { maxLength: 4 }), { minLength: 2, maxLength: 8 }), fc.nat(), (factLists, cut) => {
        const table = new Map(factLists.map((facts, i) => [`Paper ${i}`, facts]));
        const extract = tableExtractor(table);
        const { papers } = dedupePapers([...table.keys()].map((t) => paper(t)));
        const k = 1 + (cut % (papers.length - 1));
        const whole = buildGraph(papers, { extract, layout: false });
        const halves = reload(buildGraph(papers.slice(0, k), { extract, layout: false }));
        updateGraph(halves, papers.slice(k), { label: 'second', extract, iterations: 0 });
        expect(comparableGraph(halves)).toEqual(comparableGraph(whole));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('stamps new nodes with the label, keeps old stamps, appends the label to builds', () => {
    const table = new Map<string, Fact[]>([
      ['A', [paperFact('introduces', model('BERT'), 's', 'r')]],
      ['B', [lineageFact(model('BioBERT'), model('BERT'), 's', 'r')]],
    ]);
    const extract = tableExtractor(table);
    const graph = buildGraph([paper('A')], { extract, layout: false, firstAdded: 'day1' });
    const result = updateGraph(graph, [paper('B')], { label: 'day2', extract });
    expect(graph.getAttribute('builds')).toEqual(['day1', 'day2']);
    expect(graph.getNodeAttribute('model:bert', 'firstAdded')).toBe('day1');
    expect(graph.getNodeAttribute('model:biobert', 'firstAdded')).toBe('day2');
    expect(graph.getNodeAttribute('paper:b', 'firstAdded')).toBe('day2');
    expect([...result.newNodes].sort()).toEqual(['model:biobert', 'paper:b']);
    expect(result.newEdges).toBe(1);
    // The same label again merges into the latest build instead of listing it twice.
    updateGraph(graph, [paper('C')], { label: 'day2', extract });
    expect(graph.getAttribute('builds')).toEqual(['day1', 'day2']);
  });

  it('leaves the graph untouched, positions included, when every paper is already there', () => {
    const extract = tableExtractor(new Map());
    const graph = buildGraph([paper('A'), paper('B')], { extract, firstAdded: 'day1' });
    const before = JSON.stringify(graph.export());
    const result = updateGraph(graph, [paper('B'), paper('A')], { label: 'day2', extract });
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(result.fresh).toEqual([]);
    expect(result.known.map((k) => k.key)).toEqual(['paper:b', 'paper:a']);
  });

  it.each([
    ['same key', paper('BioBERT'), 'paper:biobert'],
    ['same source id', paper('BioBERT, revised title', { id: '1901.08746' }), 'paper:1901.08746'],
    ['same title in match form, other source', paper('Bio-BERT!'), 'paper:biobert'],
    ['same title, the graph has the id', paper('biobert v1', {}), 'paper:1901.08746'],
  ])('recognises a paper already in the graph: %s', (_name, input, key) => {
    const graph = createGraph();
    const extract = tableExtractor(new Map());
    updateGraph(graph, [paper('BioBERT'), paper('BioBERT v1', { id: '1901.08746' })], { label: 'x', extract });
    expect(papersToAdd(graph, [input]).known).toEqual([{ paper: input, key }]);
  });

  it('takes extractions computed elsewhere only for new papers, one each', () => {
    const graph = buildGraph([paper('A')], { extract: tableExtractor(new Map()), layout: false });
    const facts = [paperFact('introduces', model('X'), 's', 'r')];
    expect(() => updateGraph(graph, [paper('A'), paper('B')], { label: 'd', extractions: [{ facts: [] }, { facts }] })).toThrow(/new papers only/);
    expect(() => updateGraph(graph, [paper('B')], { label: 'd', extractions: [] })).toThrow(/one per paper/);
    updateGraph(graph, [paper('B')], { label: 'd', extractions: [{ facts }] });
    expect(graph.hasEdge('introduces:paper:b->model:x')).toBe(true);
  });

  it('adds a paper that only shares words with one in the graph', () => {
    const graph = buildGraph([paper('BioBERT')], { extract: tableExtractor(new Map()), layout: false });
    expect(papersToAdd(graph, [paper('BioBERT 2')]).fresh).toHaveLength(1);
  });

  it.each([
    [[], 'day1', undefined],
    [['day1'], 'day1', undefined],
    [['day1', 'day2'], 'day3', undefined],
    [['day1', 'day2'], 'day1', /names an earlier build/],
    [[], '', /must be one non-empty line/],
    [[], 'a\nb', /must be one non-empty line/],
  ])('builds %j, label %j', (builds, label, error) => {
    const graph = createGraph();
    if (builds.length) graph.setAttribute('builds', builds);
    if (error) expect(() => checkLabel(graph, label)).toThrow(error);
    else expect(() => checkLabel(graph, label)).not.toThrow();
  });
});
