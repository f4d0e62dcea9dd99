// Reads corpus files from disk and hands their text to the pure readers. Inputs that are
// missing or cannot be opened are found before any work (checkInputs); a file that is not a
// corpus (an archive, binary data) or that its reader cannot read becomes a problem of that
// file, naming it, while the other inputs are still read. gzip files are unpacked.

import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { InputError } from '../errors.js';
import { parseCorpus } from '../readers/detect.js';
import { lineOf } from '../readers/line-of.js';
import { sniffBytes } from '../readers/sniff.js';
import type { CorpusFormat, Problem } from '../readers/types.js';
import type { Paper } from '../types.js';

const gunzipAsync = promisify(gunzip);

/** Unpacked size allowed for one gzip file: past it, the text would not fit one string anyway. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024 - 1;

export interface FileReport {
  file: string;
  format?: CorpusFormat;
  papers: number;
  problems: number;
  /** Why the whole file was not read (refused, a reader failure), when it was not. */
  unread?: string;
  /** The file was gzip and was unpacked. */
  gzip?: boolean;
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

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** Why `file` cannot be read as an input, or undefined when it can. */
async function inputFault(file: string): Promise<string | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    return `cannot be opened (${code || String(error)})`;
  }
  if (info.isDirectory()) return 'is a directory, not a corpus file';
  // A FIFO or a device would block the read (and signals with it) or never end.
  if (!info.isFile()) return `is ${info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device'}, not a regular file`;
  try {
    await access(file, constants.R_OK);
  } catch {
    return 'permission denied';
  }
  return undefined;
}

/**
 * Before any work: every input exists, is a regular file and may be read. Throws one
 * InputError (exit 2) naming each input that is not, so a typo never replaces a graph
 * with one built without that input.
 */
export async function checkInputs(files: readonly string[], shown: (file: string) => string = (f) => f): Promise<void> {
  const faults: string[] = [];
  for (const file of files) {
    const fault = await inputFault(file);
    if (fault) faults.push(`${shown(file)}: ${fault}`);
  }
  if (faults.length === 0) return;
  const what = faults.length === 1 ? 'an input file cannot be read' : `${faults.length} input files cannot be read`;
  throw new InputError(`${what}; nothing was built and the previous output is unchanged:\n  ${faults.join('\n  ')}`);
}

function fileProblem(out: CorpusReadResult, file: string, message: string, extra: Partial<FileReport> = {}): void {
  out.problems.push({ file, line: 0, message, scope: 'file' });
  out.files.push({ file, papers: 0, problems: 1, unread: message, ...extra });
}

/** The text of a file's bytes: gzip unpacked, archives and binary refused (a message then). */
async function textBytes(bytes: Uint8Array): Promise<{ bytes: Uint8Array; gzip: boolean } | { refused: string }> {
  const sniffed = sniffBytes(bytes);
  if (sniffed.kind === 'refused') return { refused: `is ${sniffed.what}` };
  if (sniffed.kind === 'text') return { bytes, gzip: false };
  let unpacked: Uint8Array;
  try {
    unpacked = await gunzipAsync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    const code = errorCode(error);
    const why =
      code === 'ERR_BUFFER_TOO_LARGE'
        ? 'unpacks to more than 512 MB; unpack it and split it'
        : `is a damaged gzip file (${error instanceof Error ? error.message : String(error)})`;
    return { refused: why };
  }
  const inner = sniffBytes(unpacked);
  if (inner.kind !== 'text') return { refused: `is gzip holding ${inner.kind === 'gzip' ? 'another gzip file' : inner.what.replace(/; unpack.*$/, '')}` };
  return { bytes: unpacked, gzip: true };
}

async function readOne(file: string, format: CorpusFormat | undefined, out: CorpusReadResult): Promise<void> {
  const fault = await inputFault(file);
  if (fault) return fileProblem(out, file, fault);
  let raw: Uint8Array;
  try {
    raw = await readFile(file);
  } catch (error) {
    return fileProblem(out, file, `cannot be read (${errorCode(error) || String(error)})`);
  }
  out.bytes += raw.byteLength;
  const text = await textBytes(raw);
  if ('refused' in text) return fileProblem(out, file, text.refused);
  const problems: Problem[] = [];
  const decoded = decodeUtf8(text.bytes);
  if (decoded.badLine) problems.push({ file, line: decoded.badLine, message: 'invalid UTF-8 bytes replaced with U+FFFD', severity: 'repaired' });
  const read = parseCorpus(decoded.text, file, format);
  // Loops, not push(...array): a million papers or problems would overflow the call stack.
  for (const problem of read.problems) problems.push(problem);
  for (const paper of read.papers) out.papers.push(paper);
  for (const problem of problems) out.problems.push(problem);
  const unread = read.papers.length === 0 ? read.problems.find((p) => p.scope === 'file')?.message : undefined;
  out.files.push({
    file,
    format: read.format,
    papers: read.papers.length,
    problems: problems.length,
    ...(unread ? { unread } : {}),
    ...(text.gzip ? { gzip: true } : {}),
  });
}

/** Read several corpus files in order; problems are collected, never thrown. */
export async function readCorpusFiles(files: readonly string[], format?: CorpusFormat): Promise<CorpusReadResult> {
  const out: CorpusReadResult = { papers: [], problems: [], files: [], bytes: 0 };
  for (const file of files) await readOne(file, format, out);
  return out;
}
