// A rule regex in two builds: the one written (Unicode classes such as \p{L}, the
// u flag) and an ASCII build without the u flag, for text that is all ASCII. On
// ASCII text both find the same matches; the ASCII build compiles in a fraction of
// the time (\p{L} with the i flag is costly to compile) and runs faster. Each build
// is compiled on first use. No NLP.

/** ASCII members of the Unicode classes the rules use. */
const ASCII_CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  N: '0-9',
  Nd: '0-9',
};

const ASCII_TEXT = /^[\x00-\x7f]*$/;

/** Only ASCII characters, and the mask brackets ⟦ ⟧ that lineage puts around name numbers. */
const ASCII_OR_MASK = /^[\x00-\x7f⟦⟧]*$/;

let lastText = '';
let lastAscii = true;
/** The text has only ASCII characters (remembered for the last text). */
export function isAscii(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAscii = ASCII_TEXT.test(text);
  }
  return lastAscii;
}

/** The text has only ASCII characters and ⟦ ⟧. */
export const isAsciiOrMask = (text: string) => ASCII_OR_MASK.test(text);

/**
 * The source with \p{..} classes replaced by their ASCII members, or undefined
 * when it uses syntax whose meaning needs the u flag (\P, \u{..}, other classes).
 */
export function asciiSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'p') {
        const close = source.indexOf('}', i);
        const name = source[i + 2] === '{' && close > 0 ? source.slice(i + 3, close) : '';
        const ranges = ASCII_CLASSES[name];
        if (!ranges || !Object.hasOwn(ASCII_CLASSES, name)) return undefined;
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

/** A rule regex with its ASCII build; `for(text)` picks the build for the text. */
export class DualRegExp {
  private unicode: RegExp | undefined;
  private ascii: RegExp | undefined | null;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The build for text already known to be ASCII (`asciiText`) or not. */
  for(asciiText: boolean): RegExp {
    if (asciiText) {
      if (this.ascii === undefined) {
        const source = asciiSource(this.source);
        this.ascii = source === undefined ? null : new RegExp(source, this.flags.replace('u', ''));
      }
      if (this.ascii) return this.ascii;
    }
    this.unicode ??= new RegExp(this.source, this.flags);
    return this.unicode;
  }
}
