// Finds model names in one sentence on the raw text: lexicon names with their
// size / version / variant suffixes ("Llama3.1-8B"), names the paper introduces,
// and shape-based names built on a known morpheme ("CharBERT"). No NLP here:
// compromise would split the hyphenated names this module must keep whole.

import type { EntityType, Mention } from '../src/types.js';
import { MODEL_LEXICON } from './lexicons/models.js';
import { GENERIC_NAMES, GENERIC_SUFFIXES } from './lexicons/generic.js';
import { CUE_NAME_RULE, MORPHEME_RULES, SUFFIX_PARTS } from './rules/name-shapes.js';
import { escapeRegExp, exactForm, fastForm } from './forms.js';

/** One name the scanner can recognise. */
export interface NameEntry {
  id: string;
  name: string;
  aliases: string[];
  type: EntityType;
  versioned: boolean;
  exactCase: boolean;
  source: 'lexicon' | 'introduced';
}

/** A name found in a sentence. */
export interface NameSpan {
  start: number;
  end: number;
  surface: string;
  mention: Mention;
  /** The family a size or variant belongs to ("Llama 3.1" for "Llama-3.1-8B"). */
  family?: Mention;
  source: 'lexicon' | 'introduced' | 'shape';
  /** Id of the lexicon row or shape rule that found it. */
  rule: string;
}

/** Lookup tables of names by comparison form. */
export interface NameIndex {
  byForm: Map<string, NameEntry>;
  byExact: Map<string, NameEntry>;
  /** Entries the paper introduced, scanned by regex so that long names match too. */
  introduced: NameEntry[];
}

function addEntry(index: NameIndex, entry: NameEntry): void {
  for (const alias of [entry.name, ...entry.aliases]) {
    if (entry.exactCase) {
      if (!index.byExact.has(exactForm(alias))) index.byExact.set(exactForm(alias), entry);
    } else if (!index.byForm.has(fastForm(alias))) {
      index.byForm.set(fastForm(alias), entry);
    }
  }
}

const LEXICON_INDEX: NameIndex = { byForm: new Map(), byExact: new Map(), introduced: [] };
for (const row of MODEL_LEXICON) {
  addEntry(LEXICON_INDEX, {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    type: 'model',
    versioned: row.versioned ?? false,
    exactCase: row.exactCase ?? false,
    source: 'lexicon',
  });
}

/** The well-known-model index, extended with what one paper introduces. */
export function createNameIndex(introduced: readonly NameEntry[] = []): NameIndex {
  return { byForm: LEXICON_INDEX.byForm, byExact: LEXICON_INDEX.byExact, introduced: [...introduced] };
}

/** The lexicon entry a text names exactly (no suffix), if any. */
export function lookupName(index: NameIndex, text: string): NameEntry | undefined {
  return index.byExact.get(exactForm(text)) ?? index.byForm.get(fastForm(text));
}

/** True when a form is a generic word ("LLMs", "Transformer") rather than a name. */
export function isGenericName(text: string): boolean {
  const form = fastForm(text);
  return GENERIC_NAMES.has(form) || (form.endsWith('s') && GENERIC_NAMES.has(form.slice(0, -1)));
}

interface Suffix {
  version: string;
  rest: string;
}

/** Parse what follows a name as version / sizes / variants; undefined when it is anything else. */
function parseSuffix(text: string, versioned: boolean): Suffix | undefined {
  let pos = 0;
  let version = '';
  if (versioned) {
    const m = SUFFIX_PARTS.version.exec(text);
    if (m) {
      version = m[0];
      pos = m[0].length;
    }
  }
  let guard = 0;
  while (pos < text.length && guard++ < 6) {
    const rest = text.slice(pos);
    const m = SUFFIX_PARTS.size.exec(rest) ?? SUFFIX_PARTS.variant.exec(rest);
    if (!m) break;
    pos += m[0].length;
  }
  if (pos !== text.length) return undefined;
  return { version, rest: text.slice(version.length) };
}

function isBoundary(text: string, pos: number): boolean {
  if (pos >= text.length) return true;
  const a = text[pos - 1] ?? '';
  const b = text[pos] ?? '';
  if (/[\s\-_.~]/.test(b)) return true;
  const digitA = /\d/.test(a);
  const digitB = /\d/.test(b);
  return /[\p{L}\p{N}+]/u.test(a) && /[\p{L}\p{N}]/u.test(b) && digitA !== digitB;
}

function mentionOf(entry: NameEntry, surface: string): Mention {
  const aliases = entry.aliases.filter((a) => a !== entry.name);
  if (surface !== entry.name && !aliases.includes(surface)) aliases.push(surface);
  return { type: entry.type, name: entry.name, aliases };
}

/** Build the span of a known name followed by a (possibly empty) suffix. */
function spanFor(entry: NameEntry, start: number, surface: string, cut: number, suffix: Suffix, rule: string): NameSpan {
  const end = start + surface.length;
  if (!suffix.version && !suffix.rest) {
    return { start, end, surface, mention: mentionOf(entry, surface), source: entry.source, rule };
  }
  const base = mentionOf(entry, surface.slice(0, cut));
  const familyName = entry.name + suffix.version;
  const family: Mention = suffix.version ? { type: entry.type, name: familyName } : base;
  if (!suffix.rest) {
    return { start, end, surface, mention: family, family: base, source: entry.source, rule };
  }
  const canonical = familyName + suffix.rest;
  const aliases = canonical !== surface ? [canonical] : [];
  return { start, end, surface, mention: { type: entry.type, name: surface, aliases }, family, source: entry.source, rule };
}

/** Try to read `text` (one to three words) as a known name plus suffix. */
function matchKnown(index: NameIndex, text: string, start: number): NameSpan | undefined {
  for (let cut = text.length; cut > 0; cut--) {
    if (!isBoundary(text, cut)) continue;
    const entry = lookupName(index, text.slice(0, cut));
    if (!entry) continue;
    const suffix = parseSuffix(text.slice(cut), entry.versioned);
    if (!suffix) continue;
    return spanFor(entry, start, text, cut, suffix, `lexicon:${entry.id}`);
  }
  return undefined;
}

/** Words of a sentence: letters/digits joined by . - _ + ' (so "GPT-3.5-turbo" is one word). */
const WORD = /[\p{L}\p{N}]+(?:[.\-_+'’][\p{L}\p{N}]+)*\+*/gu;

interface Word {
  start: number;
  end: number;
  text: string;
}

export function words(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    if (/['’]s$/.test(text)) text = text.slice(0, -2);
    out.push({ start: m.index, end: m.index + text.length, text });
  }
  return out;
}

function shapeSpan(word: Word): NameSpan | undefined {
  let text = word.text;
  if (/[A-Z\d]s$/.test(text)) text = text.slice(0, -1);
  if (isGenericName(text)) return undefined;
  const parts = text.split('-');
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  if (parts.length > 1 && GENERIC_SUFFIXES.includes(last)) return undefined;
  const rule = MORPHEME_RULES.find((r) => r.pattern.test(text));
  if (!rule) return undefined;
  return {
    start: word.start,
    end: word.start + text.length,
    surface: text,
    mention: { type: 'model', name: text },
    source: 'shape',
    rule: rule.id,
  };
}

function introducedSpans(index: NameIndex, sentence: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const entry of index.introduced) {
    for (const name of [entry.name, ...entry.aliases]) {
      const pieces = name.split(/[\s\-_~]+/).filter(Boolean).map(escapeRegExp);
      if (!pieces.length) continue;
      const flags = entry.exactCase ? 'gu' : 'giu';
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${pieces.join('[\\s\\-_~]?')}(?![\\p{L}\\p{N}])`, flags);
      for (const m of sentence.matchAll(re)) {
        const tail = /^[ \-_]?(?:\d+x)?\d+(?:\.\d+)?[BMKT](?![\dA-Za-z])/.exec(sentence.slice(m.index + m[0].length));
        const surface = tail ? m[0] + tail[0] : m[0];
        const suffix: Suffix = { version: '', rest: tail ? tail[0] : '' };
        out.push(spanFor(entry, m.index, surface, m[0].length, suffix, `introduced:${entry.id}`));
      }
    }
  }
  return out;
}

/** All model-name spans of a sentence, longest first where they overlap. */
export function scanNames(index: NameIndex, sentence: string): NameSpan[] {
  const found: NameSpan[] = introducedSpans(index, sentence);
  const ws = words(sentence);
  for (let i = 0; i < ws.length; i++) {
    let hit: NameSpan | undefined;
    let used = 1;
    for (let k = Math.min(3, ws.length - i); k >= 1 && !hit; k--) {
      let adjacent = true;
      for (let j = i; j < i + k - 1; j++) {
        const a = ws[j];
        const b = ws[j + 1];
        if (!a || !b || b.start !== a.end + 1 || sentence[a.end] !== ' ') adjacent = false;
      }
      if (!adjacent) continue;
      const first = ws[i];
      const last = ws[i + k - 1];
      if (!first || !last) continue;
      hit = matchKnown(index, sentence.slice(first.start, last.end), first.start);
      used = k;
    }
    const word = ws[i];
    if (!hit && word) hit = shapeSpan(word);
    if (hit) {
      found.push(hit);
      i += used - 1;
    }
  }
  for (const m of sentence.matchAll(CUE_NAME_RULE.pattern)) {
    const name = m[1];
    if (!name || isGenericName(name) || name.length < 3) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ start, end: start + name.length, surface: name, mention: { type: 'model', name }, source: 'shape', rule: CUE_NAME_RULE.id });
  }
  return resolveOverlaps(found);
}

const PRIORITY: Record<NameSpan['source'], number> = { introduced: 3, lexicon: 2, shape: 1 };

/** Keep the best span where spans overlap: introduced over lexicon over shape, then longer. */
export function resolveOverlaps(spans: NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort(
    (a, b) => PRIORITY[b.source] - PRIORITY[a.source] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: NameSpan[] = [];
  for (const s of sorted) {
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
