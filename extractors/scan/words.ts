// Word tokens of a sentence on the raw text, kept whole across hyphens and dots
// ("GPT-3.5-turbo", "XLM-R"), with a small cache because every extractor reads
// the same sentences. No NLP, no lexicons.

import { Recent } from './recent.js';

/**
 * Words of a sentence: letters/digits joined by . - _ + ' (so "GPT-3.5-turbo" is one word).
 * The scanner below reads exactly what this pattern matches, without regex iterator costs.
 */
export const WORD = /[\p{L}\p{N}]+(?:[.\-_+'’][\p{L}\p{N}]+)*\+*/gu;

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** A word whose text is sliced from the sentence on first read: most words are only looked at by position. */
class Token implements Word {
  private cached: string | undefined = undefined;

  constructor(
    private readonly sentence: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    if (this.cached === undefined) this.cached = this.sentence.slice(this.start, this.end);
    return this.cached;
  }
}

/** Recent sentences' words: every extractor reads the same sentences, tokenise each once. */
const WORD_CACHE = new Recent<Word[]>(32);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Length (1 or 2 code units) of the letter or digit code point at `i`, 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c !== c) return 0; // past the end (NaN)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i] ?? '') ? 1 : 0;
}

/** Joiner inside a word: . - _ + ' ’ */
const isJoiner = (c: number) => c === 46 || c === 45 || c === 95 || c === 43 || c === 39 || c === 0x2019;

/** ASCII letters and digits. */
const ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** The end of the run of letters and digits starting at `i`. */
function skipLetters(text: string, i: number): number {
  let j = i;
  const length = text.length;
  while (j < length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (ALNUM[c] === 0) break;
      j++;
      continue;
    }
    const n = letterAt(text, j);
    if (n === 0) break;
    j += n;
  }
  return j;
}

export function tokenize(sentence: string): Word[] {
  const out: Word[] = [];
  const length = sentence.length;
  let i = 0;
  while (i < length) {
    const c = sentence.charCodeAt(i);
    if (c < 128 && ALNUM[c] === 0) {
      i++;
      continue;
    }
    const n = c < 128 ? 1 : letterAt(sentence, i);
    if (n === 0) {
      // Not a letter: the regex moves on by one code point.
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < length && (sentence.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      continue;
    }
    const start = i;
    let j = skipLetters(sentence, i + n);
    while (j < length && isJoiner(sentence.charCodeAt(j)) && letterAt(sentence, j + 1) > 0) j = skipLetters(sentence, j + 1);
    while (sentence.charCodeAt(j) === 43) j++;
    let end = j;
    const last = sentence.charCodeAt(end - 1);
    const before = sentence.charCodeAt(end - 2);
    // "model's" -> "model" (the regex /['’]s$/ on the word).
    if (end - start >= 2 && last === 115 && (before === 39 || before === 0x2019)) end -= 2;
    out.push(new Token(sentence, start, end));
    i = j;
  }
  return out;
}

export function words(sentence: string): Word[] {
  const cached = WORD_CACHE.get(sentence);
  if (cached) return cached;
  const out = tokenize(sentence);
  WORD_CACHE.set(sentence, out);
  return out;
}
