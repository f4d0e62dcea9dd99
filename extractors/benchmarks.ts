// Finds benchmarks and datasets in a sentence: the lexicon of well-known ones on
// the raw text, then patterns for the rest ("the X benchmark", "X, a ... dataset",
// "evaluated on X"). A name already read as a model, language or task is no benchmark.

import type { Mention } from '../src/types.js';
import { BENCHMARK_LEXICON, type BenchmarkEntry } from './lexicons/benchmarks.js';
import { BENCHMARK_RULES, EVALUATION_CUES, EVALUATION_WORDS, NAME_PHRASE, NAME_WORD, NOT_BENCHMARK } from './rules/benchmark-patterns.js';
import { registerCues } from './scan/cue-index.js';
import { exactForm, fastForm } from './scan/forms.js';
import { addToTrie, isGenericName, trieNode } from './scan/name-index.js';
import { FlatTrie } from './scan/flat-trie.js';
import { words, type Word } from './scan/words.js';
import { isLanguageWord } from './languages.js';
import { DualRegExp, isAscii, textKind } from './scan/ascii-regex.js';
import { matchAll } from './scan/match-all.js';

/** Sentence-initial words a capitalised phrase may start with: "The FooQA benchmark". */
const LEADING_WORDS = /^(?:(?:The|This|These|Our|On|In|For|With|Both|Each|All|Two|Three|Several) )+/;

interface Compiled {
  id: string;
  re: DualRegExp;
  needsEvaluation: boolean;
  plainNames: boolean;
}

const LEXICON_BY_FORM = new Map<string, BenchmarkEntry>();
/** Exact spellings (separators removed) of the names that must match with their letter case. */
const EXACT_SPELLINGS = new Set<string>();
let LONGEST = 1;
for (const e of BENCHMARK_LEXICON) {
  for (const n of [e.name, ...e.aliases]) {
    LEXICON_BY_FORM.set(fastForm(n), e);
    if (e.exactCase) EXACT_SPELLINGS.add(exactForm(n));
    LONGEST = Math.max(LONGEST, n.split(/[\s/]+/).length);
  }
}

/** The lexicon forms as a (flat) trie: a window whose first word's form does not start one cannot be a name. */
const FORM_TREE = trieNode();
for (const form of LEXICON_BY_FORM.keys()) addToTrie(FORM_TREE, form);
const FORM_TRIE = new FlatTrie(FORM_TREE);

/**
 * On ASCII text (and punctuation): fastForm(word) is a prefix of a lexicon form.
 * Walked on the sentence (letters lower-cased, the rest dropped, as fastForm does)
 * instead of slicing and lower-casing every capitalised word.
 */
export function mayStartForm(sentence: string, word: Word): boolean {
  let node = 0;
  for (let p = word.start; p < word.end && node >= 0; p++) {
    const c = sentence.charCodeAt(p);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) node = FORM_TRIE.step(node, c);
    else if (c >= 65 && c <= 90) node = FORM_TRIE.step(node, c + 32);
  }
  return node >= 0;
}

const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
/** The word starts with an upper-case letter or a digit (ASCII read from the sentence, no slice). */
function upperOrDigit(sentence: string, word: Word): boolean {
  const c = sentence.charCodeAt(word.start);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_OR_DIGIT.test(word.text);
}

/** Lexicon benchmarks among a sentence's words (windows of up to four words, longest first). */
function lexiconHits(sentence: string): BenchmarkHit[] {
  const out: BenchmarkHit[] = [];
  const ws = words(sentence);
  // On ASCII text (and punctuation) a window's form starts with its first word's form.
  const prune = isAscii(sentence);
  for (let i = 0; i < ws.length; i++) {
    const first = ws[i];
    if (!first || !upperOrDigit(sentence, first)) continue;
    if (prune && !mayStartForm(sentence, first)) continue;
    let hit: BenchmarkHit | undefined;
    let used = 1;
    for (let k = Math.min(LONGEST, ws.length - i); k >= 1 && !hit; k--) {
      const last = ws[i + k - 1];
      if (!last) continue;
      let joined = true;
      for (let j = i; j < i + k - 1; j++) {
        const gap = sentence.slice(ws[j]?.end ?? 0, ws[j + 1]?.start ?? 0);
        if (gap !== ' ' && gap !== '/') joined = false;
      }
      if (!joined) continue;
      const text = sentence.slice(first.start, last.end);
      const entry = LEXICON_BY_FORM.get(fastForm(text));
      if (!entry || (entry.exactCase && !EXACT_SPELLINGS.has(exactForm(text)))) continue;
      if (definesAcronym(sentence, first.start, last.end)) continue;
      hit = { mention: { type: 'benchmark', name: entry.name, aliases: entry.aliases }, rule: 'benchmark-lexicon', start: first.start, end: last.end };
      used = k;
    }
    if (hit) {
      out.push(hit);
      i += used - 1;
    }
  }
  return out;
}

/** A name (any spelling) of a benchmark in the lexicon, with or without a version: "SQuAD 2.0". */
export function isKnownBenchmark(name: string): boolean {
  return LEXICON_BY_FORM.has(fastForm(name)) || LEXICON_BY_FORM.has(fastForm(name.replace(/[\s\-]?v?\d+(?:\.\d+)?$/, '')));
}

const RULES: Compiled[] = BENCHMARK_RULES.map((r) => ({
  id: r.id,
  re: new DualRegExp(r.pattern.replaceAll('{N}', NAME_WORD).replaceAll('{NP}', NAME_PHRASE), 'gu'),
  needsEvaluation: r.needsEvaluation ?? false,
  plainNames: r.plainNames ?? false,
}));
/** The rules' cues, then the evaluation words' cues, in the shared cue automaton. */
const CUES = registerCues([...BENCHMARK_RULES.map((r) => r.cue), EVALUATION_CUES]);
const EVALUATION_GROUP = BENCHMARK_RULES.length;

export interface BenchmarkHit {
  mention: Mention;
  rule: string;
  start: number;
  end: number;
}

/**
 * "grouped-query attention (GQA)": the bracketed word abbreviates the words before it,
 * so it names that phrase, not the benchmark spelled the same way.
 */
function definesAcronym(sentence: string, start: number, end: number): boolean {
  if (sentence[start - 1] !== '(' || sentence[end] !== ')') return false;
  // "general language understanding evaluation (GLUE) benchmark" defines the benchmark itself.
  if (/^\)\s*(?:benchmarks?|datasets?|corpus|suite|test)/.test(sentence.slice(end))) return false;
  const acronym = sentence
    .slice(start, end)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const before = sentence
    .slice(Math.max(0, start - 80), start - 1)
    .split(/[\s\-]+/)
    .filter(Boolean);
  const initials = before
    .slice(-acronym.length)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return initials === acronym;
}

/** A word that can be a dataset's name: capitals or digits inside, not a known other thing. */
function benchmarkName(name: string, plainAllowed: boolean): boolean {
  const words = name.split(' ');
  for (const word of words) {
    if (NOT_BENCHMARK.has(word) || isGenericName(word) || isLanguageWord(word)) return false;
    const parts = word.split('-');
    // "Open-QA", "Bi-LSTMs" are generic; "FOO-SLU" keeps a name-shaped part and is a name.
    const generic = parts.some((p) => isGenericName(p));
    const shaped = parts.some((p) => !isGenericName(p) && /.\p{Lu}|\d/u.test(p));
    if ((generic && !shaped) || /^[a-z]{1,3}$/.test(parts[parts.length - 1] ?? '')) return false;
  }
  if (name.length < 3) return false;
  return plainAllowed || /.\p{Lu}|\d/u.test(name);
}

function lexiconForms(hits: readonly BenchmarkHit[]): Set<string> {
  const forms = new Set<string>();
  for (const h of hits) forms.add(fastForm(h.mention.name));
  return forms;
}

function overlaps(taken: ReadonlyArray<{ start: number; end: number }>, s: number, e: number): boolean {
  for (const t of taken) if (s < t.end && t.start < e) return true;
  return false;
}

/**
 * Benchmarks of one sentence. `taken` are character ranges already read as
 * other entities (model names), skipped by the patterns.
 */
export function findBenchmarks(sentence: string, taken: ReadonlyArray<{ start: number; end: number }>): BenchmarkHit[] {
  const out: BenchmarkHit[] = [];
  out.push(...lexiconHits(sentence));
  // Forms of the names found so far, made when a pattern first finds a candidate.
  let known: Set<string> | undefined;
  const cues = CUES.scanSentence(sentence);
  // Read only when a rule needs it; the regex only runs when one of its cue words is there.
  let evaluation: boolean | undefined;
  const kind = textKind(sentence);
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    if (!rule || !cues.has(r)) continue;
    if (rule.needsEvaluation) {
      evaluation ??= cues.has(EVALUATION_GROUP) && EVALUATION_WORDS.test(sentence);
      if (!evaluation) continue;
    }
    for (const m of matchAll(rule.re.for(kind), sentence)) {
      let from = m.index;
      for (const group of m.slice(1)) {
        if (!group) continue;
        const name = group.replace(LEADING_WORDS, '');
        const start = sentence.indexOf(name, from);
        from = start + name.length;
        if (!benchmarkName(name, rule.plainNames) || overlaps(taken, start, start + name.length)) continue;
        // A plain capitalised word that starts the sentence is just its first word ("Additionally, ...").
        if (start === 0 && !/.\p{Lu}|\d/u.test(name.split(' ')[0] ?? '')) continue;
        known ??= lexiconForms(out);
        if (known.has(fastForm(name))) continue;
        known.add(fastForm(name));
        out.push({ mention: { type: 'benchmark', name }, rule: rule.id, start, end: start + name.length });
      }
    }
  }
  return out;
}
