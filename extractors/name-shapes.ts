// Model names no lexicon lists, read from word shapes: a known morpheme inside a
// word ("CharBERT"), a known name extended by a capitalised part ("OPT-IML"),
// names right after lineage cues, members of a list holding a known model, and
// bracketed sizes of a family ("Gemma 2 (2B and 9B)"). No NLP, no I/O.

import { GENERIC_SUFFIXES } from './lexicons/generic.js';
import { DATA_AFTER } from './rules/lineage.js';
import {
  CUE_NAME_RULE,
  HEAD_NAME_RULE,
  LIST_LEAD,
  LIST_LEAD_CUES,
  MORPHEME_RULES,
  NAMING_RULE,
  PREFIX_COMPOUND_RULE,
  SIZED_NAME_RULE,
} from './rules/name-shapes.js';
import { isNameShaped } from './scan/word-shapes.js';
import { registerCues } from './scan/cue-index.js';
import { hasGenericSuffix, isGenericName, lookupName, mentionOf, type NameIndex, type NameSpan } from './scan/name-index.js';
import type { Word } from './scan/words.js';
import { isFunctionWord, wordTags } from './scan/nlp.js';
import { isLanguageWord } from './languages.js';
import { isKnownBenchmark } from './benchmarks.js';
import { DualRegExp, textKind } from './scan/ascii-regex.js';
import { matchAll } from './scan/match-all.js';

/** Morphemes of the rules without a capital letter (every other morpheme has one). */
const LOWER_MORPHEMES = ['former', 'wav2vec', 'w2v'];
/** Cheap test before the morpheme rules: every morpheme has a capital or is one of these. */
export const MAY_BE_SHAPED = new RegExp(`[A-Z]|${LOWER_MORPHEMES.join('|')}`);

/** The sentence holds a lower-case morpheme somewhere: only then can a word without capitals be shaped. */
export const hasLowerMorpheme = (sentence: string) => LOWER_MORPHEMES.some((m) => sentence.includes(m));

/**
 * MAY_BE_SHAPED on a word, read from the sentence: a capital A-Z in it, or a
 * lower-case morpheme when the sentence has one (`lowerMorpheme`, hasLowerMorpheme).
 */
export function mayBeShaped(sentence: string, word: Word, lowerMorpheme: boolean): boolean {
  if (lowerMorpheme) return MAY_BE_SHAPED.test(word.text);
  for (let i = word.start; i < word.end; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** "OPT-IML", "Qwen-VL": a known name, a hyphen and a capitalised part make a new model's name. */
export function extensionSpan(index: NameIndex, word: Word): NameSpan | undefined {
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
  return shapedModel(word.start, text, 'shape-extension');
}

/** All morpheme rules in one regex: a word none of them matches needs no further checks. */
const ANY_MORPHEME = MORPHEME_RULES.every((r) => r.pattern.flags === '')
  ? new RegExp(MORPHEME_RULES.map((r) => `(?:${r.pattern.source})`).join('|'))
  : undefined;

export function shapeSpan(word: Word): NameSpan | undefined {
  let text = word.text;
  if (/[A-Z\d]s$/.test(text)) text = text.slice(0, -1);
  if (ANY_MORPHEME && !ANY_MORPHEME.test(text)) return undefined;
  if (isGenericName(text)) return undefined;
  const parts = text.split('-');
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  if (parts.length > 1 && GENERIC_SUFFIXES.includes(last)) return undefined;
  const rule = MORPHEME_RULES.find((r) => r.pattern.test(text));
  if (!rule) return undefined;
  return shapedModel(word.start, text, rule.id);
}

/** The span of a model name found by its shape: `text` written at `start`. */
function shapedModel(start: number, text: string, rule: string): NameSpan {
  return { start, end: start + text.length, surface: text, mention: { type: 'model', name: text }, source: 'shape', rule };
}

const SIZE_OR_VERSION_END = /(?:[\-_ ]?(?:\d+x)?\d+(?:\.\d+)?[BM]|[\-_]?v?\d{1,2}(?:\.\d{1,2})?)$/;

/** "MoE-LLaVA": PREFIX_COMPOUND_RULE's prefix, then a known model (with a size or version at most). */
export function prefixCompoundSpan(index: NameIndex, word: Word): NameSpan | undefined {
  const dash = word.text.indexOf('-');
  if (dash < 1) return undefined;
  const text = /[A-Z\d]s$/.test(word.text) ? word.text.slice(0, -1) : word.text.replace(/[.,;:]+$/, '');
  const tail = text.slice(dash + 1);
  if (!PREFIX_COMPOUND_RULE.pattern.test(text) || hasGenericSuffix(text) || /['’]/.test(text)) return undefined;
  const entry = lookupName(index, tail) ?? lookupName(index, tail.replace(SIZE_OR_VERSION_END, ''));
  if (!entry || entry.source !== 'lexicon' || entry.type !== 'model') return undefined;
  return shapedModel(word.start, text, PREFIX_COMPOUND_RULE.id);
}

/** "Infinity-2B": a word of SIZED_NAME_RULE's shape, not a known data set's, before no data noun. */
export function sizedSpan(index: NameIndex, sentence: string, word: Word): NameSpan | undefined {
  // Most capitalised words have no hyphen or no "B" after the first letters: no regex for them.
  if (word.text.indexOf('-') < 1 || word.text.lastIndexOf('B') < 2) return undefined;
  const text = word.text.replace(/[.,;:]+$/, '');
  if (!SIZED_NAME_RULE.pattern.test(text) || hasGenericSuffix(text)) return undefined;
  const head = text.slice(0, text.indexOf('-'));
  if (isKnownBenchmark(text) || isKnownBenchmark(head) || lookupName(index, head)?.type === 'benchmark') return undefined;
  if (DATA_AFTER.test(sentence.slice(word.start + text.length))) return undefined;
  return shapedModel(word.start, text, SIZED_NAME_RULE.id);
}

/** Names right after a lineage cue ("the architecture of NEZHA"). */
const CUE_NAME = new DualRegExp(CUE_NAME_RULE.pattern.source, CUE_NAME_RULE.pattern.flags);
/** The cue-name rule's and the list leads' cue strings (no cue list: always run). */
const CUES = registerCues([CUE_NAME_RULE.cue ?? [''], LIST_LEAD_CUES, NAMING_RULE.cue ?? [''], HEAD_NAME_RULE.cue ?? ['']]);
const CUE_NAME_GROUP = 0;
const LIST_LEAD_GROUP = 1;
const NAMING_GROUP = 2;
const HEAD_NAME_GROUP = 3;
const NAMING = new DualRegExp(NAMING_RULE.pattern.source, NAMING_RULE.pattern.flags);
const HEAD_NAME = new DualRegExp(HEAD_NAME_RULE.pattern.source, HEAD_NAME_RULE.pattern.flags);
export const NAMING_RULE_ID = NAMING_RULE.id;

/** compromise's tags that still allow a word to be a model's name ("Stella", "Griffin"). */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Singular', 'Noun']);

/** A capitalised word is a name here: name-shaped, or no ordinary word compromise knows (names of people allowed). */
function mayNameModel(name: string): boolean {
  if (name.length < 3 || isGenericName(name) || hasGenericSuffix(name) || isLanguageWord(name) || PLURAL_ACRONYM.test(name)) return false;
  if (isNameShaped(name) || name.includes('-')) return true;
  return wordTags(name).every((t) => NAME_TAGS.has(t));
}

/** Names after a naming cue or before a model head noun (NAMING_RULE, HEAD_NAME_RULE). */
function namedSpans(sentence: string, re: DualRegExp, rule: string, out: NameSpan[]): void {
  for (const m of matchAll(re.for(textKind(sentence)), sentence)) {
    const name = m[1];
    if (!name || !mayNameModel(name)) continue;
    // The name ends the naming match, and comes before the head noun in the other.
    const start = m.index + (m[0].endsWith(name) ? m[0].length - name.length : m[0].lastIndexOf(`${name} `));
    if (/^[A-Z]{2,5}$/.test(name) && CLASS_AFTER.test(sentence.slice(start + name.length))) continue;
    out.push({ start, end: start + name.length, surface: name, mention: { type: 'model', name }, source: 'shape', rule });
  }
}

const PLURAL_ACRONYM = /^[A-Z]{2,6}s$/;
const NEXT_WORD = /^ ([a-z][a-z\-]*)/;
const MODEL_HEADS = /^(?:models?|encoders?|decoders?|backbones?|architectures?|networks?|family|series|llms?|weights|checkpoints?|variants?|versions?)$/;
/** The next word is a lower-case common noun (compromise knows it, and it is no function word or model head). */
function modifiesNoun(after: string): boolean {
  const m = NEXT_WORD.exec(after);
  const word = m?.[1];
  if (!word || MODEL_HEADS.test(word) || isFunctionWord(word)) return false;
  if (/(?:tion|sion|ment|ness|ity|ance|ence)$/.test(word)) return true;
  const tags = wordTags(word);
  return tags.includes('Noun') || tags.includes('Singular') || tags.includes('Plural') || tags.includes('Uncountable');
}
const CLASS_AFTER = /^ (?:models|systems|policies|methods|approaches|architectures)\b/;

export function cueSpans(sentence: string): NameSpan[] {
  const out: NameSpan[] = [];
  const groups = CUES.scanSentence(sentence);
  if (groups.has(NAMING_GROUP)) namedSpans(sentence, NAMING, NAMING_RULE.id, out);
  if (groups.has(HEAD_NAME_GROUP)) namedSpans(sentence, HEAD_NAME, HEAD_NAME_RULE.id, out);
  if (!groups.has(CUE_NAME_GROUP)) return out;
  for (const m of matchAll(CUE_NAME.for(textKind(sentence)), sentence)) {
    const name = m[1];
    // "ALMs", "VLMs": a plural acronym names a class of models, not one.
    if (!name || isGenericName(name) || name.length < 3 || hasGenericSuffix(name) || PLURAL_ACRONYM.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    // "fine-tuning VLA models": a short acronym before "models" names the class.
    if (/^[A-Z]{2,5}$/.test(name) && CLASS_AFTER.test(sentence.slice(start + name.length))) continue;
    // "based on LiDAR localization": a name used as a modifier of a common noun is no model here.
    if (modifiesNoun(sentence.slice(start + name.length))) continue;
    // "derived from the ISIC 2018 skin lesion dataset": a dataset's name.
    if (DATA_AFTER.test(sentence.slice(start + name.length))) continue;
    out.push({ start, end: start + name.length, surface: name, mention: { type: 'model', name }, source: 'shape', rule: CUE_NAME_RULE.id });
  }
  return out;
}

const PAREN_SIZES = /^ \((\d+(?:\.\d+)?[BMK](?:(?:,| and|, and| or) \d+(?:\.\d+)?[BMK]){0,6})\)/;

/** "Gemma 2 (2B and 9B)": the sizes in brackets are variants of the family before them. */
export function parenSizeSpans(sentence: string, spans: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    if (span.source !== 'lexicon' || (span.family && span.family.name !== span.mention.name && !span.mention.name.startsWith(span.family.name + ' '))) continue;
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

const LIST_ITEM = /^(\p{Lu}[\p{L}\p{N}]*(?:[\-.][\p{L}\p{N}]+)*\+*)(?:,? and |, or | or |, |\)|\.|,|;|(?= )|$)/u;

/** "such as BERT, RoBERTa and FooNet": unknown capitalised items of a list holding a known model. */
export function listSpans(sentence: string, known: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  if (!CUES.scanSentence(sentence).has(LIST_LEAD_GROUP)) return out;
  for (const lead of matchAll(LIST_LEAD, sentence)) {
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
      // Organisations and other words compromise knows ("Google") are not model names.
      const ordinary = wordTags(name).length > 0 || isLanguageWord(name);
      if (!ordinary && !isGenericName(name) && !hasGenericSuffix(name) && name.length >= 3) {
        items.push({ start: pos, end: pos + name.length, surface: name, mention: { type: 'model', name }, source: 'shape', rule: 'shape-list' });
      }
      if (m[0].length === name.length || /[).;]$/.test(m[0])) break;
      pos += m[0].length;
    }
    if (hasKnown) out.push(...items);
  }
  return out;
}
