// Reader for JSON Lines, one paper per line: title and abstract (or summary) required;
// id, url, published/date/update_date, authors optional. Reads arXiv metadata snapshot records as is.

import type { Problem, ReadResult } from './types.js';
import { isRecord, stringField, toPaper } from './paper-fields.js';

/** authors as an array of names or objects with `name`, a "A, B and C" string, or arXiv's authors_parsed. */
export function authorList(record: Record<string, unknown>): string[] | undefined {
  const parsed = record['authors_parsed'];
  if (Array.isArray(parsed)) {
    return parsed.filter((a): a is unknown[] => Array.isArray(a)).map((a) => [a[1], a[0]].filter((p) => typeof p === 'string' && p).join(' '));
  }
  const authors = record['authors'];
  if (Array.isArray(authors)) {
    return authors.map((a) => (typeof a === 'string' ? a : isRecord(a) ? stringField(a, 'name') : undefined)).filter((a): a is string => Boolean(a));
  }
  if (typeof authors === 'string') return authors.split(/,\s*|\s+and\s+/).filter(Boolean);
  return undefined;
}

/**
 * One problem for a file none of whose lines is JSON (another format forced as jsonl): the
 * first line and how many there are, instead of an "invalid JSON" line per line of the file.
 */
function notJsonLines(problems: readonly Problem[], file: string, firstReason: string): Problem {
  const line = problems[0]?.line ?? 0;
  return { file, line, scope: 'file', message: `is not JSON Lines: none of its ${problems.length} non-blank lines is JSON (line ${line}: ${firstReason})` };
}

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
    const paper = toPaper(
      {
        title: stringField(record, 'title') ?? '',
        abstract: stringField(record, 'abstract') ?? stringField(record, 'summary') ?? '',
        id: stringField(record, 'id'),
        url: stringField(record, 'url'),
        date: stringField(record, 'published') ?? stringField(record, 'date') ?? stringField(record, 'update_date'),
        authors: authorList(record),
      },
      at,
    );
    if (typeof paper === 'string') result.problems.push({ ...at, message: paper });
    else result.papers.push(paper);
  });
  if (jsonLines === 0 && result.problems.length > 1) return { papers: [], problems: [notJsonLines(result.problems, file, firstReason)] };
  return result;
}
