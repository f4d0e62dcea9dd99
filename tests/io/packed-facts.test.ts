// Facts packed by a worker come back on the main thread exactly as the extractors made
// them: same values, same keys in the same order, whatever the facts hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { packFacts, unpackFacts } from '../../src/io/packed-facts.js';
import { warmUpPapers } from '../../src/io/warm-up.js';
import { parseCorpus } from '../../src/readers/index.js';
import { ENTITY_EDGE_TYPES, ENTITY_TYPES, LINEAGE_RELATIONS, PAPER_EDGE_TYPES } from '../../src/types.js';
import type { Extraction, Fact, Mention, PaperText } from '../../src/types.js';

const seeds = parseCorpus(readFileSync(join(import.meta.dirname, '../../seeds/papers.txt'), 'utf8'), 'seeds').papers;

/** Through an Int32Array and back, as between threads. */
const roundTrip = (papers: readonly PaperText[], extractions: readonly Extraction[]) => unpackFacts(papers, packFacts(papers, extractions));

describe('packFacts / unpackFacts', () => {
  it('give back the seed corpus facts unchanged, keys in the same order', () => {
    const extractions = seeds.map((p) => extract(p));
    const back = roundTrip(seeds, extractions);
    expect(back).toStrictEqual(extractions);
    expect(JSON.stringify(back)).toBe(JSON.stringify(extractions));
  });

  it('keep each distinct string once, and no sentence of the paper as a string', () => {
    const papers = seeds.slice(0, 20);
    const extractions = papers.map((p) => extract(p));
    const packed = packFacts(papers, extractions);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    const table = new Set(packed.strings);
    // A sentence may equal a name or rule by chance; only one spelled out as a sentence would be a fault.
    const names = new Set(extractions.flatMap((e) => e.facts.flatMap((f) => [f.rule, f.target.name, ...(f.target.aliases ?? [])])));
    const asStrings = extractions.flatMap((e) => e.facts.map((f) => f.sentence)).filter((s) => table.has(s) && !names.has(s));
    expect(asStrings).toEqual([]);
  });

  it('refuse facts that do not belong to the papers given', () => {
    const papers = seeds.slice(0, 3);
    const extractions = papers.map((p) => extract(p));
    const packed = packFacts(papers, extractions);
    expect(() => packFacts(papers, extractions.slice(0, 2))).toThrow(/2 extractions for 3 papers/);
    expect(() => unpackFacts(seeds.slice(0, 2), packed)).toThrow(/packed for 3 papers, unpacked for 2/);
    expect(() => unpackFacts(papers, { ...packed, numbers: packed.numbers.slice(0, -1) })).toThrow(/cut short/);
    expect(() => unpackFacts(papers, { ...packed, numbers: Int32Array.from([...packed.numbers, 0]) })).toThrow(/left over/);
    const short = papers.map((p) => ({ title: p.title, abstract: p.abstract.slice(0, 10) }));
    expect(() => unpackFacts(short, packed)).toThrow(/outside a text/);
  });

  it('a sentence found in neither title nor abstract travels as a string', () => {
    const paper = { title: 'A title', abstract: 'An abstract.' };
    const fact: Fact = { kind: 'paper', edge: 'mentions', target: { type: 'model', name: 'BERT' }, sentence: 'Elsewhere.', rule: 'r' };
    expect(roundTrip([paper], [{ facts: [fact] }])).toStrictEqual([{ facts: [fact] }]);
  });

  it('round-trip arbitrary facts', () => {
    // Any code units, lone surrogates included: sentences are cut at arbitrary offsets.
    const word = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 });
    const mention: fc.Arbitrary<Mention> = fc.record(
      { type: fc.constantFrom(...ENTITY_TYPES), name: word, aliases: fc.array(word, { maxLength: 3 }) },
      { requiredKeys: ['type', 'name'], noNullPrototype: true },
    );
    const plain = { noNullPrototype: true };
    const paper = fc.record({ title: fc.string({ unit: 'binary', maxLength: 30 }), abstract: fc.string({ unit: 'binary', maxLength: 80 }) }, plain);
    /** A sentence cut from the paper's title or abstract, or made up. */
    const sentence = (p: PaperText) =>
      fc.oneof(
        fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => p.abstract.slice(Math.min(a, b) % 81, Math.max(a, b) % 81)),
        fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => p.title.slice(Math.min(a, b) % 31, Math.max(a, b) % 31)),
        fc.string({ unit: 'binary', maxLength: 20 }),
      );
    const paperFact = (p: PaperText) =>
      fc.record({ kind: fc.constant('paper' as const), edge: fc.constantFrom(...PAPER_EDGE_TYPES), target: mention, sentence: sentence(p), rule: word }, plain);
    const entityFact = (p: PaperText) =>
      fc
        .record(
          {
            edge: fc.constantFrom(...ENTITY_EDGE_TYPES),
            source: mention,
            target: mention,
            relation: fc.option(fc.constantFrom(...LINEAGE_RELATIONS), { nil: undefined }),
            sentence: sentence(p),
            rule: word,
          },
          plain,
        )
        // Keys in the extractors' order; no relation key at all when there is none.
        .map(({ edge, source, target, relation, sentence: s, rule }) =>
          relation === undefined
            ? { kind: 'entity' as const, edge, source, target, sentence: s, rule }
            : { kind: 'entity' as const, edge, source, target, relation, sentence: s, rule },
        );
    const fact = (p: PaperText): fc.Arbitrary<Fact> => fc.oneof(paperFact(p), entityFact(p));
    const chunk = fc.array(
      paper.chain((p) => fc.array(fact(p), { maxLength: 5 }).map((facts) => ({ paper: p, extraction: { facts } }))),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(chunk, (items) => {
        const papers = items.map((i) => i.paper);
        const extractions = items.map((i) => i.extraction);
        const back = roundTrip(papers, extractions);
        expect(back).toStrictEqual(extractions);
        expect(JSON.stringify(back)).toBe(JSON.stringify(extractions));
      }),
    );
  });
});

describe('warmUpPapers', () => {
  it('are papers the extractors find things in', () => {
    const papers = warmUpPapers();
    expect(papers.length).toBeGreaterThan(4);
    const facts = papers.flatMap((p) => extract(p).facts);
    expect(facts.some((f) => f.edge === 'introduces')).toBe(true);
    expect(facts.some((f) => f.edge === 'derived_from')).toBe(true);
    expect(facts.some((f) => f.edge === 'evaluated_on')).toBe(true);
  });
});
