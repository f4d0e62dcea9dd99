// A chunk's facts in a compact form for sending between threads: numbers in one Int32Array
// (moved, not copied), each distinct string once, sentences as offsets into the paper's own
// text. Plain objects cost the receiver a copy of every string and its collection time.
// Format only: no threads, no merging.

import { ENTITY_EDGE_TYPES, ENTITY_TYPES, LINEAGE_RELATIONS, PAPER_EDGE_TYPES } from '../types.js';
import type { Extraction, Fact, Mention, PaperText } from '../types.js';

export interface PackedFacts {
  strings: string[];
  numbers: Int32Array<ArrayBuffer>;
}

/** Where a fact's sentence is: in the title, in the abstract, or (never seen) only in the string table. */
const IN_TITLE = 0;
const IN_ABSTRACT = 1;
const AS_STRING = 2;
const PAPER_FACT = 0;
const ENTITY_FACT = 1;
const NO_ALIASES = -1;
const NO_RELATION = -1;

/** The value at `index` of a named table; packed facts only hold indexes that packFacts wrote. */
function entry<T>(table: readonly T[], index: number, name: string): T {
  const value = table[index];
  if (value === undefined) throw new Error(`packed facts: no ${name} number ${index}`);
  return value;
}

/** The sentence at [start, end) of a paper's text, which must be the text it was packed from. */
function within(text: string, start: number, end: number): string {
  if (start < 0 || end < start || end > text.length)
    throw new Error(`packed facts: sentence at ${start}-${end} is outside a text of ${text.length} characters`);
  return text.slice(start, end);
}

/** The index of a known name in its table; a name outside the table is a bug upstream. */
function indexIn<T>(table: readonly T[], value: T, name: string): number {
  const index = table.indexOf(value);
  if (index < 0) throw new Error(`packFacts: unknown ${name} ${String(value)}`);
  return index;
}

/** Pack the extractions of `papers` (same order and length). */
export function packFacts(papers: readonly PaperText[], extractions: readonly Extraction[]): PackedFacts {
  if (papers.length !== extractions.length) throw new Error(`packFacts: ${extractions.length} extractions for ${papers.length} papers`);
  const strings: string[] = [];
  const ids = new Map<string, number>();
  // The paper count first, so facts cannot be unpacked against other papers unnoticed.
  const numbers: number[] = [papers.length];
  const id = (text: string): number => {
    let found = ids.get(text);
    if (found === undefined) {
      found = strings.push(text) - 1;
      ids.set(text, found);
    }
    return found;
  };
  const mention = (m: Mention) => {
    numbers.push(indexIn(ENTITY_TYPES, m.type, 'entity type'), id(m.name));
    if (m.aliases === undefined) numbers.push(NO_ALIASES);
    else {
      numbers.push(m.aliases.length);
      for (const alias of m.aliases) numbers.push(id(alias));
    }
  };
  extractions.forEach((extraction, i) => {
    const paper = papers[i] ?? { title: '', abstract: '' };
    numbers.push(extraction.facts.length);
    for (const fact of extraction.facts) {
      if (fact.kind === 'paper') numbers.push(PAPER_FACT, indexIn(PAPER_EDGE_TYPES, fact.edge, 'paper edge'), id(fact.rule));
      else numbers.push(ENTITY_FACT, indexIn(ENTITY_EDGE_TYPES, fact.edge, 'entity edge'), id(fact.rule));
      const inAbstract = paper.abstract.indexOf(fact.sentence);
      const inTitle = inAbstract < 0 ? paper.title.indexOf(fact.sentence) : -1;
      if (inAbstract >= 0) numbers.push(IN_ABSTRACT, inAbstract, inAbstract + fact.sentence.length);
      else if (inTitle >= 0) numbers.push(IN_TITLE, inTitle, inTitle + fact.sentence.length);
      else numbers.push(AS_STRING, id(fact.sentence), 0);
      if (fact.kind === 'entity') {
        mention(fact.source);
        numbers.push(fact.relation === undefined ? NO_RELATION : indexIn(LINEAGE_RELATIONS, fact.relation, 'lineage relation'));
      }
      mention(fact.target);
    }
  });
  return { strings, numbers: Int32Array.from(numbers) };
}

/**
 * The extractions back, equal to those packed. `shared` makes equal strings one string
 * across calls (names and rules repeat from chunk to chunk).
 */
export function unpackFacts(papers: readonly PaperText[], packed: PackedFacts, shared = new Map<string, string>()): Extraction[] {
  const strings = packed.strings.map((text) => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  });
  const { numbers } = packed;
  let at = 0;
  const next = () => {
    const value = numbers[at++];
    if (value === undefined) throw new Error(`packed facts: cut short after ${numbers.length} numbers`);
    return value;
  };
  const text = () => entry(strings, next(), 'string');
  const mention = (): Mention => {
    const type = entry(ENTITY_TYPES, next(), 'entity type');
    const name = text();
    const count = next();
    if (count === NO_ALIASES) return { type, name };
    const aliases: string[] = [];
    for (let k = 0; k < count; k++) aliases.push(text());
    return { type, name, aliases };
  };
  const count = next();
  if (count !== papers.length) throw new Error(`packed facts: packed for ${count} papers, unpacked for ${papers.length}`);
  const extractions = papers.map((paper): Extraction => {
    const facts: Fact[] = [];
    for (let left = next(); left > 0; left--) {
      const kind = next();
      const edge = next();
      const rule = text();
      const where = next();
      const start = next();
      const end = next();
      const sentence = where === AS_STRING ? entry(strings, start, 'string') : within(where === IN_TITLE ? paper.title : paper.abstract, start, end);
      if (kind === PAPER_FACT) {
        facts.push({ kind: 'paper', edge: entry(PAPER_EDGE_TYPES, edge, 'paper edge'), target: mention(), sentence, rule });
      } else {
        const source = mention();
        const relation = next();
        const target = mention();
        const entityEdge = entry(ENTITY_EDGE_TYPES, edge, 'entity edge');
        // Keys in the extractors' order, so the objects are alike in every way.
        facts.push(
          relation === NO_RELATION
            ? { kind: 'entity', edge: entityEdge, source, target, sentence, rule }
            : { kind: 'entity', edge: entityEdge, source, target, relation: entry(LINEAGE_RELATIONS, relation, 'lineage relation'), sentence, rule },
        );
      }
    }
    return { facts };
  });
  if (at !== numbers.length) throw new Error(`packed facts: ${numbers.length - at} numbers left over`);
  return extractions;
}
