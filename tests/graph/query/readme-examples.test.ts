// Runs the library examples of README.md (between the examples markers): every ```ts block, joined in
// order into one module, against the fixture graph (written where the examples load
// 'out/graph.json'). Each `expr; // => value` becomes an assertion that expr equals value.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../fixture-graph.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const README = join(REPO, 'README.md');

/** The README's library examples: the text between the examples:start and examples:end markers. */
function examplesSection(markdown: string): string {
  const start = markdown.indexOf('<!-- examples:start');
  const end = markdown.indexOf('<!-- examples:end -->');
  if (start < 0 || end < start) throw new Error('README.md has no examples:start / examples:end markers');
  return markdown.slice(start, end);
}

interface Check {
  line: number;
  source: string;
  actual: unknown;
  expected: unknown;
}

/** The ```ts blocks of a markdown text, with the line number each starts at. */
export function codeBlocks(markdown: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```ts') continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1]?.trim() !== '```') i++;
    blocks.push({ line: start + 1, code: lines.slice(start, i + 1).join('\n') });
    i++;
  }
  return blocks;
}

/** Turn `expr; // => value` (or `expr;` then a `// => value` line) into __check calls. */
export function toChecks(code: string, firstLine: number): string {
  const lines = code.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
    const alone = /^\s*\/\/ => (.+)$/.exec(line);
    if (inline?.[2] && inline[3]) {
      out.push(`${inline[1]}__check(${firstLine + i}, ${JSON.stringify(inline[2])}, (${inline[2]}), (${inline[3]}));`);
    } else if (alone?.[1] && out.length) {
      const prev = out.pop() ?? '';
      const expr = prev.trim().replace(/;$/, '');
      out.push(`__check(${firstLine + i - 1}, ${JSON.stringify(expr)}, (${expr}), (${alone[1]}));`);
    } else {
      out.push(line);
    }
  });
  return out.join('\n');
}

describe('README library examples', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-readme-'));
  const graphFile = join(dir, 'graph.json');
  writeFileSync(graphFile, JSON.stringify(fixtureGraph().export()));
  const blocks = codeBlocks(examplesSection(readFileSync(README, 'utf8')));
  const body = blocks
    .map((b) => toChecks(b.code, b.line))
    .join('\n')
    .replaceAll("from 'papergraph'", `from ${JSON.stringify(pathToFileURL(join(REPO, 'src/index.ts')).href)}`)
    .replaceAll("'out/graph.json'", JSON.stringify(graphFile));
  const module = [
    'export const __results = [];',
    'function __check(line, source, actual, expected) { __results.push({ line, source, actual, expected }); }',
    body,
  ].join('\n');
  const file = join(dir, 'examples.ts');
  writeFileSync(file, module);
  const loaded: { __results: Check[] } = await import(pathToFileURL(file).href);

  it('has examples with expected values', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(loaded.__results.length).toBeGreaterThanOrEqual(20);
  });

  it.each(loaded.__results.map((r) => [`line ${r.line}: ${r.source}`, r] as const))('%s', (_name, check) => {
    expect(check.actual).toEqual(check.expected);
  });
});
