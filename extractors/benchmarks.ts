// Finds benchmarks and datasets in a sentence: the lexicon of well-known ones on
// the raw text, then patterns for the rest ("the X benchmark", "X, a ... dataset",
// "evaluated on X"). A name already read as a model, language or task is no benchmark.

import type { Mention } from '../src/types.js';
import { BENCHMARK_LEXICON, type BenchmarkEntry } from './lexicons/benchmarks.js';
import { BENCHMARK_RULES, EVALUATION_CUES, EVALUATION_WORDS, NAME_PHRASE, NAME_WORD, NOT_BENCHMARK } from './rules/benchmark-patterns.js';
import { registerCues } from './scan/cue-index.js';
import { exactForm, fastForm } from './scan/forms.js';
import { addToTrie, hasGenericSuffix, isGenericName, trieNode } from './scan/name-index.js';
import { FlatTrie } from './scan/flat-trie.js';
import { words, type Word } from './scan/words.js';
import { isLanguageWord } from './languages.js';
import { DualRegExp, isAscii, textKind } from './scan/ascii-regex.js';
import { matchAll } from './scan/match-all.js';
import { isFunctionWord } from './scan/nlp.js';

/** Sentence-initial words a capitalised phrase may start with: "The FooQA benchmark". */
const LEADING_WORDS = /^(?:(?:The|This|These|Our|On|In|For|With|Both|Each|All|Two|Three|Several) )+/;

interface Compiled {
  id: string;
  re: DualRegExp;
  needsEvaluation: boolean;
  plainNames: boolean;
  acronymLast: boolean;
  notTitleCase: boolean;
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

/** The word's last character is a digit (read on the sentence). */
function endsInDigit(sentence: string, word: Word): boolean {
  const c = sentence.charCodeAt(word.end - 1);
  return c >= 48 && c <= 57;
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
    // "AIME24": an edition written as one word (its form is no lexicon prefix).
    const inWord = endsInDigit(sentence, first) ? editionInWord(first) : undefined;
    if (inWord) {
      out.push(inWord);
      continue;
    }
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
      // "ScanNet++" is not ScanNet.
      if (sentence.charCodeAt(last.end) === 43 || sentence.charCodeAt(last.end - 1) === 43) continue;
      hit = { mention: { type: 'benchmark', name: entry.name, aliases: entry.aliases }, rule: 'benchmark-lexicon', start: first.start, end: last.end };
      used = k;
    }
    if (hit) {
      const edition = YEARLY.has(hit.mention.name) ? editionAfter(sentence, hit) : undefined;
      out.push(edition ?? hit);
      i += used - 1;
    }
  }
  return out;
}

/** Names of the competitions held every year (their editions are benchmarks of their own). */
const YEARLY = new Map<string, BenchmarkEntry>();
for (const e of BENCHMARK_LEXICON) if (e.yearly) YEARLY.set(e.name, e);

/** An edition: "AIME 2024" with the short spelling "AIME24" as alias. */
function edition(name: string, year: string, start: number, end: number): BenchmarkHit {
  const full = year.length === 2 ? `20${year}` : year;
  return { mention: { type: 'benchmark', name: `${name} ${full}`, aliases: [`${name}${full.slice(2)}`] }, rule: 'benchmark-edition', start, end };
}

const YEAR_AFTER = /^(?:[ -]((?:19|20)\d{2})|['’]?(\d{2}))(?![\p{L}\p{N}])/u;
/** "AIME 2024", "AIME'24" after a yearly competition's name. */
function editionAfter(sentence: string, hit: BenchmarkHit): BenchmarkHit | undefined {
  const m = YEAR_AFTER.exec(sentence.slice(hit.end, hit.end + 6));
  const year = m?.[1] ?? m?.[2];
  return year ? edition(hit.mention.name, year, hit.start, hit.end + (m?.[0].length ?? 0)) : undefined;
}

const YEAR_IN_WORD = /^(\p{Lu}+)[-'’]?((?:19|20)\d{2}|\d{2})$/u;
/** "AIME24", "AMC2023": a yearly competition's name and year written as one word. */
function editionInWord(word: Word): BenchmarkHit | undefined {
  if (word.end - word.start > 12) return undefined;
  const m = YEAR_IN_WORD.exec(word.text);
  const entry = m?.[1] ? YEARLY.get(m[1]) : undefined;
  if (!entry || !m?.[2]) return undefined;
  return edition(entry.name, m[2], word.start, word.end);
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
  acronymLast: r.acronymLast ?? false,
  notTitleCase: r.notTitleCase ?? false,
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
  // "the Massive Text Embedding Benchmark (MTEB)": the words before name the benchmark.
  if (BENCHMARK_HEAD_BEFORE.test(sentence.slice(Math.max(0, start - 20), start - 1))) return false;
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

const BENCHMARK_HEAD_BEFORE = /\b(?:Benchmark|Dataset|Corpus|Evaluation|Suite|Challenge|Leaderboard|Bench|Test)\s*$/;

/** Most words capitalised: a title-cased line, where "A New Benchmark" names nothing. */
function titleCased(sentence: string): boolean {
  let upper = 0;
  let all = 0;
  for (const w of words(sentence)) {
    const c = sentence.charCodeAt(w.start);
    if (c >= 97 && c <= 122) all++;
    else if (c >= 65 && c <= 90) {
      upper++;
      all++;
    }
  }
  return all > 2 && upper / all > 0.6;
}

/** Benchmark-shaped names of the `bench-shape` row: "FooQA" needs a lower-case letter ("VQA", "KBQA" name tasks). */
function benchShaped(name: string): boolean {
  return !/QA$/.test(name) || /[a-z]/.test(name);
}

/** Words before an acronym that make "N FOO datasets" a kind of dataset (a task's acronym), not a name. */
const COUNTED =
  /(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|diverse|public|standard|popular|existing|other|common) )$/i;
const PLURAL_AFTER = /^ (?:benchmarks|datasets|test sets|corpora|tasks)\b/;

/** "29 VDR datasets", "three NER benchmarks": a counted acronym before a plural kind noun names a kind. */
function countedAcronym(sentence: string, start: number, end: number, name: string): boolean {
  return /^[\p{Lu}\d-]{2,6}$/u.test(name) && PLURAL_AFTER.test(sentence.slice(end, end + 12)) && COUNTED.test(sentence.slice(Math.max(0, start - 14), start));
}

/** Words after a name that make it a modifier: "analytics on FOO sentiments" (not "on FooBench with ..."). */
function modifiesNextWord(sentence: string, end: number): boolean {
  const next = /^ ([a-z][a-z\-]+)\b/.exec(sentence.slice(end, end + 30))?.[1];
  if (next === undefined || isFunctionWord(next) || BENCHMARK_NOUNS.has(next) || VERB_AFTER.test(next)) return false;
  // "on the FOO multimodal embedding benchmark", "FOO2 online generation tasks": the words after still describe the benchmark.
  const ahead = /^(?: [a-z][a-z\-]*){1,4}/.exec(sentence.slice(end, end + 60))?.[0] ?? '';
  return !ahead.split(' ').some((w) => BENCHMARK_NOUNS.has(w));
}
/** Verbs, participles and adverbs that follow a list of benchmarks: "Experiments on A and B demonstrate ...". */
const VERB_AFTER =
  /^(?:demonstrates?|shows?|reveals?|confirms?|indicates?|validates?|highlights?|proves?|suggests?|verif(?:y|ies)|illustrates?|yields?|achieves?|attains?|reaches?|sets?|remains?|establish(?:es)?|and|or|\w+(?:ed|ly|ing))$/;
const BENCHMARK_NOUNS = new Set([
  'benchmark',
  'benchmarks',
  'dataset',
  'datasets',
  'test',
  'tests',
  'set',
  'sets',
  'split',
  'splits',
  'subset',
  'subsets',
  'task',
  'tasks',
  'suite',
  'leaderboard',
  'corpus',
  'challenge',
  'track',
  'versions',
  'version',
  'environment',
  'environments',
]);

/** "Filipino-centric benchmark", "MMLU-style questions": the name describes, it does not name. */
const MODIFIER_SUFFIX = /-(?:centric|oriented|focused|aware|specific|level|style|like|based|type|grade|scale|only|wise|related)$/i;

/** A word that can be a dataset's name: capitals or digits inside, not a known other thing. */
function benchmarkName(name: string, plainAllowed: boolean): boolean {
  const words = name.split(' ');
  for (const word of words) {
    if (NOT_BENCHMARK.has(word) || isGenericName(word) || isLanguageWord(word)) return false;
    // "SemEval-2025": a campaign with its year.
    if (NOT_BENCHMARK.has(word.split('-')[0] ?? '')) return false;
    // "Mandarin-English code-switching benchmarks": a language pair.
    if (word.includes('-') && word.split('-').every((p) => isLanguageWord(p))) return false;
    const parts = word.split('-');
    // "Open-QA", "Bi-LSTMs" are generic; "FOO-SLU" keeps a name-shaped part and is a name.
    const generic = parts.some((p) => isGenericName(p));
    const shaped = parts.some((p) => !isGenericName(p) && /.\p{Lu}|\d/u.test(p));
    if ((generic && !shaped) || /^[a-z]{1,3}$/.test(parts[parts.length - 1] ?? '')) return false;
  }
  if (name.length < 3 || hasGenericSuffix(name) || MODIFIER_SUFFIX.test(name)) return false;
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
  let titleCase: boolean | undefined;
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    if (!rule || !cues.has(r)) continue;
    if (rule.needsEvaluation) {
      evaluation ??= cues.has(EVALUATION_GROUP) && EVALUATION_WORDS.test(sentence);
      if (!evaluation) continue;
    }
    if (rule.notTitleCase && (titleCase ??= titleCased(sentence))) continue;
    for (const m of matchAll(rule.re.for(kind), sentence)) {
      let from = m.index;
      const groups = m.slice(1);
      // "Foo Benchmark (FB)": the acronym is the name, the long form its alias.
      const acronym = rule.acronymLast && groups.length > 1 ? groups[groups.length - 1] : undefined;
      for (const group of acronym ? [acronym] : groups) {
        if (!group) continue;
        const name = group.replace(LEADING_WORDS, '');
        const start = sentence.indexOf(name, from);
        from = start + name.length;
        // A titled name may hold generic words ("Open FOO LLM Leaderboard"): titledName judges it whole.
        const titled = rule.id === 'bench-titled-kind' && !acronym;
        if (!(titled ? titledName(name, start) : benchmarkName(name, rule.plainNames)) || overlaps(taken, start, start + name.length)) continue;
        // Part of a name found already: "MARCO" of "MS MARCO".
        if (overlaps(out, start, start + name.length)) continue;
        // A plain capitalised word that starts the sentence is just its first word ("Additionally, ...").
        if (start === 0 && !/.\p{Lu}|\d/u.test(name.split(' ')[0] ?? '')) continue;
        if (countedAcronym(sentence, start, start + name.length, name)) continue;
        if (rule.id === 'bench-shape' && !benchShaped(name)) continue;
        if (rule.id === 'bench-evaluated-on' && modifiesNextWord(sentence, start + name.length)) continue;
        known ??= lexiconForms(out);
        if (known.has(fastForm(name))) continue;
        known.add(fastForm(name));
        let long = acronym ? groups[0]?.replace(LEADING_WORDS, '') : undefined;
        // "on the Landslide4Sense (L4S) benchmark": the name before the brackets is the same benchmark.
        if (rule.id === 'bench-acronym-noun') {
          const before = out.findIndex((h) => h.end === start - 2);
          if (before >= 0) long = out.splice(before, 1)[0]?.mention.name;
        }
        out.push({ mention: { type: 'benchmark', name, ...(long ? { aliases: [long] } : {}) }, rule: rule.id, start, end: start + name.length });
      }
    }
  }
  return out;
}

/** Words too common to make "X Benchmark" a name on their own: "a New Benchmark", "Our Dataset". */
const COMMON_LEADS = new Set([
  'a',
  'an',
  'new',
  'novel',
  'first',
  'large',
  'large-scale',
  'comprehensive',
  'unified',
  'open',
  'public',
  'standard',
  'synthetic',
  'real',
  'real-world',
  'multilingual',
  'challenging',
  'our',
  'their',
  'its',
  'existing',
  'benchmark',
  'dataset',
  'workshop',
  'shared',
  'grand',
  'task',
  'evaluation',
  'test',
  'data',
]);

/** "Massive Text Embedding Benchmark" names a benchmark; "A New Benchmark" and a sentence's first word do not. */
function titledName(name: string, start: number): boolean {
  const parts = name.split(' ').slice(0, -1);
  if (parts.every((p) => COMMON_LEADS.has(p.toLowerCase()) || isGenericName(p) || isLanguageWord(p) || NOT_BENCHMARK.has(p))) return false;
  return start > 0 || /.\p{Lu}|\d/u.test(parts[0] ?? '');
}
