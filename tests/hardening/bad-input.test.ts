// Every kind of bad input a scraper produces, each with the message and exit code the user
// gets; good records around bad ones always make it into the graph.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const good = (i: number) => JSON.stringify({ id: `2401.0000${i}`, title: `Good paper ${i}`, abstract: `We study model number ${i}.` });

interface Case {
  name: string;
  file: string;
  content: string | Buffer | null; // null: do not create
  args?: string[];
  code: number;
  messages: RegExp[];
  papers?: number;
}

const CASES: Case[] = [
  { name: 'missing file', file: 'missing.jsonl', content: null, code: 2, messages: [/missing\.jsonl: no such file/] },
  { name: 'a directory', file: 'adir', content: null, code: 2, messages: [/adir: is a directory/] },
  { name: 'an empty file', file: 'empty.txt', content: '', code: 2, messages: [/empty\.txt: file is empty/] },
  {
    name: 'the wrong format forced',
    file: 'papers.jsonl',
    content: `${good(1)}\n`,
    args: ['--format', 'atom'],
    code: 2,
    messages: [/papers\.jsonl:1: invalid XML/],
  },
  {
    name: 'truncated JSON Lines',
    file: 'cut.jsonl',
    content: `${good(1)}\n${good(2)}\n{"title": "Cut", "abstr`,
    code: 1,
    messages: [/records skipped: 1/, /cut\.jsonl:3: invalid JSON/],
    papers: 2,
  },
  {
    name: 'a bad line amid good ones',
    file: 'mixed.jsonl',
    content: `${good(1)}\nnot json at all\n${good(2)}\n["an", "array"]\n${good(3)}\n`,
    code: 1,
    messages: [/records skipped: 2/, /mixed\.jsonl:2: invalid JSON/, /mixed\.jsonl:4: expected a JSON object/],
    papers: 3,
  },
  {
    name: 'invalid XML',
    file: 'feed.xml',
    content: '<feed>\n<entry><title>T</title><summary>S</summary>\n</feed>\n',
    code: 2,
    messages: [/feed\.xml:\d+: invalid XML/],
  },
  {
    name: 'a JSON array with wrong shapes',
    file: 'daily.json',
    content: JSON.stringify([{ paper: { id: '1', title: 'Kept', summary: 'An abstract.' } }, 42, { paper: { title: 7, summary: [] } }, null]),
    code: 1,
    messages: [/records skipped: 3/, /daily\.json record 2: expected an object/, /daily\.json record 3: paper "7" has no abstract/, /daily\.json record 4/],
    papers: 1,
  },
  {
    name: 'duplicate ids',
    file: 'dups.jsonl',
    content: `${good(1)}\n${good(1)}\n${good(2)}\n`,
    code: 0,
    messages: [/duplicates merged: 1/, /dups\.jsonl:2: duplicate of .*dups\.jsonl:1/],
    papers: 2,
  },
  {
    name: 'non-UTF-8 bytes',
    file: 'latin1.jsonl',
    content: Buffer.concat([Buffer.from(`${good(1)}\n{"title": "Caf`), Buffer.from([0xe9]), Buffer.from('", "abstract": "Bytes."}\n')]),
    code: 1,
    messages: [/records repaired: 1/, /latin1\.jsonl:2: invalid UTF-8 bytes replaced/],
    papers: 2,
  },
  { name: 'a byte-order mark', file: 'bom.jsonl', content: `\uFEFF${good(1)}\n${good(2)}\n`, code: 0, messages: [/records skipped: 0/], papers: 2 },
  {
    name: 'CRLF line ends',
    file: 'crlf.txt',
    content: 'Title A\r\nAbstract A.\r\nTitle B\r\nAbstract B.\r\n',
    code: 0,
    messages: [/papers read: 2/],
    papers: 2,
  },
  {
    name: 'NUL bytes',
    file: 'nul.jsonl',
    content: `${good(1)}\n{"title": "N\u0000UL", "abstract": "Has a NUL."}\n`,
    code: 1,
    messages: [/records repaired: 1/, /nul\.jsonl:2: NUL bytes removed/],
    papers: 2,
  },
  {
    name: 'a 1 MB abstract',
    file: 'huge.jsonl',
    content: `${good(1)}\n${JSON.stringify({ title: 'Huge', abstract: 'We fine-tune BERT on a corpus of text. '.repeat(26_000) })}\n`,
    code: 0,
    messages: [/papers read: 2/],
    papers: 2,
  },
  {
    name: 'a title with no abstract at the end of a file',
    file: 'page.txt',
    content: 'Title A\nAbstract A.\nTitle B\n',
    code: 1,
    messages: [/records skipped: 1/, /page\.txt:3: title "Title B" has no abstract/],
    papers: 1,
  },
];

describe('bad input', () => {
  it.each(CASES)('$name: exit $code', async (c) => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-bad-'));
    const path = join(dir, c.file);
    if (c.content !== null) writeFileSync(path, c.content);
    if (c.name === 'a directory') mkdirSync(path);
    const run = await runCli(['build', c.file, '--out', 'out', '--no-layout', ...(c.args ?? [])], dir);
    expect(run.code, run.stderr).toBe(c.code);
    for (const message of c.messages) expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at .*\(/); // no stack trace
    if (c.papers !== undefined) {
      const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'));
      const papers = graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'paper');
      expect(papers).toHaveLength(c.papers);
    }
  });
});
