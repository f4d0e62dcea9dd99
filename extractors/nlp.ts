// The only place compromise is used: part-of-speech tags for the short phrase
// next to a new name ("a lightweight module for ..."), to find where its noun
// phrase ends. Called only on sentences where a cheap cue already matched.

import nlp from 'compromise';

export interface TaggedWord {
  text: string;
  tags: Set<string>;
}

/** Tag a short phrase; words keep compromise's tokenisation. */
export function tagPhrase(phrase: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const sentence of nlp(phrase).json({ terms: { tags: true } })) {
    for (const term of sentence.terms ?? []) {
      out.push({ text: String(term.text ?? ''), tags: new Set<string>(term.tags ?? []) });
    }
  }
  return out;
}
