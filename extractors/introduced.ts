// Finds the artifacts a paper presents as its own: a title of the form "X: ...",
// cue phrases ("we introduce X", "called X", "our model, X") and appositions
// ("X, a new ..."). Names are new by definition, so they come from patterns and
// word shapes, never from a lexicon. Does not decide lineage or mentions.

import type { EntityType } from '../src/types.js';
import { ARTIFACT_KINDS, INTRODUCE_RULES, type IntroduceRule } from './rules/introduce.js';
import { isGenericName, lookupName, type NameIndex } from './scan/name-index.js';
import { words, type Word } from './scan/words.js';
import { fastForm } from './scan/forms.js';
import { registerCues } from './scan/cue-index.js';
import { DualRegExp, partKind, textKind } from './scan/ascii-regex.js';
import { isLanguageWord } from './languages.js';
import { isKnownBenchmark } from './benchmarks.js';
import { kindOfName, kindOfPhrase, refineKinds, WEAK_KINDS } from './artifact-kinds.js';
import { titleHead } from './title-head.js';
import { isCapitalised, isNameShaped, isVersionWord, nameShapedPhrase } from './scan/word-shapes.js';
import type { Sentence } from './scan/sentences.js';
import { matchAll } from './scan/match-all.js';
import { isFunctionWord } from './scan/nlp.js';

export interface Introduced {
  name: string;
  aliases: string[];
  type: EntityType;
  sentence: string;
  rule: string;
}

const CONNECTORS = new Set(['of', 'for', 'with', 'in', 'on', 'the', 'from', 'to', 'via', 'by']);
const STOPS = new Set(['to', 'that', 'which', 'where', 'how', 'whether', 'if', 'when', 'because', 'so', 'while', 'who']);
/** Prepositions that end the object of "we present ...": the name after them is something used, not made. */
const OBJECT_ENDS = new Set([
  'on',
  'with',
  'in',
  'from',
  'by',
  'using',
  'via',
  'into',
  'between',
  'across',
  'against',
  'than',
  'over',
  'at',
  'through',
  'under',
  'within',
  'beyond',
  'toward',
  'towards',
  'among',
]);
const SKIP_LEADS = new Set(['the', 'a', 'an', 'our']);

const CUES = registerCues(INTRODUCE_RULES.map((r) => r.cue));
/** The rules' patterns with their cheap builds for ASCII and Latin text. */
const PATTERNS = INTRODUCE_RULES.map((r) => new DualRegExp(r.pattern.source, r.pattern.flags));

const GENERIC_SUFFIX = /-(?:style|like|based|type|sized|only|ed)$/i;

/**
 * Words after a name that make it a modifier of something else: "a Gaussian Splatting (GS)
 * based system", "an LLM-driven framework", "Segment Anything Model (SAM)-guided labels".
 */
const MODIFIER_AFTER =
  /^[ -](?:based|driven|guided|assisted|powered|enabled|enhanced|aware|generated|inspired|oriented|centric|specific|agnostic|free|style|like|level|scale|wise|empowered|augmented|integrated|informed|related|supported|conditioned|dependent|compatible|derived|grounded|conditional|equipped|friendly|ready|native|centered|centred|focused|tailored|induced|motivated|sensitive|intensive|dominated)\b/i;

/**
 * A name after "a"/"an" and before a lower-case word modifies that word: "we propose an OOD
 * detection method", "a Chain-of-Thought distillation approach". The paper presents the
 * unnamed thing, not the name.
 */
function modifiesNoun(sentence: string, start: number, end: number): boolean {
  if (!/\b(?:a|an|A|An)\s+$/.test(sentence.slice(Math.max(0, start - 4), start))) return false;
  const next = /^\s+([a-z][a-z\-]*)/.exec(sentence.slice(end, end + 40))?.[1];
  // "a Dual Soft Prompt mechanism": a kind noun after the name says what the name names.
  return next !== undefined && !isFunctionWord(next) && !ARTIFACT_KINDS[next];
}

/** Words a and b both exist and one space lies between them. */
function spaced(sentence: string, ws: readonly Word[], a: number, b: number): boolean {
  const wa = ws[a];
  const wb = ws[b];
  return Boolean(wa && wb && wb.start === wa.end + 1 && sentence.charCodeAt(wa.end) === 32);
}

/** A stretch of words that can name something: capitalised words, connectors between them, versions. */
function phraseAt(sentence: string, ws: Word[], i: number): { end: number; count: number } {
  let j = i + 1;
  let count = 1;
  while (j < ws.length && spaced(sentence, ws, j - 1, j)) {
    const w = ws[j]?.text ?? '';
    if (isCapitalised(w) || isNameShaped(w) || isVersionWord(w)) {
      j++;
      count++;
    } else if (CONNECTORS.has(w.toLowerCase()) && spaced(sentence, ws, j, j + 1) && isCapitalised(ws[j + 1]?.text ?? '')) {
      j += 2;
      count += 2;
    } else break;
  }
  return { end: ws[j - 1]?.end ?? 0, count };
}

interface Candidate {
  name: string;
  aliases: string[];
  start: number;
  end: number;
}

const PAREN = /^ ?\(([^()]{1,90})\)/;
const ACRONYM_AHEAD = new DualRegExp('^[^,.;:()]{0,60}?\\(([\\p{L}][\\p{L}\\p{N}\\-+*]{1,15})\\)', 'u');
/** "a new benchmark we call X": the word before the naming verb. */
const LEAD_KIND = new DualRegExp('(\\p{L}+)(?: we| which we)? (?:call|called|named|dubbed|termed|namely)(?: as)? *$', 'u');

/** Read a name that starts at word i; undefined when the words there name nothing new. */
function candidateAt(sentence: string, ws: Word[], i: number, immediate: boolean, index: NameIndex, strong = false): Candidate | undefined {
  const first = ws[i];
  if (!first) return undefined;
  const w = first.text;
  if (!isCapitalised(w) && !isNameShaped(w)) return undefined;
  const phrase = phraseAt(sentence, ws, i);
  let end = phrase.end;
  // "Foo-DPO-T&R": an ampersand inside a name joins its parts.
  const amp = /^&[\p{L}\p{N}]+/u.exec(sentence.slice(end, end + 12));
  if (amp && phrase.count === 1) end += amp[0].length;
  let name = sentence.slice(first.start, end);
  const aliases: string[] = [];
  const after = sentence.slice(end);
  const paren = PAREN.exec(after);
  if (paren?.[1]) {
    const inner = paren[1].trim();
    if (!/\s/.test(inner) && (isNameShaped(inner) || isCapitalised(inner)) && !/^\d/.test(inner)) {
      if (phrase.count > 1 || !isNameShaped(name)) {
        aliases.push(name);
        name = inner;
      } else aliases.push(inner);
      end += paren[0].length;
    } else if (/\s/.test(inner) && isCapitalised(inner) && inner.split(/\s+/).length <= 10 && !/\d[BMK]\b|,/.test(inner)) {
      aliases.push(inner);
      end += paren[0].length;
    }
  } else if (phrase.count > 1) {
    const ahead = ACRONYM_AHEAD.for(partKind(after, sentence)).exec(after);
    if (ahead?.[1] && isNameShaped(ahead[1])) {
      aliases.push(`${name}${after.slice(0, ahead[0].length - ahead[1].length - 2)}`.trim());
      name = ahead[1];
      end += ahead[0].length;
    }
  }
  if (isGenericName(name) || /^\d/.test(name) || GENERIC_SUFFIX.test(name)) return undefined;
  // "MRI from X-rays": a phrase led by a generic word names nothing of its own.
  if (!aliases.length && name !== w && isGenericName(w)) return undefined;
  if (MODIFIER_AFTER.test(sentence.slice(end, end + 20)) || modifiesNoun(sentence, first.start, end)) return undefined;
  if (!aliases.length && name.split(/\s+/).some(isLanguageWord)) return undefined;
  const known = lookupName(index, name) ?? lookupName(index, w);
  if ((known?.source === 'lexicon' || isKnownBenchmark(name) || isKnownBenchmark(w)) && !immediate) return undefined;
  const nextWord = /^ ([a-z]+)\b/.exec(sentence.slice(end))?.[1] ?? '';
  const kindAfter = Boolean(ARTIFACT_KINDS[nextWord]) && !WEAK_KINDS.has(nextWord);
  if (phrase.count === 1 && !aliases.length && !isNameShaped(name) && !kindAfter) {
    // A single ordinary capitalised word names something only right after the cue, before "," "(" ":".
    if (!immediate || (!strong && !/^\s*[,(:]/.test(sentence.slice(end)))) return undefined;
    if (isLanguageWord(name)) return undefined;
  }
  return { name, aliases, start: first.start, end };
}

function kindAround(sentence: string, cand: Candidate, cueEnd: number): EntityType | undefined {
  const after = sentence.slice(cand.end);
  const next = /^\)?[ -]?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  const nextKind = ARTIFACT_KINDS[next];
  if (nextKind) return nextKind;
  const appos = /^,? (?:which is |that is |is |was )?(?:a|an|the)\b/.exec(after);
  if (appos) {
    const k = kindOfPhrase(after.slice(appos[0].length));
    if (k) return k;
  }
  const between = sentence.slice(cueEnd, cand.start);
  if (between.trim()) {
    const k = kindOfPhrase(between);
    if (k) return k;
  }
  // "a new benchmark we call X", "an adapter called X": the kind noun right before the cue.
  const before = sentence.slice(Math.max(0, cand.start - 60), cand.start);
  const lead = LEAD_KIND.for(partKind(before, sentence)).exec(before);
  const leadKind = lead?.[1] ? ARTIFACT_KINDS[lead[1].toLowerCase()] : undefined;
  return leadKind;
}

/** Index of the first word starting at or after `pos` (binary search). */
function firstWordFrom(all: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What lies between two words: 2 when it holds . ; ! ?, 1 when it holds , or :, else 0 (read by character code). */
function gapKind(sentence: string, from: number, to: number): number {
  let kind = 0;
  for (let i = from; i < to; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 46 || c === 59 || c === 33 || c === 63) return 2;
    if (c === 44 || c === 58) kind = 1;
  }
  return kind;
}

function afterCue(sentence: string, all: readonly Word[], rule: IntroduceRule, cueEnd: number, index: NameIndex): Candidate | undefined {
  const from = firstWordFrom(all, cueEnd);
  const ws = all.slice(from, from + rule.window + 12);
  let seen = 0;
  let prevEnd = cueEnd;
  // The previous word, lower-cased once.
  let prevLower = '';
  for (let i = 0; i < ws.length && seen < rule.window; i++) {
    const w = ws[i];
    if (!w) break;
    const gap = gapKind(sentence, prevEnd, w.start);
    const kindBefore = Boolean(ARTIFACT_KINDS[prevLower]);
    if (gap === 2 || (gap === 1 && !kindBefore && seen > 0)) return undefined;
    const lower = w.text.toLowerCase();
    if (STOPS.has(lower)) return undefined;
    if (seen > 0 && OBJECT_ENDS.has(lower)) return undefined;
    const immediate = seen === 0 || (seen === 1 && SKIP_LEADS.has(prevLower));
    const cand = candidateAt(sentence, ws, i, immediate, index, rule.id === 'intro-named');
    if (cand) return cand;
    seen++;
    prevEnd = w.end;
    prevLower = lower;
  }
  return undefined;
}

function beforeCue(sentence: string, all: readonly Word[], cueStart: number, index: NameIndex): Candidate | undefined {
  const from = firstWordFrom(all, cueStart);
  const ws = all.slice(Math.max(0, from - 8), from).filter((w) => w.end <= cueStart);
  let i = ws.length - 1;
  const last = ws[i];
  if (!last || last.end !== cueStart) return undefined;
  while (i > 0) {
    const prev = ws[i - 1];
    const cur = ws[i];
    if (!prev || !cur || sentence.slice(prev.end, cur.start) !== ' ' || !(isCapitalised(prev.text) || isNameShaped(prev.text))) break;
    i--;
  }
  const first = ws[i];
  if (!first || !(isCapitalised(last.text) || isNameShaped(last.text))) return undefined;
  const name = sentence.slice(first.start, cueStart);
  if (!nameShapedPhrase(name)) return undefined;
  if (isGenericName(name) || lookupName(index, name)) return undefined;
  return { name, aliases: [], start: first.start, end: cueStart };
}

function merge(found: Introduced[]): Introduced[] {
  const out: Introduced[] = [];
  for (const f of found) {
    const forms = new Set([f.name, ...f.aliases].map(fastForm));
    const same = out.find((o) => [o.name, ...o.aliases].some((n) => forms.has(fastForm(n))));
    if (!same) {
      out.push({ ...f, aliases: [...f.aliases] });
      continue;
    }
    for (const n of [f.name, ...f.aliases]) {
      if (n !== same.name && !same.aliases.includes(n)) same.aliases.push(n);
    }
    if (same.type === 'model' && f.type !== 'model' && f.rule !== 'intro-title-head') same.type = f.type;
  }
  return out;
}

/** Cut a candidate's name before its first connector word ("Foo-32B from Bar-32B" -> "Foo-32B"). */
function trimAtConnector(cand: Candidate): void {
  const cut = / (?:of|for|with|in|on|the|from|to|via|by) /.exec(cand.name);
  if (!cut) return;
  cand.name = cand.name.slice(0, cut.index);
  cand.end = cand.start + cand.name.length;
  cand.aliases = [];
}

/** "We ... " before a cue that has no subject of its own. */
const WE_BEFORE = /\b[Ww]e\b/;
/** "We validate our approach using three models, namely A, B and C": those are used, not made. */
const USED_BEFORE = /\b(?:us(?:e|es|ed|ing)|evaluat\w*|compar\w*|validat\w*|experiment\w*|baselines?|benchmark\w*|test(?:s|ed|ing)?)\b/;

/** "... using three chat models, namely A, B and C": a list after "namely" in a sentence about use names what is used. */
function usedList(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  return /\bnamely,?\s*$/.test(before) && USED_BEFORE.test(before);
}

/** A name led by a capital with a capital or digit inside: "AfriXNLI", "EusTrivia" (not "NLI", "Reading"). */
const MIXED_NAME = /^\p{Lu}[\p{L}\p{N}\-]*\p{Ll}[\p{L}\p{N}\-]*[\p{Lu}\p{N}]|^\p{Lu}[\p{L}\p{N}\-]*[\p{Lu}\p{N}][\p{L}\p{N}\-]*\p{Ll}/u;

/**
 * More names the same cue presents: "we created the Foo Leaderboard and Bar-Bench" (a second name after "and"),
 * "we introduce four datasets: FooA, ...; FooB, ...; and FooC, ..." (the heads of a list after a colon), and the
 * named parts of a new benchmark in brackets ("covering three tasks: inference (FooXNLI), ...").
 */
function alsoNamed(
  sentence: string,
  all: readonly Word[],
  cand: Candidate,
  cueEnd: number,
  type: EntityType,
  index: NameIndex,
): Omit<Introduced, 'sentence' | 'rule'>[] {
  const out: Omit<Introduced, 'sentence' | 'rule'>[] = [];
  const add = (c: Candidate | undefined, kind: EntityType) => {
    if (!c || !nameShapedPhrase(c.name) || lookupName(index, c.name) || isKnownBenchmark(c.name) || out.some((o) => o.name === c.name) || c.name === cand.name)
      return;
    out.push({ name: c.name, aliases: c.aliases, type: kind });
  };
  const and = /^,? and (?:the |a |an )?(?=\S)/.exec(sentence.slice(cand.end, cand.end + 12));
  // Only the cue's own object: "we construct data and fine-tune A and B" names what is used.
  const object = sentence.slice(cueEnd, cand.start).split(/\s+/).filter(Boolean).length <= 3;
  if (and && object) {
    const at = firstWordFrom(all, cand.end + and[0].length);
    const next = candidateAt(sentence, all as Word[], at, false, index);
    if (next) trimAtConnector(next);
    // "RainDrop and ReFlection (RDRF)": an acronym after the second part names the whole phrase.
    const whole = next?.aliases.some((a) => /^\p{Lu}{3,}$/u.test(a) && a.length > next.name.split(' ').length);
    if (!whole) add(next, type);
  }
  if (sentence.slice(cueEnd, cand.start).includes(':')) {
    for (const m of sentence.slice(cand.end).matchAll(/; (?:and )?(?=\S)/g)) {
      const at = firstWordFrom(all, cand.end + m.index + m[0].length);
      add(candidateAt(sentence, all as Word[], at, true, index), type);
    }
  }
  if (type === 'benchmark') {
    for (const m of sentence.slice(cand.end).matchAll(/[(~]\(?([\p{Lu}][\p{L}\p{N}\-]{2,24})\)/gu)) {
      const name = m[1] ?? '';
      if (!MIXED_NAME.test(name) || isGenericName(name) || lookupName(index, name) || isKnownBenchmark(name)) continue;
      if (!out.some((o) => o.name === name) && name !== cand.name) out.push({ name, aliases: [], type: 'benchmark' });
    }
  }
  return out;
}

const MODEL_WORD_LAST = /^(?:Models?|Encoders?|Decoders?|Transformers?|Networks?|Net|LMs?|LLMs?)$/;

/** A title head of ordinary words ("Spurious Rewards: ...") names something only if the abstract writes it capitalised. */
function plainHeadUnused(head: string, abstract: string): boolean {
  const parts = head.split(/\s+/);
  // "Alexa Teacher Model", "Universal Sentence Encoder": a model word at the end makes the head a model's name.
  if (MODEL_WORD_LAST.test(parts[parts.length - 1] ?? '')) return false;
  return parts.length > 1 && !parts.some((p) => isNameShaped(p) || isVersionWord(p)) && !abstract.includes(head);
}

/** Everything the paper presents as its own, with the sentence and rule that say so. */
export function findIntroduced(sentences: readonly Sentence[], abstract: string, index: NameIndex): Introduced[] {
  const found: Introduced[] = [];
  const title = sentences.find((s) => s.isTitle);
  if (title) {
    const head = titleHead(title.text, abstract);
    if (head && !plainHeadUnused(head.name, abstract)) {
      const type = kindOfPhrase(head.rest) ?? kindOfName(head.name, []) ?? 'model';
      found.push({ name: head.name, aliases: [], type, sentence: title.text, rule: 'intro-title-head' });
    }
  }
  for (const s of sentences) {
    if (s.isTitle) continue;
    const cues = CUES.scanSentence(s.text);
    let all: Word[] | undefined;
    for (let r = 0; r < INTRODUCE_RULES.length; r++) {
      const rule = INTRODUCE_RULES[r];
      if (!rule || !cues.has(r)) continue;
      all ??= words(s.text);
      for (const m of matchAll(PATTERNS[r]?.for(textKind(s.text)) ?? rule.pattern, s.text)) {
        const cueEnd = m.index + m[0].length;
        if (rule.weBefore && !WE_BEFORE.test(s.text.slice(0, m.index))) continue;
        const cand = rule.where === 'after' ? afterCue(s.text, all, rule, cueEnd, index) : beforeCue(s.text, all, m.index, index);
        if (!cand) continue;
        if (usedList(s.text, cand.start)) continue;
        if ((rule.id === 'intro-our-named' || rule.shapedOnly) && !nameShapedPhrase(cand.name)) continue;
        if ((rule.shapedOnly || rule.newOnly) && (lookupName(index, cand.name) || isKnownBenchmark(cand.name))) continue;
        // "our model Foo-32B from Bar-32B": a name found by a shape rule ends before a connector.
        if (rule.shapedOnly) trimAtConnector(cand);
        const type = kindAround(s.text, cand, rule.where === 'after' ? cueEnd : cand.end) ?? kindOfName(cand.name, cand.aliases) ?? 'model';
        found.push({ name: cand.name, aliases: cand.aliases, type, sentence: s.text, rule: rule.id });
        if (rule.where === 'after')
          for (const more of alsoNamed(s.text, all, cand, cueEnd, type, index)) found.push({ ...more, sentence: s.text, rule: rule.id });
      }
    }
  }
  for (const item of found) if (isKnownBenchmark(item.name)) item.type = 'benchmark';
  return refineKinds(merge(found), sentences);
}
