// Finds named natural languages and their varieties ("Swiss German", "Tunisian
// Arabic") in a sentence, by lexicon on the raw text. "multilingual", groups
// ("Indic languages"), scripts ("Latin script") and "non-English" name none.

import type { Mention } from '../src/types.js';
import { DIALECT_ADJECTIVES, LANGUAGE_LEXICON, VARIETY_QUALIFIERS } from './lexicons/languages.js';
import { escapeRegExp } from './forms.js';

const byName = new Map<string, string>();
for (const entry of LANGUAGE_LEXICON) {
  byName.set(entry.name, entry.name);
  for (const alias of entry.aliases) byName.set(alias, entry.name);
}

const alternation = (names: readonly string[]) =>
  [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** Qualifier (optional) + language, case-sensitive, whole words. Linear: two plain alternations. */
const LANGUAGE_RE = new RegExp(
  `(?<![\\p{L}\\-])(?:(${alternation(VARIETY_QUALIFIERS)}) )?(${alternation([...byName.keys()])})(?![\\p{L}])`,
  'gu',
);
const DIALECT_RE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(DIALECT_ADJECTIVES))}) [Dd]ialects?\\b`, 'gu');
/** What makes a language word name something else: a script, an alphabet. */
const NOT_A_LANGUAGE_AFTER = /^(?:-centric| scripts?\b| alphabets?\b| characters?\b| letters\b| numerals?\b)/;

export function isLanguageWord(word: string): boolean {
  return byName.has(word);
}

export interface LanguageHit {
  mention: Mention;
  rule: string;
}

export function findLanguages(sentence: string): LanguageHit[] {
  const out: LanguageHit[] = [];
  for (const m of sentence.matchAll(DIALECT_RE)) {
    const name = DIALECT_ADJECTIVES[m[1] ?? ''];
    if (name) out.push({ mention: { type: 'language', name }, rule: 'language-dialect' });
  }
  for (const m of sentence.matchAll(LANGUAGE_RE)) {
    const qualifier = m[1];
    const base = byName.get(m[2] ?? '');
    if (!base) continue;
    const after = sentence.slice(m.index + m[0].length);
    if (NOT_A_LANGUAGE_AFTER.test(after)) continue;
    if (sentence.slice(Math.max(0, m.index - 4), m.index).toLowerCase() === 'non-') continue;
    const name = qualifier ? `${qualifier} ${base}` : base;
    out.push({ mention: { type: 'language', name }, rule: qualifier ? 'language-variety' : 'language-lexicon' });
  }
  return out;
}
