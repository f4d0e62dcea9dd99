// Which groups of cue strings occur in a text, in one pass (Aho-Corasick) instead
// of one `includes` per cue: the task, lineage and introduction rules each have
// cheap cue pre-checks, and testing them one by one cost more than the rules.
// Exact substring semantics, like `text.includes(cue)`. No regex, no NLP.

import { lowerCase } from './forms.js';
import { Recent } from './recent.js';

const OTHER = 0;

export class CueIndex {
  private readonly width: number;
  /** Character code -> symbol (0 for characters no cue has). */
  private readonly symbol: Uint16Array;
  /** Groups completed at each state (through failure links too). */
  private readonly outputs: Array<readonly number[]>;
  /** `next` with entries as row offsets (state * width), negative where groups complete. */
  private readonly rows: Int32Array;
  /** `symbol` of ASCII characters: a small table that stays in cache. */
  private readonly asciiSymbol: Uint16Array;
  /** Groups with an empty cue: present in every text. */
  private readonly always: number[] = [];
  /** stamps[g] === generation: group g was found by the last scan. */
  private readonly stamps: Int32Array;
  private generation = 0;
  /** Groups found by the last scan. */
  private found: readonly number[] = [];

  constructor(groups: ReadonlyArray<readonly string[]>) {
    this.symbol = new Uint16Array(0x10000);
    let width = 1;
    for (const cues of groups)
      for (const cue of cues)
        for (let i = 0; i < cue.length; i++) {
          const c = cue.charCodeAt(i);
          if (!this.symbol[c]) this.symbol[c] = width++;
        }
    this.width = width;
    // Trie.
    const children: Array<Map<number, number>> = [new Map()];
    const out: Array<Set<number>> = [new Set()];
    groups.forEach((cues, g) => {
      for (const cue of cues) {
        if (!cue) this.always.push(g);
        let state = 0;
        for (let i = 0; i < cue.length; i++) {
          const s = this.symbol[cue.charCodeAt(i)] ?? OTHER;
          const trans = children[state];
          if (!trans) break;
          let to = trans.get(s);
          if (to === undefined) {
            to = children.length;
            children.push(new Map());
            out.push(new Set());
            trans.set(s, to);
          }
          state = to;
        }
        out[state]?.add(g);
      }
    });
    // Failure links, breadth first, folded into a full transition table. Entries are the
    // target's row offset (state * width), negated minus one where groups complete: one read
    // per character when scanning. A row starts as a copy of its failure state's row (a
    // typed-array copy, cheap on first use) and the state's own children replace entries.
    const states = children.length;
    const rows = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const encode = (to: number) => ((out[to]?.size ?? 0) > 0 ? -(to * width) - 1 : to * width);
    const decode = (entry: number) => (entry < 0 ? -entry - 1 : entry) / width;
    rows.fill(encode(0), 0, width);
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] ?? 0;
      const row = state * width;
      if (state !== 0) {
        const f = (fail[state] ?? 0) * width;
        rows.copyWithin(row, f, f + width);
      }
      for (const [symbol, to] of children[state] ?? []) {
        // The failure row leads where the child's failure link goes (the root's children fail to the root).
        const link = state === 0 ? 0 : decode(rows[row + symbol] ?? 0);
        fail[to] = link;
        // The link is shallower and was reached first: its groups are complete.
        for (const g of out[link] ?? []) out[to]?.add(g);
        rows[row + symbol] = encode(to);
        queue.push(to);
      }
    }
    this.outputs = out.map((set) => [...set]);
    this.rows = rows;
    this.asciiSymbol = this.symbol.slice(0, 128);
    this.stamps = new Int32Array(groups.length);
  }

  /** Mark the groups whose cues occur in `text`; read them with `has` until the next scan. */
  scan(text: string): this {
    const gen = ++this.generation;
    const { rows, asciiSymbol, symbol, outputs, width, stamps } = this;
    const found: number[] = [];
    for (const g of this.always) {
      stamps[g] = gen;
      found.push(g);
    }
    // `row` is state * width; a negative entry marks a state where groups complete.
    let row = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      const to = rows[row + (c < 128 ? (asciiSymbol[c] ?? 0) : (symbol[c] ?? 0))] ?? 0;
      if (to < 0) {
        row = -to - 1;
        for (const g of outputs[row / width] ?? []) {
          if (stamps[g] === gen) continue;
          stamps[g] = gen;
          found.push(g);
        }
      } else row = to;
    }
    this.found = found;
    return this;
  }

  /** The groups the last scan found, in the order found: `restore` marks them again. */
  lastFound(): readonly number[] {
    return this.found;
  }

  /** Mark exactly these groups as found, as if their text were scanned again. */
  restore(found: readonly number[]): this {
    const gen = ++this.generation;
    for (const g of found) this.stamps[g] = gen;
    this.found = found;
    return this;
  }

  /** Some cue of group `g` occurred in the last scanned text. */
  has(g: number): boolean {
    return this.stamps[g] === this.generation;
  }
}

/**
 * One automaton for the cue groups of every module (tasks, lineage, introductions):
 * a sentence is scanned once, whichever module asks first, and its result is kept
 * for the sentences of the current paper (the introductions pass and the main pass
 * both read every sentence). Modules register their groups when they load; the
 * automaton is built on the first scan after a change.
 */
const registered: Array<readonly string[]> = [];
let shared: CueIndex | undefined;
/** Found groups by sentence (raw text), for the last few sentences seen. */
const RESULTS = new Recent<readonly number[]>(32);
let lastSentence: string | undefined;

function automaton(): CueIndex {
  if (!shared) {
    shared = new CueIndex(registered);
    RESULTS.clear();
    lastSentence = undefined;
  }
  return shared;
}

/** A module's groups in the shared automaton. */
export class CueGroups {
  constructor(private readonly base: number) {}

  /** Scan `text` (lower-cased by the caller); then ask with `has`. */
  scan(text: string): this {
    automaton().scan(text);
    lastSentence = undefined;
    return this;
  }

  /** Scan the lower case of `sentence`, or reuse the result of an earlier scan of it; then ask with `has`. */
  scanSentence(sentence: string): this {
    const index = automaton();
    if (sentence === lastSentence) return this;
    const found = RESULTS.get(sentence);
    if (found === undefined) {
      RESULTS.set(sentence, index.scan(lowerCase(sentence)).lastFound());
    } else index.restore(found);
    lastSentence = sentence;
    return this;
  }

  /** Some cue of this module's group `g` occurs in the last scanned text. */
  has(g: number): boolean {
    return shared ? shared.has(this.base + g) : false;
  }
}

export function registerCues(groups: ReadonlyArray<readonly string[]>): CueGroups {
  const base = registered.length;
  registered.push(...groups);
  shared = undefined;
  return new CueGroups(base);
}
