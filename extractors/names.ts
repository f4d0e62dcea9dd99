// Finds model names in one sentence on the raw text: lexicon names with their
// size / version / variant suffixes ("Llama3.1-8B"), names the paper introduces,
// and shape-based names (name-shapes.ts). No NLP here: compromise would split
// the hyphenated names this module must keep whole.

import type { Mention } from '../src/types.js';
import { DESCRIPTOR_AFTER_VARIANT, FAMILY_PART_RULE_ID, LINE_SHAPES, SUFFIX_PARTS, SUFFIX_SHAPES } from './rules/name-shapes.js';
import { fastForm, lowerCase } from './scan/forms.js';
import { lookupName, mentionOf, type NameEntry, type NameIndex, type NameSpan } from './scan/name-index.js';
import { cueSpans, extensionSpan, hasLowerMorpheme, listSpans, mayBeShaped, parenSizeSpans, prefixCompoundSpan, shapeSpan, sizedSpan } from './name-shapes.js';
import { words, type Word } from './scan/words.js';
import type { FlatTrie } from './scan/flat-trie.js';

interface Suffix {
  version: string;
  rest: string;
  /** End of each part after the version, relative to the suffix text: the prefixes are the family levels. */
  cuts: number[];
  /** "UNet++", "CodeT5+": a plus right after the name makes another model, not a variant. */
  plus: string;
}

const isSeparator = (c: string) => c === ' ' || c === '-' || c === '_';
/** Shapes a part may have when written right after the name, with no separator ("MobileNetV2", "SmolLM2"). */
const ATTACHED = new Set(['suffix-size', 'suffix-version-v', 'suffix-code']);
const FAMILY_PART = /^(\p{L}[\p{L}]*?)(\d{1,2}(?:\.\d{1,2})?)?$/u;

/** The shape row a part of a name's suffix matches, or undefined. `joiner`: the character before it. */
function partShape(index: NameIndex, part: string, joiner: string): string | undefined {
  for (const shape of SUFFIX_SHAPES) {
    if (joiner === ' ' && !shape.spaced) continue;
    if (joiner === '' && !ATTACHED.has(shape.id)) continue;
    if (shape.pattern.test(part)) return shape.id;
  }
  // "DeepSeek-R1-Distill-Qwen-32B": a known family (with its version) inside a hyphenated name.
  if (joiner === '-' || joiner === '_') {
    const m = FAMILY_PART.exec(part);
    if (m?.[1] && m[1].length >= 3 && lookupName(index, m[1])) return FAMILY_PART_RULE_ID;
  }
  return undefined;
}

/** Parse what follows a name as version / sizes / variants; undefined when it is anything else. */
function parseSuffix(index: NameIndex, text: string, versioned: boolean): Suffix | undefined {
  let pos = 0;
  let version = '';
  let plus = '';
  if (text.startsWith('+')) {
    plus = text.startsWith('++') ? '++' : '+';
    pos = plus.length;
  } else if (versioned) {
    const m = SUFFIX_PARTS.version.exec(text);
    if (m) {
      version = m[0];
      pos = m[0].length;
    }
  }
  const cuts: number[] = [];
  let guard = 0;
  let previous = '';
  while (pos < text.length && guard++ < 8) {
    const c = text[pos] ?? '';
    const joiner = isSeparator(c) ? c : '';
    const from = joiner ? pos + 1 : pos;
    let to = from;
    while (to < text.length && !isSeparator(text[to] ?? '')) to++;
    const shape = to === from ? undefined : partShape(index, text.slice(from, to), joiner);
    if (!shape || (shape === 'suffix-line-version' && !LINE_SHAPES.has(previous))) return undefined;
    previous = shape;
    pos = to;
    cuts.push(pos);
  }
  if (pos !== text.length) return undefined;
  return { version, rest: text.slice(version.length + plus.length), cuts, plus };
}

function isBoundary(text: string, pos: number): boolean {
  if (pos >= text.length) return true;
  const a = text[pos - 1] ?? '';
  const b = text[pos] ?? '';
  if (/[\s\-_.~+]/.test(b)) return true;
  // "YOLOv8", "DINOv2", "LayoutLMv3": a version letter and digit start the suffix.
  if ((b === 'v' || b === 'V') && /\d/.test(text[pos + 1] ?? '') && /[\p{L}]/u.test(a)) return true;
  const digitA = /\d/.test(a);
  const digitB = /\d/.test(b);
  return /[\p{L}\p{N}+]/u.test(a) && /[\p{L}\p{N}]/u.test(b) && digitA !== digitB;
}

/** Build the span of a known name followed by a (possibly empty) suffix. */
function spanFor(entry: NameEntry, start: number, surface: string, cut: number, suffix: Suffix, rule: string): NameSpan {
  const end = start + surface.length;
  if (!suffix.version && !suffix.rest && !suffix.plus) {
    return { start, end, surface, mention: mentionOf(entry, surface), source: entry.source, rule };
  }
  if (suffix.plus) {
    // Another model, not a size of this one: no family link ("UNet++" is not "U-Net").
    const own: Mention = { type: entry.type, name: entry.name + suffix.plus, aliases: [] };
    if (!suffix.rest) {
      if (surface !== own.name) own.aliases = [surface];
      return { start, end, surface, mention: own, source: entry.source, rule };
    }
    return { start, end, surface, mention: { type: entry.type, name: surface }, family: own, families: [own], source: entry.source, rule };
  }
  const base = mentionOf(entry, surface.slice(0, cut));
  // A version is written with a space in the family's name: "Llama3.1" -> "Llama 3.1".
  // "FLUX.1" keeps its dot: the family writes that version with it.
  const familyName = !suffix.version
    ? entry.name
    : suffix.version.startsWith('.')
      ? entry.name + suffix.version
      : `${entry.name} ${suffix.version.replace(/^[ \-_]/, '')}`;
  const family: Mention = suffix.version ? { type: entry.type, name: familyName } : base;
  if (!suffix.rest) {
    // "SAM 2" keeps its spelling as an alias of "SAM 2" written from the canonical name.
    if (surface !== familyName && !family.aliases?.includes(surface)) family.aliases = [surface];
    return { start, end, surface, mention: family, family: base, families: [base], source: entry.source, rule };
  }
  const canonical = familyName + suffix.rest;
  const aliases = canonical !== surface ? [canonical] : [];
  // Every shorter reading is a level of the family: Qwen2.5-VL-7B-Instruct -> Qwen2.5-VL-7B -> Qwen2.5-VL -> Qwen 2.5 -> Qwen.
  const families: Mention[] = [];
  const versionEnd = cut + suffix.version.length;
  for (let k = suffix.cuts.length - 2; k >= 0; k--) {
    const name = surface.slice(0, cut + (suffix.cuts[k] ?? 0));
    const levelCanonical = familyName + name.slice(versionEnd);
    families.push({ type: entry.type, name, aliases: levelCanonical !== name ? [levelCanonical] : [] });
  }
  families.push(family);
  if (suffix.version) families.push(base);
  return {
    start,
    end,
    surface,
    mention: { type: entry.type, name: surface, aliases },
    family: families[0],
    families,
    source: entry.source,
    rule,
  };
}

/** Cheap check on a word's first two characters (read from the sentence; `pairs` is asciiPairs(index)) before the full prefix scan. */
function mayStartName(index: NameIndex, pairs: Uint8Array, sentence: string, word: Word): boolean {
  if (word.end - word.start < 2) return true;
  const c0 = sentence.charCodeAt(word.start);
  const c1 = sentence.charCodeAt(word.start + 1);
  if (c0 >= 128 || c1 >= 128) return mayStartPair(index, c0, c1);
  const at = c0 * 128 + c1;
  // 0: not asked yet (filled on first use: most pairs never occur), 1: no, 2: yes.
  if (pairs[at] === 0) pairs[at] = mayStartPair(index, c0, c1) ? 2 : 1;
  return pairs[at] === 2;
}

/** mayStartPair of two ASCII characters, by the tries they were read from (the lexicon's, shared by every paper's index). */
const PAIR_TABLES = new WeakMap<FlatTrie, { exact: FlatTrie; pairs: Uint8Array }>();

function asciiPairs(index: NameIndex): Uint8Array {
  const cached = PAIR_TABLES.get(index.formFlat);
  if (cached && cached.exact === index.exactFlat) return cached.pairs;
  const pairs = new Uint8Array(128 * 128);
  PAIR_TABLES.set(index.formFlat, { exact: index.exactFlat, pairs });
  return pairs;
}

/** A key of byExact / byForm starts like these two characters: walked on the tries without building strings. */
function mayStartPair(index: NameIndex, c0: number, c1: number): boolean {
  const { exactFlat, formFlat } = index;
  let exact = exactFlat.step(0, c0);
  if (exact >= 0 && !isSeparatorCode(c1)) exact = exactFlat.step(exact, c1);
  if (exact >= 0) return true;
  if (c0 < 128 && c1 < 128) {
    // formChar of ASCII: letters lower-cased, digits kept, the rest dropped.
    const f0 = asciiFormCode(c0);
    const f1 = asciiFormCode(c1);
    if (f0 < 0 && f1 < 0) return false;
    let form = 0;
    if (f0 >= 0) form = formFlat.step(form, f0);
    if (form >= 0 && f1 >= 0) form = formFlat.step(form, f1);
    return form >= 0;
  }
  const f = formChar(String.fromCharCode(c0)) + formChar(String.fromCharCode(c1));
  if (!f) return false;
  let form = 0;
  for (let k = 0; k < f.length && form >= 0; k++) form = formFlat.step(form, f.charCodeAt(k));
  return form >= 0;
}

/** The form code of an ASCII character: lower-case letter or digit, -1 for the rest. */
function asciiFormCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return c;
  return -1;
}

/** Lower-case letter or digit of one character, '' for separators (ASCII fast path). */
function formChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return ch;
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (c >= 48 && c <= 57) return ch;
  if (c < 128) return '';
  return fastForm(ch);
}

const isSeparatorCode = (c: number) => c === 32 || c === 45 || c === 95 || c === 126;

/** Cut points of the current matchKnown call (the first cutCount entries), reused: no array per word. */
const CUTS: number[] = [];
let cutCount = 0;

/**
 * Read `count` words from word i on (joined by single spaces) as a known name
 * plus suffix; the longest reading wins. The tries are walked on the sentence one
 * character at a time, and the scan stops as soon as no name starts like the
 * text read; nothing is sliced unless a name ends somewhere.
 */
function matchKnown(index: NameIndex, sentence: string, ws: readonly Word[], i: number, count: number): { span: NameSpan; words: number } | undefined {
  const start = ws[i]?.start ?? 0;
  const limit = ws[i + count - 1]?.end ?? start;
  // A counter, not `CUTS.length = 0`: setting the length is a runtime call.
  cutCount = 0;
  // Walk the tries of lexicon keys; a dead walk stays dead (no key starts like the text read so far).
  // Nodes of the flat tries; -1 once dead.
  const { exactFlat, formFlat } = index;
  let form = 0;
  let exact = 0;
  for (let p = start; p < limit && (form >= 0 || exact >= 0); p++) {
    const c = sentence.charCodeAt(p);
    if (exact >= 0 && c !== 32 && c !== 45 && c !== 95 && c !== 126) exact = exactFlat.step(exact, c);
    if (form >= 0) {
      // formChar without building strings for ASCII: letters lower-cased, digits kept, the rest dropped.
      if (c >= 97 && c <= 122) form = formFlat.step(form, c);
      else if (c >= 65 && c <= 90) form = formFlat.step(form, c + 32);
      else if (c >= 48 && c <= 57) form = formFlat.step(form, c);
      else if (c >= 128) {
        const f = formChar(sentence[p] ?? '');
        for (let k = 0; k < f.length && form >= 0; k++) form = formFlat.step(form, f.charCodeAt(k));
      }
    }
    const known = (form >= 0 && formFlat.isKey(form)) || (exact >= 0 && exactFlat.isKey(exact));
    // The end of the words read is a boundary, as the end of their text.
    if (known && (p + 1 >= limit || isBoundary(sentence, p + 1))) CUTS[cutCount++] = p + 1 - start;
  }
  if (cutCount === 0) return undefined;
  const text = sentence.slice(start, limit);
  for (let k = count; k >= 1; k--) {
    const end = (ws[i + k - 1]?.end ?? 0) - start;
    for (let c = cutCount - 1; c >= 0; c--) {
      const cut = CUTS[c] ?? 0;
      // "UNet++": the pluses belong to the suffix (another model), never to the known name.
      if (cut > end || text.charCodeAt(cut - 1) === 43) continue;
      const entry = lookupName(index, text.slice(0, cut));
      if (!entry) continue;
      const suffix = parseSuffix(index, text.slice(cut, end), entry.versioned);
      if (!suffix) continue;
      // "Llama 3.1 base models": a spaced variant word before a descriptor describes the family.
      if (k > 1 && isSpacedVariantWord(text, end) && DESCRIPTOR_AFTER_VARIANT.test(sentence.slice(start + end))) continue;
      return { span: spanFor(entry, start, text.slice(0, end), cut, suffix, `lexicon:${entry.id}`), words: k };
    }
  }
  return undefined;
}

const SPACED_VARIANT = /^(?:base|instruct|chat|large|small)$/;
/** The reading ends with a lower-case variant word after a space ("Llama 3.1 base"). */
function isSpacedVariantWord(text: string, end: number): boolean {
  const space = text.lastIndexOf(' ', end - 1);
  return space >= 0 && SPACED_VARIANT.test(text.slice(space + 1, end));
}

const SIZE_TAIL = /[ \-_]?(?:\d+x)?\d+(?:\.\d+)?[BMKT](?![\dA-Za-z])/y;

/** Some of the strings occurs in `text` (a loop: no closure per call). */
function someIn(text: string, strings: readonly string[]): boolean {
  for (const s of strings) if (text.includes(s)) return true;
  return false;
}

function introducedSpans(index: NameIndex, sentence: string): NameSpan[] {
  const out: NameSpan[] = [];
  if (!index.introduced.length) return out;
  const lower = lowerCase(sentence);
  for (const { entry, spellings, probe } of index.introduced) {
    if (!someIn(lower, probe)) continue;
    for (const spelling of spellings) {
      for (const [start, end] of spelling.matches(sentence, lower)) {
        SIZE_TAIL.lastIndex = end;
        const tail = SIZE_TAIL.exec(sentence);
        const text = sentence.slice(start, end);
        const surface = tail ? text + tail[0] : text;
        const suffix: Suffix = { version: '', rest: tail ? tail[0] : '', cuts: tail ? [tail[0].length] : [], plus: '' };
        out.push(spanFor(entry, start, surface, text.length, suffix, `introduced:${entry.id}`));
      }
    }
  }
  return out;
}

/**
 * All model-name spans of a sentence, longest first where they overlap. `withModifiers`: also
 * known names written with "-based" (`modifier` spans, for lineage only).
 */
export function scanNames(index: NameIndex, sentence: string, withModifiers = false): NameSpan[] {
  const found: NameSpan[] = introducedSpans(index, sentence);
  const ws = words(sentence);
  const lowerMorpheme = hasLowerMorpheme(sentence);
  const pairs = asciiPairs(index);
  for (let i = 0; i < ws.length; i++) {
    const first = ws[i];
    if (!first) continue;
    if (mayStartName(index, pairs, sentence, first)) {
      // Up to four words joined by single spaces: "Llama 3.1 8B Instruct", "XLM-R Base".
      let count = 1;
      while (count < 4 && i + count < ws.length) {
        const prev = ws[i + count - 1];
        const next = ws[i + count];
        if (!prev || !next || next.start !== prev.end + 1 || sentence.charCodeAt(prev.end) !== 32) break;
        count++;
      }
      const known = matchKnown(index, sentence, ws, i, count);
      if (known) {
        found.push(known.span);
        i += known.words - 1;
        continue;
      }
    }
    const shape = mayBeShaped(sentence, first, lowerMorpheme)
      ? (extensionSpan(index, first) ?? shapeSpan(first) ?? prefixCompoundSpan(index, first) ?? sizedSpan(index, sentence, first))
      : undefined;
    if (shape) found.push(shape);
  }
  for (const span of cueSpans(sentence)) found.push(span);
  if (withModifiers && sentence.includes(MODIFIER_TAIL)) modifierSpans(index, sentence, ws, found);
  const listed = listSpans(sentence, found);
  // resolveOverlaps copies what it is given: no combined array when the lists add nothing.
  const kept = resolveOverlaps(listed.length ? [...found, ...listed] : found);
  const sizes = parenSizeSpans(sentence, kept);
  // kept has no overlaps and is in order (no span is empty): resolving it again would return it unchanged.
  return sizes.length ? resolveOverlaps([...kept, ...sizes]) : kept;
}

/** "-based" after a known name: the name modifies the next word ("a Mamba-based model"). */
const MODIFIER_TAIL = '-based';

/** Known names written with "-based" ("CLIP-based", "Qwen2.5-VL-based"), marked as modifiers. */
function modifierSpans(index: NameIndex, sentence: string, ws: readonly Word[], found: NameSpan[]): void {
  for (const w of ws) {
    if (w.end - w.start <= MODIFIER_TAIL.length || !sentence.startsWith(MODIFIER_TAIL, w.end - MODIFIER_TAIL.length)) continue;
    const end = w.end - MODIFIER_TAIL.length;
    const known = matchKnown(index, sentence, [{ start: w.start, end, text: sentence.slice(w.start, end) }], 0, 1);
    if (known && known.span.end === end) found.push({ ...known.span, modifier: true });
  }
}

const PRIORITY: Record<NameSpan['source'], number> = { introduced: 3, lexicon: 2, shape: 1 };

/** Keep the best span where spans overlap: introduced over lexicon over shape, then longer. */
export function resolveOverlaps(spans: NameSpan[]): NameSpan[] {
  if (spans.length < 2) return [...spans];
  const sorted = [...spans].sort((a, b) => PRIORITY[b.source] - PRIORITY[a.source] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameSpan[] = [];
  for (const s of sorted) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
