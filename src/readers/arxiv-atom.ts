// Reader for arXiv API Atom XML (feed/entry with id, title, summary, published, author/name),
// parsed with fast-xml-parser; a malformed document is one problem with its line.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadResult } from './types.js';
import { isRecord, stringField, toPaper } from './paper-fields.js';

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'entry' || name === 'author',
  parseTagValue: false,
  processEntities: true,
});

/** Text of an element that may carry attributes (`{ '#text': ... }`). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return stringField(value, '#text') ?? '';
  return '';
}

/** 1-based line of the n-th `<entry` in the raw text, for messages. */
function entryLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  const re = /\n|<(?:\w+:)?entry[\s>]/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0] === '\n') line++;
    else lines.push(line);
  }
  return lines;
}

export function readArxivAtom(text: string, file: string): ReadResult {
  const result: ReadResult = { papers: [], problems: [] };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    result.problems.push({ file, line: valid.err.line, message: `invalid XML: ${valid.err.msg}`, scope: 'file' });
    return result;
  }
  const doc: unknown = parser.parse(text);
  const feed = isRecord(doc) ? doc['feed'] : undefined;
  if (!isRecord(feed)) {
    result.problems.push({ file, line: 1, message: 'not an Atom feed: no <feed> root element', scope: 'file' });
    return result;
  }
  const entries = Array.isArray(feed['entry']) ? feed['entry'] : [];
  const lines = entryLines(text);
  entries.forEach((entry: unknown, i) => {
    const at = { file, line: lines[i] ?? 1 };
    if (!isRecord(entry)) {
      result.problems.push({ ...at, message: 'empty <entry>' });
      return;
    }
    const authors = Array.isArray(entry['author']) ? entry['author'].map((a: unknown) => (isRecord(a) ? textOf(a['name']) : '')).filter(Boolean) : undefined;
    const id = textOf(entry['id']);
    const paper = toPaper({ title: textOf(entry['title']), abstract: textOf(entry['summary']), id, url: id, date: textOf(entry['published']), authors }, at);
    if (typeof paper === 'string') result.problems.push({ ...at, message: paper });
    else result.papers.push(paper);
  });
  return result;
}
