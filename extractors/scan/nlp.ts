// The only place compromise is used: its English lexicon, to know whether a word
// next to a new name is a function word (preposition, pronoun, determiner) that
// ends a noun phrase, and a parse of one short clause where a cheap scan saw a
// negation next to a lineage cue. Never a parse of every sentence: that is too slow.

import nlp from 'compromise';

/** compromise's lexicon object (word -> tag or tags), read through runtime checks (its model is typed `object`). */
function lexiconObject(): object {
  const model: unknown = nlp.model();
  if (typeof model !== 'object' || model === null || !('one' in model)) return {};
  const one: unknown = model.one;
  if (typeof one !== 'object' || one === null || !('lexicon' in one)) return {};
  const lexicon: unknown = one.lexicon;
  return typeof lexicon === 'object' && lexicon !== null ? lexicon : {};
}

const LEXICON = lexiconObject();
/** Words looked up so far: converting the whole lexicon up front cost more than every lookup of a build. */
const TAGS = new Map<string, string[]>();
const NONE: string[] = [];

/** compromise's tags for one word (lower-cased lookup); empty when it has no entry. */
export function wordTags(word: string): string[] {
  const key = word.toLowerCase();
  let tags = TAGS.get(key);
  if (tags === undefined) {
    const value: unknown = Object.hasOwn(LEXICON, key) ? Reflect.get(LEXICON, key) : undefined;
    if (typeof value === 'string') tags = [value];
    else if (Array.isArray(value)) tags = value.filter((v): v is string => typeof v === 'string');
    else tags = NONE;
    if (TAGS.size > 50_000) TAGS.clear();
    TAGS.set(key, tags);
  }
  return tags;
}

/** A word that ends a noun phrase: "for", "with", "which", "it". */
export function isFunctionWord(word: string): boolean {
  return wordTags(word).some((t) => t === 'Preposition' || t === 'Pronoun' || t === 'QuestionWord' || t === 'Conjunction');
}

/**
 * compromise reads the clause as negated: a negated verb ("do not fine-tune",
 * "is never initialised") or a negating preposition ("without distillation from",
 * "instead of fine-tuning"). Called only on short clauses with a negation word.
 */
export function isNegatedClause(clause: string): boolean {
  const doc = nlp(clause);
  return doc.verbs().isNegative().found || doc.has('(without|instead|rather)');
}
