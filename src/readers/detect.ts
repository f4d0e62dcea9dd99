// Picks a corpus reader from the content (or the forced format) and runs it.
// Detection looks only at the first non-blank characters; it never reads files.

import { readArxivAtom } from './arxiv-atom.js';
import { readHfDaily } from './hf-daily.js';
import { readJsonLines } from './json-lines.js';
import { readTrendingPage } from './trending-page.js';
import { lineOf } from './line-of.js';
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

/** Parse one corpus text. A byte-order mark is dropped; NUL bytes are removed and reported. */
export function parseCorpus(text: string, file: string, format?: CorpusFormat): ReadResult & { format: CorpusFormat } {
  const noBom = text.replace(/^\uFEFF/, '');
  const nul = noBom.indexOf('\u0000');
  const clean = nul === -1 ? noBom : noBom.replace(/\u0000/g, '');
  const chosen = format ?? detectFormat(clean);
  if (!clean.trim()) {
    return { format: chosen, papers: [], problems: [{ file, line: 0, message: 'file is empty' }] };
  }
  const result = READERS[chosen](clean, file);
  if (nul !== -1) {
    result.problems.unshift({ file, line: lineOf(noBom, nul), message: 'NUL bytes removed', severity: 'repaired' });
  }
  return { format: chosen, ...result };
}
