// The head of a paper's own model name, written alone, names the model it grew from:
// "Zamba2-VL ... built on Zamba2", "MSSM+ extends MSSM", "FooNet-2 ... inherited from FooNet".
// No lexicon knows such heads; the paper's own names give them. Cheap string scans only.

import type { NameSpan } from './scan/name-index.js';
import { isNameShaped } from './scan/word-shapes.js';
import { escapeRegExp } from './scan/forms.js';
import { isKnownModel, isGenericName } from './scan/name-index.js';

/** Rule id of a span read as the head of an own model's name. */
export const OWN_HEAD_RULE_ID = 'shape-own-head';

/** A version or "+" after the head: "FooNet-2", "FooNet 2.0", "FooNetv2", "MSSM+". */
const VERSION_TAIL = /^(.{3,}?)(?:[ \-_]?v?\d{1,2}(?:\.\d{1,2})?|\+{1,2})$/;
/** A short upper-case line after a hyphen: "Zamba2-VL", "FooLM-X" (the head must then look like a name). */
const LINE_TAIL = /^(.{3,}?)-[A-Z]{1,4}$/;

function headOf(name: string): string | undefined {
  const versioned = VERSION_TAIL.exec(name)?.[1];
  if (versioned) return versioned;
  const lined = LINE_TAIL.exec(name)?.[1];
  // "Zamba2-VL": the head must look like a name of its own, not an acronym ("RLA-WM" builds on no model "RLA").
  return lined && isNameShaped(lined) && /[\p{Ll}\d]/u.test(lined) ? lined : undefined;
}

/** Heads of the paper's own model names that the abstract also writes alone. */
export function ownHeads(names: readonly string[], abstract: string): string[] {
  const out: string[] = [];
  for (const name of names) {
    const head = headOf(name);
    if (!head || !/\p{Lu}/u.test(head) || /\s/.test(head) || isGenericName(head) || isKnownModel(head) || names.includes(head)) continue;
    if (!out.includes(head) && aloneIn(abstract, head).length) out.push(head);
  }
  return out;
}

/** Where `head` is written as a word of its own (not the start of a longer name). */
function aloneIn(text: string, head: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\-.])${escapeRegExp(head)}(?![\\p{L}\\p{N}+]|[\\-.][\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

/** Spans of the heads in one sentence, where no other name already is. */
export function ownHeadSpans(sentence: string, heads: readonly string[], taken: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const head of heads) {
    if (!sentence.includes(head)) continue;
    for (const start of aloneIn(sentence, head)) {
      const end = start + head.length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      out.push({ start, end, surface: head, mention: { type: 'model', name: head }, source: 'shape', rule: OWN_HEAD_RULE_ID });
    }
  }
  return out;
}
