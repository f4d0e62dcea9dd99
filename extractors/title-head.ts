// Reads a paper's own name from its title: "X: ...", "X -- ...", "X, a ...", when X
// looks like a name (capitals inside, a version, a model word) or the abstract
// uses it. Pure string work; the kind of X is decided in artifact-kinds.ts.

import { createNameIndex, isGenericName, lookupName } from './scan/name-index.js';
import { fastForm } from './scan/forms.js';
import { isNameShaped, isVersionWord } from './scan/word-shapes.js';

const TITLE_INDEX = createNameIndex();
/** Last words that make a short capitalised title head a model's name: "Foo Teacher Model". */
const MODEL_HEAD_WORDS = /^(?:Model|Encoder|Decoder|Transformer|Network|Net|LM|LLM)s?$/;

/** A title that is itself a model's name: "Universal Sentence Encoder" (two to four capitalised words). */
function wholeTitleName(title: string): { name: string; rest: string } | undefined {
  const parts = title.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 4 || /^(?:A|An|The|On|Towards|Toward|Are|Is|Do|Does)$/.test(parts[0] ?? '')) return undefined;
  if (!parts.every((p) => /^[\p{Lu}\d]/u.test(p))) return undefined;
  if (!SINGULAR_MODEL_WORD.test(parts[parts.length - 1] ?? '')) return undefined;
  return { name: title.trim(), rest: '' };
}

const SINGULAR_MODEL_WORD = /^(?:Model|Encoder|Decoder|Transformer|Network)$/;

const ASCII = /^[\x00-\x7f]*$/;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isAlnum(c) || c === 95;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * The head written after a space inside a sentence: /[^.!?]\sHEAD\b/u with the
 * head's other characters as wildcards. A scan on ASCII text (a regex per title
 * would be compiled for every paper), the regex otherwise.
 */
export function usedMidSentence(abstract: string, head: string): boolean {
  if (!ASCII.test(abstract) || !ASCII.test(head)) {
    return new RegExp(`[^.!?]\\s${head.replace(/[^\p{L}\p{N}]/gu, '.')}\\b`, 'u').test(abstract);
  }
  const m = head.length;
  for (let p = 2; p + m <= abstract.length; p++) {
    const before = abstract.charCodeAt(p - 2);
    if (before === 46 || before === 33 || before === 63 || !isSpace(abstract.charCodeAt(p - 1))) continue;
    let k = 0;
    for (; k < m; k++) {
      const h = head.charCodeAt(k);
      const a = abstract.charCodeAt(p + k);
      if (isAlnum(h) ? a !== h : a === 10 || a === 13) break;
    }
    if (k < m) continue;
    const q = p + m;
    const after = q < abstract.length && isWordChar(abstract.charCodeAt(q));
    if (m > 0 && isWordChar(abstract.charCodeAt(q - 1)) !== after) return true;
  }
  return false;
}

/** Title of the form "X: ..." / "X -- ..." / "X, a ...": X when it looks like a name the abstract uses. */
export function titleHead(title: string, abstract: string): { name: string; rest: string } | undefined {
  const m = /^(.{1,60}?)(?::\s| -{1,2} | – |, (?:a|an|the) )(.*)$/.exec(title);
  if (!m?.[1]) return wholeTitleName(title);
  const head = m[1].trim();
  const parts = head.split(/\s+/);
  if (parts.length > 4) return undefined;
  if (!parts.every((p) => /^[\p{Lu}\d]/u.test(p) || isNameShaped(p) || /^[a-z]+\p{Lu}/u.test(p) || /^v\d/.test(p))) return undefined;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\s\-+.]*$/u.test(head)) return undefined;
  const form = fastForm(head);
  const singular = form.endsWith('s') ? form.slice(0, -1) : form;
  const shaped = parts.every((p) => isNameShaped(p) || isVersionWord(p));
  const lastPart = parts[parts.length - 1] ?? '';
  const modelLike = parts.length <= 3 && (MODEL_HEAD_WORDS.test(lastPart) || parts.some((p) => Boolean(lookupName(TITLE_INDEX, p))));
  // "Pluto 2.0": a word and a version; "Corvid, a distilled ...": an apposition in the title.
  const versioned = parts.length === 2 && isVersionWord(lastPart);
  const apposition = /^, /.test(title.slice(m[1].length));
  if (!shaped && !modelLike && !versioned && !apposition && !fastForm(abstract).includes(singular)) return undefined;
  if (parts.length === 1 && !isNameShaped(head) && !apposition) {
    // An ordinary word must be used as a name in the abstract: capitalised mid-sentence.
    if (!usedMidSentence(abstract, head)) return undefined;
  }
  if (isGenericName(head)) return undefined;
  return { name: head, rest: m[2] ?? '' };
}
