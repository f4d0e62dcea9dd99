import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/corpora', name);
const tempDir = () => mkdtempSync(join(tmpdir(), 'papergraph-build-'));

describe('papergraph build', () => {
  it('builds the seed corpus: 119 papers, clean titles, positions on every node', async () => {
    const out = tempDir();
    const run = await runCli(['build', 'seeds/papers.txt', '--out', out], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/papers read: 119/);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    const papers = graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'paper');
    expect(papers).toHaveLength(119);
    for (const { attributes: a } of papers) {
      expect(a.title).not.toMatch(/Subscribe|\\['"`^~]|\\text/);
      expect(a.title).toBe(a.label);
    }
    for (const { attributes: a } of graph.nodes) {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0 && /^#[0-9a-f]{6}$/.test(a.color)).toBe(true);
    }
  });

  it('gives a byte-identical graph.json for the same input', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await runCli(['build', 'seeds/papers.txt', '--out', a], root);
    await runCli(['build', 'seeds/papers.txt', '--out', b], root);
    for (const file of ['graph.json', 'graph.gexf']) {
      // Buffer.equals: vitest's deep equality walks megabytes byte by byte.
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    }
  });

  it('reads several inputs of different formats, merges duplicates and reports skipped records', async () => {
    const out = tempDir();
    const jsonl = fixture('papers.jsonl');
    const run = await runCli(['build', jsonl, fixture('arxiv.atom.xml'), jsonl, '--out', out, '--no-layout']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/papers read: 5 from 3 file/);
    expect(run.stderr).toMatch(/records skipped: 4/);
    expect(run.stderr).toContain(`${jsonl}:3: invalid JSON`);
    expect(run.stderr).toMatch(/duplicates merged: 3/);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  });

  it.each([
    [['build', 'does-not-exist.txt'], 2, /does-not-exist\.txt: no such file/],
    [['build', 'tests'], 2, /tests: is a directory/],
    [['build', 'tests/fixtures/corpora/papers.jsonl', '--format', 'nope'], 64, /argument 'nope' is invalid/],
  ])('%j exits %i', async (argv, code, message) => {
    const out = tempDir();
    const run = await runCli([...argv, '--out', out], root);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('never leaves a half-written file and keeps the old graph when a build fails', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'graph.json'), '{"old":true}');
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '');
    const run = await runCli(['build', empty, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty\.txt: file is empty/);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('{"old":true}');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
