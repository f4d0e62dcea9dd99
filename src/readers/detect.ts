// Picks a corpus reader from the content (or the forced format) and runs it.
// Detection looks only at the first non-blank characters; it never reads files.

import { readArxivAtom } from './arxiv-atom.js';
import { readHfDaily } from './hf-daily.js';
import { readJsonLines } from './json-lines.js';
import { readTrendingPage } from './trending-page.js';
import { lineOf } from './line-of.js';
import { MIN_PLAUSIBLE_SHARE, plausibleShare } from './plausible.js';
import { isFileProblem } from './types.js';
import type { CorpusFormat, CorpusReader, Problem, ReadResult } from './types.js';

const READERS: Record<CorpusFormat, CorpusReader> = {
  trending: readTrendingPage,
  jsonl: readJsonLines,
  atom: readArxivAtom,
  'hf-daily': readHfDaily,
};

/** Guess the format of a corpus from its first non-blank characters. */
export function detectFormat(text: string): CorpusFormat {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200);
  if (head.startsWith('<')) return 'atom';
  if (head.startsWith('[')) return 'hf-daily';
  if (head.startsWith('{')) return 'jsonl';
  return 'trending';
}

/** The line a reader's error names ("... at line 12", "Line: 12"), or 0. */
function lineInMessage(message: string): number {
  const m = /\bline[:\s]+(\d+)/i.exec(message);
  return m ? Number(m[1]) : 0;
}

/**
 * Run a reader; an exception (a parser limit, an external entity refused) becomes a problem
 * of this file, with its line where the message gives one, never a crash of the whole build.
 */
function runReader(format: CorpusFormat, text: string, file: string): ReadResult {
  try {
    return READERS[format](text, file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Entity errors name no line: point at the first entity declaration.
    const entity = /entit/i.test(message) ? text.search(/<!ENTITY/i) : -1;
    const line = lineInMessage(message) || (entity >= 0 ? lineOf(text, entity) : 0);
    return { papers: [], problems: [{ file, line, message: `cannot be read as ${format}: ${message}`, scope: 'file' }] };
  }
}

/**
 * A page detected (not forced) as trending must look like one: else it is refused whole,
 * so a README or a log never replaces a graph with hundreds of junk papers.
 */
function checkTrendingPage(result: ReadResult, file: string): ReadResult {
  const share = plausibleShare(result.papers);
  if (share >= MIN_PLAUSIBLE_SHARE) return result;
  const count = result.papers.length;
  const good = Math.round(share * count);
  return {
    papers: [],
    problems: [
      {
        file,
        line: 0,
        scope: 'file',
        message: `does not look like a corpus: read as a trending-papers page, only ${good} of its ${count} title/abstract pairs look like papers (pass --format trending to read it anyway)`,
      },
    ],
  };
}

/** A file a forced format could not read at all: say what its content looks like instead. */
function withDetectedHint(problem: Problem, forced: CorpusFormat, text: string): Problem {
  const detected = detectFormat(text);
  if (!isFileProblem(problem) || detected === forced) return problem;
  return { ...problem, message: `${problem.message}; its content looks like the ${detected} format (leave out --format to read it so)` };
}

/** Parse one corpus text. A byte-order mark is dropped; NUL bytes are removed and reported. */
export function parseCorpus(text: string, file: string, format?: CorpusFormat): ReadResult & { format: CorpusFormat } {
  const noBom = text.replace(/^\uFEFF/, '');
  const nul = noBom.indexOf('\u0000');
  const clean = nul === -1 ? noBom : noBom.replace(/\u0000/g, '');
  const chosen = format ?? detectFormat(clean);
  if (!clean.trim()) {
    return { format: chosen, papers: [], problems: [{ file, line: 0, message: 'file is empty', scope: 'file' }] };
  }
  let result = runReader(chosen, clean, file);
  if (chosen === 'trending' && !format) result = checkTrendingPage(result, file);
  if (format && !result.papers.length) result = { ...result, problems: result.problems.map((p) => withDetectedHint(p, format, clean)) };
  if (nul !== -1) {
    result.problems.unshift({ file, line: lineOf(noBom, nul), message: 'NUL bytes removed', severity: 'repaired' });
  }
  return { format: chosen, ...result };
}
