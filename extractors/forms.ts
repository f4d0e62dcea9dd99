// Cheap comparison forms for hot loops: the same result as matchForm from
// src/normalize for text whose LaTeX is already resolved, without its regex work.
// Pure string helpers; no NLP.

import { stripAccents } from '../src/normalize.js';

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

/** Separators removed, case kept: "GPT-2" -> "GPT2" (for names matched with exact case). */
export function exactForm(text: string): string {
  return text.replace(/[\s\-_~]+/g, '');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let lastText = '';
let lastLower = '';
/** `text.toLowerCase()`, remembered for the last text: every extractor lower-cases the same sentence. */
export function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
