// Reader for a JSON array of Hugging Face daily-papers API objects:
// [{ "paper": { "id", "title", "summary", "publishedAt", "authors": [{ "name" }] } }].

import type { ReadResult } from './types.js';
import { isRecord, recordFields, toPaper, type FieldKeys } from './paper-fields.js';
import { lineOf } from './line-of.js';

/** The paper object's keys of each paper field, first found wins. */
const HF_DAILY_KEYS: FieldKeys = { title: ['title'], abstract: ['summary', 'abstract'], id: ['id'], url: [], date: ['publishedAt', 'published'] };

export function readHfDaily(text: string, file: string): ReadResult {
  const result: ReadResult = { papers: [], problems: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(reason);
    result.problems.push({ file, line: pos ? lineOf(text, Number(pos[1])) : 1, message: `invalid JSON (${reason})`, scope: 'file' });
    return result;
  }
  if (!Array.isArray(doc)) {
    result.problems.push({ file, line: 1, message: 'expected a JSON array of daily-papers objects', scope: 'file' });
    return result;
  }
  doc.forEach((item: unknown, i) => {
    const at = { file, line: 0, record: i + 1 };
    const paper = isRecord(item) && isRecord(item['paper']) ? item['paper'] : isRecord(item) ? item : undefined;
    if (!paper) {
      result.problems.push({ ...at, message: 'expected an object with a "paper" field' });
      return;
    }
    const read = toPaper(recordFields(paper, HF_DAILY_KEYS), { file, line: 0 });
    if (typeof read === 'string') result.problems.push({ ...at, message: read });
    else result.papers.push({ ...read, source: { file, line: i + 1 } });
  });
  return result;
}
