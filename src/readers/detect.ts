// Picks a corpus reader from the content (or the forced format) and runs it.
// Detection looks only at the first non-blank characters; it never reads files.

import { readArxivAtom } from './arxiv-atom.js';
import { readHfDaily } from './hf-daily.js';
import { readJsonLines } from './json-lines.js';
import { readTrendingPage } from './trending-page.js';
import type { CorpusFormat, CorpusReader, ReadResult } from './types.js';

export const READERS: Record<CorpusFormat, CorpusReader> = {
  trending: readTrendingPage,
  jsonl: readJsonLines,
  atom: readArxivAtom,
  'hf-daily': readHfDaily,
};

/** Guess the format of a corpus from its first non-blank characters. */
export function detectFormat(text: string): CorpusFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200);
  if (head.startsWith('<')) return 'atom';
  if (head.startsWith('[')) return 'hf-daily';
  if (head.startsWith('{')) return 'jsonl';
  return 'trending';
}

/** Parse one corpus text. A byte-order mark is dropped; NUL bytes are removed. */
export function parseCorpus(text: string, file: string, format?: CorpusFormat): ReadResult & { format: CorpusFormat } {
  const clean = text.replace(/^\uFEFF/, '').replace(/\u0000/g, '');
  const chosen = format ?? detectFormat(clean);
  if (!clean.trim()) {
    return { format: chosen, papers: [], problems: [{ file, line: 0, message: 'file is empty' }] };
  }
  return { format: chosen, ...READERS[chosen](clean, file) };
}
