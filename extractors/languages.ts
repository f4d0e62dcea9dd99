// Finds named natural languages and their varieties ("Swiss German", "Tunisian
// Arabic") in a sentence, by lexicon on the raw text. "multilingual", groups
// ("Indic languages"), scripts ("Latin script") and "non-English" name none.

import type { Mention } from '../src/types.js';
import { DIALECT_ADJECTIVES, LANGUAGE_LEXICON, VARIETY_QUALIFIERS } from './lexicons/languages.js';
import { words, type Word } from './scan/words.js';

const byName = new Map<string, string>();
for (const entry of LANGUAGE_LEXICON) {
  byName.set(entry.name, entry.name);
  for (const alias of entry.aliases) byName.set(alias, entry.name);
}

const QUALIFIERS = new Set(VARIETY_QUALIFIERS);
/** DIALECT_ADJECTIVES as a map (looked up for every capitalised word). */
const DIALECTS = new Map(Object.entries(DIALECT_ADJECTIVES));
/** First words of two-word names ("Scottish" of "Scottish Gaelic"): only these need the joined lookup. */
const FIRST_WORDS = new Set([...byName.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
/** Every word a hyphen-free language mention can start with: one lookup rules out the rest. */
const STARTS = new Set([...DIALECTS.keys(), ...FIRST_WORDS, ...byName.keys()]);
/** First two code units of a word as one number (a one-character word: the second is 0xffff, never in a word). */
function pairKey(text: string, start: number, end: number): number {
  return text.charCodeAt(start) * 0x10000 + (end - start > 1 ? text.charCodeAt(start + 1) : 0xffff);
}
/** pairKey of every STARTS word: a word whose first two characters are not among these is not in STARTS (no slice needed). */
const START_PAIRS = new Set([...STARTS].map((w) => pairKey(w, 0, w.length)));
/** START_PAIRS for two ASCII characters, as a table (index c0 * 128 + c1; one-character words at c1 = 127, never in a word). */
const ASCII_START_PAIRS = new Uint8Array(128 * 128);
for (const w of STARTS) {
  const c0 = w.charCodeAt(0);
  const c1 = w.length > 1 ? w.charCodeAt(1) : 127;
  if (c0 < 128 && c1 < 128) ASCII_START_PAIRS[c0 * 128 + c1] = 1;
}

/** The word's first two characters start some STARTS word (START_PAIRS, by table for ASCII). */
function mayStartLanguage(sentence: string, word: Word): boolean {
  const c0 = sentence.charCodeAt(word.start);
  const c1 = word.end - word.start > 1 ? sentence.charCodeAt(word.start + 1) : 127;
  if (c0 < 128 && c1 < 128) return ASCII_START_PAIRS[c0 * 128 + c1] === 1;
  return START_PAIRS.has(pairKey(sentence, word.start, word.end));
}

/** The word has a hyphen (read on the sentence). */
function hasHyphen(sentence: string, word: Word): boolean {
  for (let i = word.start; i < word.end; i++) if (sentence.charCodeAt(i) === 45) return true;
  return false;
}
const UPPER_START = /^\p{Lu}/u;
/** The word starts with an upper-case letter (ASCII read from the sentence, no slice). */
function upperStart(sentence: string, word: Word): boolean {
  const c = sentence.charCodeAt(word.start);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word.text);
}
/** What makes a language word name something else: a script, an alphabet. */
const NOT_A_LANGUAGE_AFTER = /(?: scripts?\b| alphabets?\b| characters?\b| letters\b| numerals?\b)/y;

export function isLanguageWord(word: string): boolean {
  return byName.has(word);
}

/** The gap between words a and b is exactly one space (a module function: no closure per call). */
function spaced(sentence: string, ws: readonly Word[], a: number, b: number): boolean {
  const end = ws[a]?.end ?? 0;
  return (ws[b]?.start ?? 0) === end + 1 && sentence.charCodeAt(end) === 32;
}

export interface LanguageHit {
  mention: Mention;
  rule: string;
}

/** Languages among a sentence's words; a qualifier word (or two) before one names a variety. */
export function findLanguages(sentence: string): LanguageHit[] {
  const out: LanguageHit[] = [];
  const ws = words(sentence);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w || !upperStart(sentence, w)) continue;
    if (!mayStartLanguage(sentence, w) && !hasHyphen(sentence, w)) continue;
    if (!STARTS.has(w.text) && !w.text.includes('-')) continue;
    const next = ws[i + 1];
    const dialect = DIALECTS.get(w.text);
    if (dialect && next && spaced(sentence, ws, i, i + 1) && /^[Dd]ialects?$/.test(next.text)) {
      out.push({ mention: { type: 'language', name: dialect }, rule: 'language-dialect' });
      continue;
    }
    if (w.text.includes('-')) {
      // "English-German", "Hindi-English", "English-to-French"; never "English-centric" or "non-English".
      const parts = w.text.split('-');
      const langs = parts.map((p) => byName.get(p));
      if (parts.every((p, k) => langs[k] || p === 'to' || p === 'and')) {
        for (const l of langs) if (l) out.push({ mention: { type: 'language', name: l }, rule: 'language-pair' });
      }
      continue;
    }
    const two = next && FIRST_WORDS.has(w.text) && spaced(sentence, ws, i, i + 1) ? byName.get(`${w.text} ${next.text}`) : undefined;
    const base = two ?? byName.get(w.text);
    if (!base) continue;
    const end = two ? (next?.end ?? w.end) : w.end;
    NOT_A_LANGUAGE_AFTER.lastIndex = end;
    if (NOT_A_LANGUAGE_AFTER.test(sentence)) continue;
    const p1 = ws[i - 1];
    const p2 = ws[i - 2];
    let qualifier: string | undefined;
    if (p1 && p2 && spaced(sentence, ws, i - 2, i - 1) && spaced(sentence, ws, i - 1, i) && QUALIFIERS.has(`${p2.text} ${p1.text}`))
      qualifier = `${p2.text} ${p1.text}`;
    else if (p1 && spaced(sentence, ws, i - 1, i) && QUALIFIERS.has(p1.text)) qualifier = p1.text;
    const name = qualifier ? `${qualifier} ${base}` : base;
    out.push({ mention: { type: 'language', name }, rule: qualifier ? 'language-variety' : 'language-lexicon' });
    if (two) i++;
  }
  return out;
}
