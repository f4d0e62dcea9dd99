// Reads corpus files from disk and hands their text to the pure readers. File-level
// failures (missing, a directory, not UTF-8) become Problems naming the file, never crashes.

import { readFile, stat } from 'node:fs/promises';
import { parseCorpus } from '../readers/detect.js';
import { lineOf } from '../readers/line-of.js';
import type { CorpusFormat, Problem } from '../readers/types.js';
import type { Paper } from '../types.js';

export interface FileReport {
  file: string;
  format?: CorpusFormat;
  papers: number;
  problems: number;
}

export interface CorpusReadResult {
  papers: Paper[];
  problems: Problem[];
  files: FileReport[];
  bytes: number;
}

/**
 * The bytes as text, and the line of the first invalid UTF-8 sequence (replaced with
 * U+FFFD) or 0 when the bytes are valid. Valid files, the usual case, are decoded once.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; badLine: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), badLine: 0 };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, badLine: lineOf(text, text.indexOf('\uFFFD')) };
  }
}

async function readOne(file: string, format: CorpusFormat | undefined, out: CorpusReadResult): Promise<void> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const message =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a corpus file' : code === 'EACCES' ? 'permission denied' : String(error);
    out.problems.push({ file, line: 0, message });
    out.files.push({ file, papers: 0, problems: 1 });
    return;
  }
  out.bytes += bytes.byteLength;
  const problems: Problem[] = [];
  const { text, badLine } = decodeUtf8(bytes);
  if (badLine) problems.push({ file, line: badLine, message: 'invalid UTF-8 bytes replaced with U+FFFD', severity: 'repaired' });
  const read = parseCorpus(text, file, format);
  // Loops, not push(...array): a million papers or problems would overflow the call stack.
  for (const problem of read.problems) problems.push(problem);
  for (const paper of read.papers) out.papers.push(paper);
  for (const problem of problems) out.problems.push(problem);
  out.files.push({ file, format: read.format, papers: read.papers.length, problems: problems.length });
}

/** Read several corpus files in order; problems are collected, never thrown. */
export async function readCorpusFiles(files: readonly string[], format?: CorpusFormat): Promise<CorpusReadResult> {
  const out: CorpusReadResult = { papers: [], problems: [], files: [], bytes: 0 };
  for (const file of files) await readOne(file, format, out);
  return out;
}
