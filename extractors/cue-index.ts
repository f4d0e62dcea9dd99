// Which groups of cue strings occur in a text, in one pass (Aho-Corasick) instead
// of one `includes` per cue: the task, lineage and introduction rules each have
// cheap cue pre-checks, and testing them one by one cost more than the rules.
// Exact substring semantics, like `text.includes(cue)`. No regex, no NLP.

const OTHER = 0;

export class CueIndex {
  /** Transition table: state * width + symbol -> state. */
  private readonly next: Int32Array;
  private readonly width: number;
  /** Character code -> symbol (0 for characters no cue has). */
  private readonly symbol: Uint16Array;
  /** Groups completed at each state (through failure links too). */
  private readonly outputs: Array<readonly number[]>;
  private readonly stamps: Int32Array;
  /** Groups with an empty cue: present in every text. */
  private readonly always: number[] = [];
  private generation = 0;

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
    // Failure links, breadth first, folded into a full transition table.
    const next = new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let s = 0; s < width; s++) {
      const to = children[0]?.get(s);
      if (to !== undefined) {
        next[s] = to;
        queue.push(to);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] ?? 0;
      const f = fail[state] ?? 0;
      for (const g of out[f] ?? []) out[state]?.add(g);
      for (let s = 0; s < width; s++) {
        const to = children[state]?.get(s);
        if (to !== undefined) {
          fail[to] = next[f * width + s] ?? 0;
          next[state * width + s] = to;
          queue.push(to);
        } else next[state * width + s] = next[f * width + s] ?? 0;
      }
    }
    this.next = next;
    this.outputs = out.map((set) => [...set]);
    this.stamps = new Int32Array(groups.length);
  }

  /** Mark the groups whose cues occur in `text`; read them with `has` until the next scan. */
  scan(text: string): this {
    const gen = ++this.generation;
    const { next, width, symbol, outputs, stamps } = this;
    for (const g of this.always) stamps[g] = gen;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      const found = outputs[state];
      if (found && found.length) for (const g of found) stamps[g] = gen;
    }
    return this;
  }

  /** Some cue of group `g` occurred in the last scanned text. */
  has(g: number): boolean {
    return this.stamps[g] === this.generation;
  }
}

/**
 * One automaton for the cue groups of every module (tasks, lineage, introductions):
 * a sentence is scanned once, whichever module asks first. Modules register their
 * groups when they load; the automaton is built on the first scan after a change.
 */
const registered: Array<readonly string[]> = [];
let shared: CueIndex | undefined;
let sharedText: string | undefined;

/** A module's groups in the shared automaton. */
export class CueGroups {
  constructor(private readonly base: number) {}

  /** Scan `text` (lower-cased by the caller) unless it was the last text scanned; then ask with `has`. */
  scan(text: string): this {
    if (!shared) {
      shared = new CueIndex(registered);
      sharedText = undefined;
    }
    if (text !== sharedText) {
      shared.scan(text);
      sharedText = text;
    }
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
