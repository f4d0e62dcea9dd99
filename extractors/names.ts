// Finds model names in one sentence on the raw text: lexicon names with their
// size / version / variant suffixes ("Llama3.1-8B"), names the paper introduces,
// and shape-based names built on a known morpheme ("CharBERT"). No NLP here:
// compromise would split the hyphenated names this module must keep whole.

import type { EntityType, Mention } from '../src/types.js';
import { MODEL_LEXICON } from './lexicons/models.js';
import { GENERIC_NAMES, GENERIC_SUFFIXES } from './lexicons/generic.js';
import { CUE_NAME_RULE, LIST_LEAD, MORPHEME_RULES, SUFFIX_PARTS } from './rules/name-shapes.js';
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
  /** Every prefix of a key of byForm / byExact, so a scan can stop early. */
  formPrefixes: Set<string>;
  exactPrefixes: Set<string>;
  /** Entries the paper introduced, scanned by regex so that long names match too. */
  introduced: Array<{ entry: NameEntry; patterns: RegExp[]; probe: string[] }>;
}

function addPrefixes(set: Set<string>, key: string): void {
  for (let i = 1; i <= key.length; i++) set.add(key.slice(0, i));
}

function addEntry(index: NameIndex, entry: NameEntry): void {
  for (const alias of [entry.name, ...entry.aliases]) {
    if (entry.exactCase) {
      const key = exactForm(alias);
      if (!index.byExact.has(key)) index.byExact.set(key, entry);
      addPrefixes(index.exactPrefixes, key);
    } else {
      const key = fastForm(alias);
      if (!index.byForm.has(key)) index.byForm.set(key, entry);
      addPrefixes(index.formPrefixes, key);
    }
  }
}

const LEXICON_INDEX: NameIndex = {
  byForm: new Map(),
  byExact: new Map(),
  formPrefixes: new Set(),
  exactPrefixes: new Set(),
  introduced: [],
};
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
  return {
    ...LEXICON_INDEX,
    introduced: introduced.map((entry) => ({
      entry,
      patterns: introducedPatterns(entry),
      // Lower-cased first piece of each spelling: a sentence without it cannot contain the name.
      probe: [entry.name, ...entry.aliases].map((n) => (n.split(/[\s\-_~]+/).find(Boolean) ?? n).toLowerCase()),
    })),
  };
}

/** Regexes finding an introduced name with any separators: "Hardware Phi-1.5B" = "Hardware Phi 1.5B". */
function introducedPatterns(entry: NameEntry): RegExp[] {
  const out: RegExp[] = [];
  for (const name of [entry.name, ...entry.aliases]) {
    const pieces = name.split(/[\s\-_~]+/).filter(Boolean).map(escapeRegExp);
    if (!pieces.length) continue;
    const flags = entry.exactCase ? 'gu' : 'giu';
    out.push(new RegExp(`(?<![\\p{L}\\p{N}])${pieces.join('[\\s\\-_~]?')}(?![\\p{L}\\p{N}])`, flags));
  }
  return out;
}

/** The lexicon entry a text names exactly (no suffix), if any. */
export function lookupName(index: NameIndex, text: string): NameEntry | undefined {
  return index.byExact.get(exactForm(text)) ?? index.byForm.get(fastForm(text));
}

/** A name the well-known-model lexicon lists (any spelling). */
export function isKnownModel(name: string): boolean {
  return Boolean(lookupName(LEXICON_INDEX, name));
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
  // A version is written with a space in the family's name: "Llama3.1" -> "Llama 3.1".
  const familyName = suffix.version ? `${entry.name} ${suffix.version.replace(/^[ \-_]/, '')}` : entry.name;
  const family: Mention = suffix.version ? { type: entry.type, name: familyName } : base;
  if (!suffix.rest) {
    return { start, end, surface, mention: family, family: base, source: entry.source, rule };
  }
  const canonical = familyName + suffix.rest;
  const aliases = canonical !== surface ? [canonical] : [];
  return { start, end, surface, mention: { type: entry.type, name: surface, aliases }, family, source: entry.source, rule };
}

/** Cheap check on a word's first two characters before the full prefix scan. */
function mayStartName(index: NameIndex, word: string): boolean {
  if (word.length < 2) return true;
  const a = word[0] ?? '';
  const b = word[1] ?? '';
  const exact = isSeparator(b) ? a : a + b;
  return index.exactPrefixes.has(exact) || index.formPrefixes.has(formChar(a) + formChar(b));
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

const isSeparator = (ch: string) => ch === ' ' || ch === '-' || ch === '_' || ch === '~';

/**
 * Read the words starting at `text` (up to three, ending at `ends`) as a known
 * name plus suffix; the longest reading wins. Prefixes are grown one character
 * at a time and the scan stops as soon as no name starts like them.
 */
function matchKnown(index: NameIndex, text: string, start: number, ends: readonly number[]): { span: NameSpan; words: number } | undefined {
  const cuts: number[] = [];
  let form = '';
  let exact = '';
  let formAlive = true;
  let exactAlive = true;
  for (let i = 0; i < text.length && (formAlive || exactAlive); i++) {
    const ch = text[i] ?? '';
    if (!isSeparator(ch)) exact += ch;
    form += formChar(ch);
    formAlive = formAlive && (form === '' || index.formPrefixes.has(form));
    exactAlive = exactAlive && (exact === '' || index.exactPrefixes.has(exact));
    const known = (formAlive && index.byForm.has(form)) || (exactAlive && index.byExact.has(exact));
    if (known && isBoundary(text, i + 1)) cuts.push(i + 1);
  }
  if (!cuts.length) return undefined;
  for (let k = ends.length; k >= 1; k--) {
    const end = ends[k - 1] ?? 0;
    for (let c = cuts.length - 1; c >= 0; c--) {
      const cut = cuts[c] ?? 0;
      if (cut > end) continue;
      const entry = lookupName(index, text.slice(0, cut));
      if (!entry) continue;
      const suffix = parseSuffix(text.slice(cut, end), entry.versioned);
      if (!suffix) continue;
      return { span: spanFor(entry, start, text.slice(0, end), cut, suffix, `lexicon:${entry.id}`), words: k };
    }
  }
  return undefined;
}

/** Cheap test before the morpheme rules: every morpheme has a capital or is one of these. */
const MAY_BE_SHAPED = /[A-Z]|former|wav2vec|w2v/;

/** Words of a sentence: letters/digits joined by . - _ + ' (so "GPT-3.5-turbo" is one word). */
const WORD = /[\p{L}\p{N}]+(?:[.\-_+'’][\p{L}\p{N}]+)*\+*/gu;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Recent sentences' words: every extractor reads the same sentences, tokenise each once. */
const WORD_CACHE = new Map<string, Word[]>();

export function words(sentence: string): Word[] {
  const cached = WORD_CACHE.get(sentence);
  if (cached) return cached;
  if (WORD_CACHE.size > 512) WORD_CACHE.clear();
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    if (/['’]s$/.test(text)) text = text.slice(0, -2);
    out.push({ start: m.index, end: m.index + text.length, text });
  }
  WORD_CACHE.set(sentence, out);
  return out;
}

/** "OPT-IML", "Qwen-VL": a known name, a hyphen and a capitalised part make a new model's name. */
function extensionSpan(index: NameIndex, word: Word): NameSpan | undefined {
  const dash = word.text.indexOf('-');
  if (dash <= 0) return undefined;
  const head = word.text.slice(0, dash);
  const tail = word.text.slice(dash + 1);
  if (!/^\p{Lu}/u.test(tail) || hasGenericSuffix(word.text) || /['’]/.test(tail)) return undefined;
  const entry = lookupName(index, head);
  if (!entry || entry.source !== 'lexicon') return undefined;
  if (isGenericName(tail)) {
    // "BERT-CRF": the known model with a generic layer on top is a mention of the model.
    return { start: word.start, end: word.start + dash, surface: head, mention: mentionOf(entry, head), source: 'lexicon', rule: `lexicon:${entry.id}` };
  }
  const text = /[A-Z\d]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  return {
    start: word.start,
    end: word.start + text.length,
    surface: text,
    mention: { type: 'model', name: text },
    source: 'shape',
    rule: 'shape-extension',
  };
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
  const lower = sentence.toLowerCase();
  for (const { entry, patterns, probe } of index.introduced) {
    if (!probe.some((p) => lower.includes(p))) continue;
    for (const re of patterns) {
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
    const first = ws[i];
    if (!first) continue;
    // Up to three words joined by single spaces: "Llama 3.1 8B", "XLM-R Base".
    const ends: number[] = [first.end - first.start];
    for (let j = i + 1; j < ws.length && j < i + 3; j++) {
      const prev = ws[j - 1];
      const next = ws[j];
      if (!prev || !next || next.start !== prev.end + 1 || sentence[prev.end] !== ' ') break;
      ends.push(next.end - first.start);
    }
    const text = sentence.slice(first.start, first.start + (ends[ends.length - 1] ?? 0));
    const known = mayStartName(index, first.text) ? matchKnown(index, text, first.start, ends) : undefined;
    if (known) {
      found.push(known.span);
      i += known.words - 1;
      continue;
    }
    const shape = MAY_BE_SHAPED.test(first.text) ? (extensionSpan(index, first) ?? shapeSpan(first)) : undefined;
    if (shape) found.push(shape);
  }
  for (const m of sentence.matchAll(CUE_NAME_RULE.pattern)) {
    const name = m[1];
    if (!name || isGenericName(name) || name.length < 3 || hasGenericSuffix(name)) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ start, end: start + name.length, surface: name, mention: { type: 'model', name }, source: 'shape', rule: CUE_NAME_RULE.id });
  }
  const kept = resolveOverlaps([...found, ...listSpans(sentence, found)]);
  return resolveOverlaps([...kept, ...parenSizeSpans(sentence, kept)]);
}

const PAREN_SIZES = /^ \((\d+(?:\.\d+)?[BMK](?:(?:,| and|, and| or) \d+(?:\.\d+)?[BMK]){0,6})\)/;

/** "Gemma 2 (2B and 9B)": the sizes in brackets are variants of the family before them. */
function parenSizeSpans(sentence: string, spans: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    if (span.source !== 'lexicon' || (span.family && span.family.name !== span.mention.name && !span.mention.name.startsWith(span.family.name + ' ')))
      continue;
    const m = PAREN_SIZES.exec(sentence.slice(span.end));
    if (!m?.[1]) continue;
    const base = span.end + m[0].indexOf('(') + 1;
    for (const size of m[1].matchAll(/\d+(?:\.\d+)?[BMK]/g)) {
      const start = base + size.index;
      out.push({
        start,
        end: start + size[0].length,
        surface: size[0],
        mention: { type: span.mention.type, name: `${span.mention.name} ${size[0]}` },
        family: span.mention,
        source: span.source,
        rule: 'variant-in-brackets',
      });
    }
  }
  return out;
}

function hasGenericSuffix(text: string): boolean {
  const parts = text.split('-');
  return parts.length > 1 && GENERIC_SUFFIXES.includes((parts[parts.length - 1] ?? '').toLowerCase());
}

const LIST_ITEM = /^(\p{Lu}[\p{L}\p{N}]*(?:[\-.][\p{L}\p{N}]+)*\+*)(?:,? and |, or | or |, |\)|\.|,|;|$)/u;

/** "such as BERT, RoBERTa and FooNet": unknown capitalised items of a list holding a known model. */
function listSpans(sentence: string, known: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const lead of sentence.matchAll(LIST_LEAD)) {
    let pos = lead.index + lead[0].length;
    const items: NameSpan[] = [];
    let hasKnown = false;
    for (let n = 0; n < 6 && pos < sentence.length; n++) {
      const span = known.find((k) => k.start === pos);
      if (span) {
        hasKnown = hasKnown || span.mention.type === 'model';
        const sep = /^(?:,? and |, or | or |, )/.exec(sentence.slice(span.end));
        if (!sep) break;
        pos = span.end + sep[0].length;
        continue;
      }
      const m = LIST_ITEM.exec(sentence.slice(pos));
      const name = m?.[1];
      if (!m || !name) break;
      if (!isGenericName(name) && !hasGenericSuffix(name) && name.length >= 3) {
        items.push({ start: pos, end: pos + name.length, surface: name, mention: { type: 'model', name }, source: 'shape', rule: 'shape-list' });
      }
      if (m[0].length === name.length || /[).;]$/.test(m[0])) break;
      pos += m[0].length;
    }
    if (hasKnown) out.push(...items);
  }
  return out;
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
