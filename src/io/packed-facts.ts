// The facts of a chunk of papers in a compact form for sending between threads: numbers
// in one Int32Array (moved, not copied) and each distinct string once. Sentences go as
// offsets into the paper's own title or abstract, which the main thread already holds, so
// they come back as slices of it instead of copies. Sent as plain objects, a worker's facts
// cost the main thread a fresh copy of every string (the same sentence once per fact) and
// most of its garbage collection time.

import { ENTITY_EDGE_TYPES, ENTITY_TYPES, LINEAGE_RELATIONS, PAPER_EDGE_TYPES } from '../types.js';
import type { Extraction, ExtractionList, Fact, Mention, PaperText } from '../types.js';

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

/** The value at `index` of a table of names; packed facts only hold indexes that packFacts wrote. */
function entry<T>(table: readonly T[], index: number): T {
  const value = table[index];
  if (value === undefined) throw new Error(`packed facts: no entry ${index} in ${table.slice(0, 3).join(', ')}...`);
  return value;
}

/** Pack the extractions of `papers` (same order and length). */
export function packFacts(papers: readonly PaperText[], extractions: readonly Extraction[]): PackedFacts {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const numbers: number[] = [];
  const id = (text: string): number => {
    let found = ids.get(text);
    if (found === undefined) {
      found = strings.push(text) - 1;
      ids.set(text, found);
    }
    return found;
  };
  const mention = (m: Mention) => {
    numbers.push(ENTITY_TYPES.indexOf(m.type), id(m.name));
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
      if (fact.kind === 'paper') numbers.push(PAPER_FACT, PAPER_EDGE_TYPES.indexOf(fact.edge), id(fact.rule));
      else numbers.push(ENTITY_FACT, ENTITY_EDGE_TYPES.indexOf(fact.edge), id(fact.rule));
      const inAbstract = paper.abstract.indexOf(fact.sentence);
      const inTitle = inAbstract < 0 ? paper.title.indexOf(fact.sentence) : -1;
      if (inAbstract >= 0) numbers.push(IN_ABSTRACT, inAbstract, inAbstract + fact.sentence.length);
      else if (inTitle >= 0) numbers.push(IN_TITLE, inTitle, inTitle + fact.sentence.length);
      else numbers.push(AS_STRING, id(fact.sentence), 0);
      if (fact.kind === 'entity') {
        mention(fact.source);
        numbers.push(fact.relation === undefined ? NO_RELATION : LINEAGE_RELATIONS.indexOf(fact.relation));
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
  const next = () => numbers[at++] ?? 0;
  const text = () => entry(strings, next());
  const mention = (): Mention => {
    const type = entry(ENTITY_TYPES, next());
    const name = text();
    const count = next();
    if (count === NO_ALIASES) return { type, name };
    const aliases: string[] = [];
    for (let k = 0; k < count; k++) aliases.push(text());
    return { type, name, aliases };
  };
  return papers.map((paper) => {
    const facts: Fact[] = [];
    for (let count = next(); count > 0; count--) {
      const kind = next();
      const edge = next();
      const rule = text();
      const where = next();
      const start = next();
      const end = next();
      const sentence =
        where === IN_ABSTRACT ? paper.abstract.slice(start, end) : where === IN_TITLE ? paper.title.slice(start, end) : entry(strings, start);
      if (kind === PAPER_FACT) {
        facts.push({ kind: 'paper', edge: entry(PAPER_EDGE_TYPES, edge), target: mention(), sentence, rule });
      } else {
        const source = mention();
        const relation = next();
        const target = mention();
        const entityEdge = entry(ENTITY_EDGE_TYPES, edge);
        // Keys in the extractors' order, so the objects are alike in every way.
        facts.push(
          relation === NO_RELATION
            ? { kind: 'entity', edge: entityEdge, source, target, sentence, rule }
            : { kind: 'entity', edge: entityEdge, source, target, relation: entry(LINEAGE_RELATIONS, relation), sentence, rule },
        );
      }
    }
    return { facts };
  });
}

/**
 * Chunks of extractions read as one list: chunks this thread extracted are objects already,
 * chunks from workers stay packed until read. The merge reads papers in order, so each
 * packed chunk is unpacked once, and its facts never pile up as objects while extraction
 * runs (collecting them cost the main thread most of a second at 100k papers, on the core
 * the worker needed).
 */
export class ChunkedExtractions implements ExtractionList {
  readonly length: number;
  /** Index of the first paper of each chunk, and one past the last paper. */
  private readonly bounds: number[] = [0];
  private readonly shared = new Map<string, string>();
  private current = -1;
  private unpacked: readonly Extraction[] = [];

  /** `texts[k]` are the papers whose facts `chunks[k]` holds. */
  constructor(
    private readonly texts: ReadonlyArray<readonly PaperText[]>,
    private readonly chunks: ReadonlyArray<readonly Extraction[] | PackedFacts>,
  ) {
    for (const chunk of texts) this.bounds.push((this.bounds[this.bounds.length - 1] ?? 0) + chunk.length);
    this.length = this.bounds[this.bounds.length - 1] ?? 0;
  }

  at(index: number): Extraction | undefined {
    // As Array.prototype.at: a fraction is truncated, a negative index counts from the end.
    const whole = Math.trunc(index) || 0;
    const i = whole < 0 ? whole + this.length : whole;
    if (i < 0 || i >= this.length) return undefined;
    if (this.current < 0 || i < (this.bounds[this.current] ?? 0) || i >= (this.bounds[this.current + 1] ?? 0)) this.load(this.chunkOf(i));
    return this.unpacked[i - (this.bounds[this.current] ?? 0)];
  }

  /** The chunk holding paper `i` (binary search over the bounds). */
  private chunkOf(i: number): number {
    let low = 0;
    let high = this.texts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.bounds[mid] ?? 0) <= i) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private load(index: number): void {
    const chunk = this.chunks[index];
    if (!chunk) throw new Error(`extractions: chunk ${index} missing`);
    this.unpacked = 'numbers' in chunk ? unpackFacts(this.texts[index] ?? [], chunk, this.shared) : chunk;
    this.current = index;
  }
}
