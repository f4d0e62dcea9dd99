// Reader for JSON Lines, one paper per line: title and abstract (or summary) required;
// id, url, published/date/update_date, authors optional. Reads arXiv metadata snapshot records as is.

import type { Problem, ReadResult } from './types.js';
import type { FieldKeys } from './paper-fields.js';
import { isRecord, recordFields, toPaper } from './paper-fields.js';

/**
 * One problem for a file none of whose lines is JSON (another format forced as jsonl): the
 * first line and how many there are, instead of an "invalid JSON" line per line of the file.
 */
function notJsonLines(problems: readonly Problem[], file: string, firstReason: string): Problem {
  const line = problems[0]?.line ?? 0;
  return { file, line, scope: 'file', message: `is not JSON Lines: none of its ${problems.length} non-blank lines is JSON (line ${line}: ${firstReason})` };
}

/** The record keys of each paper field, first found wins (arXiv snapshot records as they are). */
const JSON_LINES_KEYS: FieldKeys = {
  title: ['title'],
  abstract: ['abstract', 'summary'],
  id: ['id'],
  url: ['url'],
  date: ['published', 'date', 'update_date'],
};

export function readJsonLines(text: string, file: string): ReadResult {
  const result: ReadResult = { papers: [], problems: [] };
  const lines = text.split(/\r\n|\r|\n/);
  let jsonLines = 0;
  let firstReason = '';
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const at = { file, line: i + 1 };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      firstReason ||= reason;
      result.problems.push({ ...at, message: `invalid JSON (${reason})` });
      return;
    }
    jsonLines++;
    if (!isRecord(record)) {
      result.problems.push({ ...at, message: 'expected a JSON object with title and abstract' });
      return;
    }
    const paper = toPaper(recordFields(record, JSON_LINES_KEYS), at);
    if (typeof paper === 'string') result.problems.push({ ...at, message: paper });
    else result.papers.push(paper);
  });
  if (jsonLines === 0 && result.problems.length > 1) return { papers: [], problems: [notJsonLines(result.problems, file, firstReason)] };
  return result;
}
