// Cheap comparison forms for hot loops: the same result as matchForm from
// src/normalize for text whose LaTeX is already resolved, without its regex work.
// Pure string helpers; no NLP.

import { stripAccents } from '../src/normalize.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, accents removed, letters and digits only: "XLM-RoBERTa" -> "xlmroberta". */
export function fastForm(text: string): string {
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
