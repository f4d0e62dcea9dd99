// Reader for the text of a "trending papers" page: header lines, then title and
// abstract lines in turn, the first title glued to the page's "Subscribe" button.

import type { ReadResult } from './types.js';
import { toPaper } from './paper-fields.js';

const HEADER = /^get trending papers\b/i;
const SUBSCRIBE = /^Subscribe(?=\S)/;

export function readTrendingPage(text: string, file: string): ReadResult {
  const result: ReadResult = { papers: [], problems: [] };
  const lines = text.split(/\r\n|\r|\n/);
  const entries: { text: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || HEADER.test(line) || line === 'Subscribe') return;
    entries.push({ text: line.replace(SUBSCRIBE, ''), line: i + 1 });
  });
  for (let i = 0; i < entries.length; i += 2) {
    const title = entries[i];
    const abstract = entries[i + 1];
    if (!title) break;
    if (!abstract) {
      result.problems.push({ file, line: title.line, message: `title "${title.text.slice(0, 60)}" has no abstract` });
      break;
    }
    const paper = toPaper({ title: title.text, abstract: abstract.text }, { file, line: title.line });
    if (typeof paper === 'string') result.problems.push({ file, line: title.line, message: paper });
    else result.papers.push(paper);
  }
  return result;
}
