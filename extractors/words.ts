// Word tokens of a sentence on the raw text, kept whole across hyphens and dots
// ("GPT-3.5-turbo", "XLM-R"), with a small cache because every extractor reads
// the same sentences. No NLP, no lexicons.

/** Words of a sentence: letters/digits joined by . - _ + ' (so "GPT-3.5-turbo" is one word). */
const WORD = /[\p{L}\p{N}]+(?:[.\-_+'’][\p{L}\p{N}]+)*\+*/gu;

export interface Word {
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

