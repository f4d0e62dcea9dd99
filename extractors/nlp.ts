// The only place compromise is used: its English lexicon, to know whether a word
// next to a new name is a function word (preposition, pronoun, determiner) that
// ends a noun phrase. A word lookup, never a parse: parsing every sentence is too slow.

import nlp from 'compromise';

/** compromise's word -> tags table, read once through runtime checks (its model is typed `object`). */
function loadLexicon(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const model: unknown = nlp.model();
  if (typeof model !== 'object' || model === null || !('one' in model)) return out;
  const one: unknown = model.one;
  if (typeof one !== 'object' || one === null || !('lexicon' in one)) return out;
  const lexicon: unknown = one.lexicon;
  if (typeof lexicon !== 'object' || lexicon === null) return out;
  for (const [word, value] of Object.entries(lexicon)) {
    if (typeof value === 'string') out.set(word, [value]);
    else if (Array.isArray(value)) out.set(word, value.filter((v): v is string => typeof v === 'string'));
  }
  return out;
}

const LEXICON = loadLexicon();

/** compromise's tags for one word (lower-cased lookup); empty when it has no entry. */
export function wordTags(word: string): string[] {
  return LEXICON.get(word.toLowerCase()) ?? [];
}

/** A word that ends a noun phrase: "for", "with", "which", "it". */
export function isFunctionWord(word: string): boolean {
  return wordTags(word).some((t) => t === 'Preposition' || t === 'Pronoun' || t === 'QuestionWord' || t === 'Conjunction');
}
