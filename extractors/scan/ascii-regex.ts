// A rule regex in two builds: the one written (Unicode classes such as \p{L}, the
// u flag) and an ASCII build without the u flag, for text that is all ASCII. On
// ASCII text both find the same matches; the ASCII build compiles in a fraction of
// the time (\p{L} with the i flag is costly to compile) and runs faster. Each build
// is compiled on first use. No NLP.

import { Recent } from './recent.js';

/** ASCII members of the Unicode classes the rules use. */
const ASCII_CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  N: '0-9',
  Nd: '0-9',
};

/**
 * Characters that are no letter, digit or case variant of one in either regex
 * mode: punctuation, spaces, dashes, quotes, arrows, maths, the mask brackets.
 * Text made of ASCII and these reads the same with the ASCII build.
 */
const NEUTRAL = '\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u22ff\u27e6\u27e7';
/** Latin letters (Latin-1 and Latin Extended-A) the Latin build lists explicitly; ß and ÿ fold beyond the range. */
const LATIN_LETTERS = '\u00c0-\u00d6\u00d8-\u00de\u00e0-\u00f6\u00f8-\u00fe\u0100-\u0177\u0179-\u017e';

const ASCII_TEXT = new RegExp(`^[\\x00-\\x7f${NEUTRAL}]*$`);
const LATIN_TEXT = new RegExp(`^[\\x00-\\x7f${NEUTRAL}${LATIN_LETTERS}]*$`);

/** Upper-case letters of Latin Extended-A: pairs alternate, the upper one first, except where the block shifts. */
function latinUpper(c: number): boolean {
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c >= 0x100 && c <= 0x137) return c % 2 === 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 === 1;
  if (c >= 0x14a && c <= 0x177) return c % 2 === 0;
  if (c === 0x178) return true;
  if (c >= 0x179 && c <= 0x17e) return c % 2 === 1;
  return false;
}

function latinRanges(keep: (c: number) => boolean): string {
  let out = '';
  for (let c = 0xc0; c <= 0x17f; c++) {
    if (!keep(c)) continue;
    let d = c;
    while (d + 1 <= 0x17f && keep(d + 1)) d++;
    const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
    out += d > c ? `${hex(c)}-${hex(d)}` : hex(c);
    c = d;
  }
  return out;
}

const isLatinLetter = (c: number) => c !== 0xd7 && c !== 0xf7;
/** Members of the classes among ASCII and Latin letters (U+00C0 to U+017F). */
const LATIN_CLASSES: Readonly<Record<string, string>> = {
  L: `A-Za-z${latinRanges(isLatinLetter)}`,
  Lu: `A-Z${latinRanges(latinUpper)}`,
  Ll: `a-z${latinRanges((c) => isLatinLetter(c) && !latinUpper(c))}`,
  N: '0-9',
  Nd: '0-9',
};

/** Which build of a rule regex reads a text exactly like the Unicode one. */
export type TextKind = 'ascii' | 'latin' | 'unicode';

/** Kinds of recent texts beyond the last two. */
const KINDS = new Recent<TextKind>(32);
let lastText = '';
let lastKind: TextKind = 'ascii';
let prevText = '';
let prevKind: TextKind = 'ascii';
/**
 * The cheapest build that reads `text` like the written regex. The last two texts
 * are remembered: the extractors alternate between a sentence and a masked copy
 * or a piece of it.
 */
export function textKind(text: string): TextKind {
  if (text === lastText) return lastKind;
  if (text === prevText) {
    prevText = lastText;
    lastText = text;
    const kind = prevKind;
    prevKind = lastKind;
    lastKind = kind;
    return kind;
  }
  prevText = lastText;
  prevKind = lastKind;
  lastText = text;
  // The introductions pass and the main pass both ask about every sentence of a paper: keep recent answers.
  let kind = KINDS.get(text);
  if (kind === undefined) {
    kind = ASCII_TEXT.test(text) ? 'ascii' : LATIN_TEXT.test(text) ? 'latin' : 'unicode';
    KINDS.set(text, kind);
  }
  lastKind = kind;
  return kind;
}

/**
 * textKind of `part`, a piece of `whole` (or `whole` with names masked as ⟦n⟧):
 * every piece of ASCII text is ASCII text, so only other text is read again.
 */
export function partKind(part: string, whole: string): TextKind {
  return textKind(whole) === 'ascii' ? 'ascii' : textKind(part);
}

/** The text has only ASCII characters and characters that are no letters or digits. */
export const isAscii = (text: string) => textKind(text) === 'ascii';

/**
 * The source with \p{..} classes replaced by their ASCII members, or undefined
 * when it uses syntax whose meaning needs the u flag (\P, \u{..}, other classes).
 */
export function asciiSource(source: string, classes: Readonly<Record<string, string>> = ASCII_CLASSES): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'p') {
        const close = source.indexOf('}', i);
        const name = source[i + 2] === '{' && close > 0 ? source.slice(i + 3, close) : '';
        const ranges = Object.hasOwn(classes, name) ? classes[name] : undefined;
        if (!ranges) return undefined;
        out += inClass ? ranges : `[${ranges}]`;
        i = close;
        continue;
      }
      if (next === 'P' || next === 'u' || next === 'k' || next === 'c') return undefined;
      out += ch + next;
      i++;
      continue;
    }
    if (ch === '[') {
      if (inClass) return undefined; // nested classes are v-flag syntax
      inClass = true;
    } else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/** A rule regex with its ASCII and Latin builds; `for(kind)` picks the build for a text. */
export class DualRegExp {
  private unicode: RegExp | undefined;
  private ascii: RegExp | undefined | null;
  private latin: RegExp | undefined | null;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The build for a text of this kind (textKind). */
  for(kind: TextKind): RegExp {
    if (kind === 'ascii') {
      if (this.ascii === undefined) {
        const source = asciiSource(this.source);
        this.ascii = source === undefined ? null : new RegExp(source, this.flags.replace('u', ''));
      }
      if (this.ascii) return this.ascii;
    }
    if (kind !== 'unicode') {
      // Same flags, the classes listed for Latin text: far cheaper to compile than \p{L}.
      if (this.latin === undefined) {
        const source = asciiSource(this.source, LATIN_CLASSES);
        this.latin = source === undefined || !this.flags.includes('u') ? null : new RegExp(source, this.flags);
      }
      if (this.latin) return this.latin;
    }
    this.unicode ??= new RegExp(this.source, this.flags);
    return this.unicode;
  }
}

/** For tests: the class tables and text classes. */
export const LATIN_TABLES = { ASCII_CLASSES, LATIN_CLASSES, ASCII_TEXT, LATIN_TEXT };
