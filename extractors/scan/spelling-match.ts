// Finds where a given name is written in a sentence without compiling a regular
// expression per name (every paper brings new names, and a fresh regex costs a
// compile): indexOf plus character checks, the same matches as the regexes they
// stand for. Falls back to those regexes for text the fast path cannot decide.

import { escapeRegExp } from './forms.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const SEPARATORS = /[\s\-_~]+/;
/**
 * Names whose case-insensitive match is a lower-case comparison: ASCII and Latin
 * letters whose lower case is one character and the same as their case folding.
 */
const LOWER_CASE_SAFE = /^[\x00-\x7f\u00c0-\u00d6\u00d8-\u00de\u00e0-\u00f6\u00f8-\u00fe\u0100-\u012f\u0131-\u0177\u0179-\u017e]*$/;
const SURROGATE = /[\ud800-\udfff]/;

function isWordCode(code: number, text: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(text);
}

/** A letter or digit (one code point) ends right before `pos`: the lookbehind `(?<![\p{L}\p{N}])` fails. */
export function wordBefore(text: string, pos: number): boolean {
  if (pos <= 0) return false;
  const code = text.charCodeAt(pos - 1);
  if (code >= 0xdc00 && code <= 0xdfff && pos >= 2) {
    const high = text.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(pos - 2, pos));
  }
  return isWordCode(code, text[pos - 1] ?? '');
}

/** A letter or digit (one code point) starts at `pos`: the lookahead `(?![\p{L}\p{N}])` fails. */
export function wordAt(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  const code = text.charCodeAt(pos);
  if (code >= 0xd800 && code <= 0xdbff && pos + 1 < text.length) {
    const low = text.charCodeAt(pos + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(pos, pos + 2));
  }
  return isWordCode(code, text[pos] ?? '');
}

const isSeparatorChar = (ch: string) => ch === '-' || ch === '_' || ch === '~' || ch === ' ' || SPACE.test(ch);

/**
 * One spelling of a name, matched with any single separator (or none) between its
 * pieces: "Hardware Phi-1.5B" also reads "Hardware Phi 1.5B". Same matches as
 * /(?<![\p{L}\p{N}])p1[\s\-_~]?p2...(?![\p{L}\p{N}])/gu (giu when not exactCase).
 */
export class SpellingMatcher {
  private readonly pieces: string[];
  private readonly fast: boolean;
  private regex: RegExp | undefined;

  constructor(
    private readonly name: string,
    private readonly exactCase: boolean,
  ) {
    const pieces = name.split(SEPARATORS).filter(Boolean);
    this.pieces = exactCase ? pieces : pieces.map((p) => p.toLowerCase());
    // Exact case is a plain comparison (whole code points); otherwise lower case must equal case folding.
    this.fast = exactCase ? !SURROGATE.test(name) : LOWER_CASE_SAFE.test(name);
  }

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  /** The regex this matcher stands for, built only when the fast path cannot decide. */
  private slowRegex(): RegExp {
    if (!this.regex) {
      const pieces = this.name.split(SEPARATORS).filter(Boolean).map(escapeRegExp);
      this.regex = new RegExp(`(?<![\\p{L}\\p{N}])${pieces.join('[\\s\\-_~]?')}(?![\\p{L}\\p{N}])`, this.exactCase ? 'gu' : 'giu');
    }
    return this.regex;
  }

  /**
   * Every match as [start, end) pairs, left to right, non-overlapping. `lower` is
   * sentence.toLowerCase() (shared by the caller).
   */
  matches(sentence: string, lower: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    if (!this.pieces.length) return out;
    // Case-insensitive Unicode matching folds "ſ" to "s" and "İ" changes length when lower-cased.
    const fast = this.fast && (this.exactCase || (lower.length === sentence.length && !sentence.includes('ſ')));
    if (!fast) {
      for (const m of sentence.matchAll(this.slowRegex())) out.push([m.index, m.index + m[0].length]);
      return out;
    }
    const hay = this.exactCase ? sentence : lower;
    const first = this.pieces[0] ?? '';
    let from = 0;
    for (;;) {
      const at = hay.indexOf(first, from);
      if (at < 0) break;
      const end = this.matchAt(sentence, hay, at);
      if (end < 0) {
        from = at + 1;
        continue;
      }
      out.push([at, end]);
      from = end;
    }
    return out;
  }

  /** End of the match starting at `at` (where the first piece is), or -1. */
  private matchAt(sentence: string, hay: string, at: number): number {
    if (wordBefore(sentence, at)) return -1;
    let pos = at + (this.pieces[0] ?? '').length;
    for (let k = 1; k < this.pieces.length; k++) {
      const piece = this.pieces[k] ?? '';
      if (pos < sentence.length && isSeparatorChar(sentence[pos] ?? '')) pos++;
      if (!hay.startsWith(piece, pos)) return -1;
      pos += piece.length;
    }
    return wordAt(sentence, pos) ? -1 : pos;
  }
}

/**
 * Each use of `name` followed by an optional ")" , a space and a lower-case word:
 * the same as /(?<![\p{L}\p{N}])NAME\)? ([a-z]+)\b/gu, giving the words.
 */
export function wordsAfterName(sentence: string, name: string): string[] {
  const out: string[] = [];
  if (!name) {
    // Never a real name; kept identical to the regex for completeness.
    for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])\)? ([a-z]+)\b/gu)) out.push(m[1] ?? '');
    return out;
  }
  let from = 0;
  for (;;) {
    const at = sentence.indexOf(name, from);
    if (at < 0) break;
    const word = !wordBefore(sentence, at) ? wordAfter(sentence, at + name.length) : undefined;
    if (word === undefined) {
      from = at + 1;
      continue;
    }
    out.push(word.text);
    from = word.end;
  }
  return out;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
/** ASCII word character of `\b` (no /i flag): letters, digits, underscore. */
const isBoundaryWord = (c: number) => isLowerAscii(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

function wordAfter(sentence: string, pos: number): { text: string; end: number } | undefined {
  let p = pos;
  if (sentence.charCodeAt(p) === 41) p++;
  if (sentence.charCodeAt(p) !== 32) return undefined;
  p++;
  const start = p;
  while (p < sentence.length && isLowerAscii(sentence.charCodeAt(p))) p++;
  if (p === start) return undefined;
  if (p < sentence.length && isBoundaryWord(sentence.charCodeAt(p))) return undefined;
  return { text: sentence.slice(start, p), end: p };
}
