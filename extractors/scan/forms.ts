// Cheap comparison forms for hot loops: the same result as matchForm from
// src/normalize for text whose LaTeX is already resolved, without its regex work.
// Pure string helpers; no NLP.

import { stripAccents } from '../../src/normalize.js';
import { Recent } from './recent.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, accents removed, letters and digits only: "XLM-RoBERTa" -> "xlmroberta". */
export function fastForm(text: string): string {
  // ASCII fast path: already a form, only capitals to lower, or separators to drop.
  let upper = false;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return slowForm(text);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) other = true;
  }
  if (other) return text.toLowerCase().replace(NOT_ASCII_FORM, '');
  return upper ? text.toLowerCase() : text;
}

const NOT_ASCII_FORM = /[^a-z0-9]+/g;

function slowForm(text: string): string {
  const base = NON_ASCII.test(text) ? stripAccents(text) : text;
  return base.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A character of JavaScript's \s: ASCII spaces and the Unicode space separators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const SEPARATORS = /[\s\-_~]+/g;

/** Separators removed, case kept: "GPT-2" -> "GPT2" (for names matched with exact case). */
export function exactForm(text: string): string {
  // Most texts have no separator: the text itself, without a regex replace.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 95 || c === 126 || isSpaceCode(c)) return text.replace(SEPARATORS, '');
  }
  return text;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let lastText = '';
let lastLower = '';
/** Lower case of recent sentences (the introductions pass and the main pass both need it). */
const LOWER = new Recent<string>(32);
/** `text.toLowerCase()`, remembered for recent texts: every extractor lower-cases the same sentence. */
export function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    let lower = LOWER.get(text);
    if (lower === undefined) {
      lower = text.toLowerCase();
      LOWER.set(text, lower);
    }
    lastLower = lower;
  }
  return lastLower;
}
