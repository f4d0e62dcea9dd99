// What every corpus reader returns: the papers it could read and the records it had to skip.
import type { Paper } from '../types.js';

export const CORPUS_FORMATS = ['trending', 'jsonl', 'atom', 'hf-daily'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

/** A record that could not be read; `line` is 1-based (0 when the whole file is at fault). */
export interface Problem {
  file: string;
  line: number;
  /** 1-based record number, for sources without useful lines (a JSON array). */
  record?: number;
  message: string;
  /** 'skipped': the record is lost; 'repaired': it was read after a fix (bad bytes removed). */
  severity?: 'skipped' | 'repaired';
  /** 'file': the whole file could not be read (missing, refused, a reader failure), not one record. */
  scope?: 'file';
}

export const isRepaired = (p: Problem) => p.severity === 'repaired';
export const isFileProblem = (p: Problem) => p.scope === 'file';

/** "papers.jsonl:12: invalid JSON" / "daily.json record 3: ...". */
export function formatProblem(p: Problem): string {
  const where = p.record ? `${p.file} record ${p.record}` : p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.message}`;
}

export interface ReadResult {
  papers: Paper[];
  problems: Problem[];
}

export type CorpusReader = (text: string, file: string) => ReadResult;
