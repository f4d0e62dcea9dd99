// Hostile and wrong inputs beside good ones: an Atom file with an external entity, gzip,
// other archives, random bytes, a README passed as a corpus, missing and unreadable inputs.
// Each is named with what it is; good inputs around it are still built; a run that has
// nothing usable exits 2 and leaves the previous graph as it was.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const good = (i: number) =>
  JSON.stringify({ id: `2401.0100${i}`, title: `Adapting BERT to task ${i}`, abstract: `We fine-tune BERT on task ${i} and report results.` });
const GOOD_CORPUS = `${[1, 2, 3].map(good).join('\n')}\n`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE feed [
<!ENTITY x SYSTEM "file:///etc/passwd">
]>
<feed xmlns="http://www.w3.org/2005/Atom">
<entry><id>http://arxiv.org/abs/2401.09999v1</id><title>Leak &x;</title><summary>Leaks the file.</summary></entry>
</feed>
`;

function paperCount(dir: string): number {
  const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'));
  return graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'paper').length;
}

function workDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-hostile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A one-file ustar archive: a 512-byte header ("ustar" at byte 257), the content, padding. */
function tarOf(name: string, content: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'ascii');
  header.write('ustar\u000000', 257, 'ascii');
  const body = Buffer.from(content);
  return Buffer.concat([header, body, Buffer.alloc(512 - (body.length % 512) + 1024)]);
}

interface Case {
  name: string;
  file: string;
  content: () => string | Buffer;
  message: RegExp;
}

const REFUSED: Case[] = [
  {
    name: 'an Atom file with an external entity',
    file: 'xxe.xml',
    content: () => XXE,
    message: /xxe\.xml:3: cannot be read as atom: External entities are not supported/,
  },
  {
    name: 'a zip archive',
    file: 'papers.zip',
    content: () => Buffer.from('PK\u0003\u0004rest-of-a-zip'),
    message: /papers\.zip: is a zip archive; unpack it first/,
  },
  {
    name: 'an xz archive',
    file: 'papers.jsonl.xz',
    content: () => Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2]),
    message: /papers\.jsonl\.xz: is an xz archive/,
  },
  {
    name: 'a zstd archive',
    file: 'papers.jsonl.zst',
    content: () => Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2]),
    message: /papers\.jsonl\.zst: is a zstd archive/,
  },
  {
    name: 'a tar archive',
    file: 'papers.tar',
    content: () => tarOf('papers.jsonl', GOOD_CORPUS),
    message: /papers\.tar: is a tar archive; unpack it first/,
  },
  {
    name: 'a .tar.gz',
    file: 'papers.tar.gz',
    content: () => gzipSync(tarOf('papers.jsonl', GOOD_CORPUS)),
    message: /papers\.tar\.gz: is gzip holding a tar archive/,
  },
  { name: 'random bytes', file: 'noise.bin', content: () => randomBytes(256 * 1024), message: /noise\.bin: is binary data, not text/ },
  {
    name: 'a README',
    file: 'README.md',
    content: () => readFileSync(join(root, 'README.md')),
    message: /README\.md: does not look like a corpus: .* only \d+ of its \d+ title\/abstract pairs/,
  },
];

describe('hostile input beside a good corpus', () => {
  it.each(REFUSED)('$name: named, the good corpus still built, exit 1', async (c) => {
    const dir = workDir({ 'good.jsonl': GOOD_CORPUS, [c.file]: c.content() });
    const run = await runCli(['build', 'good.jsonl', c.file, '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/files not read: 1/);
    expect(run.stderr).toMatch(c.message);
    expect(run.stderr).toMatch(/records skipped: 0/);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(paperCount(dir)).toBe(3);
  });

  it.each(REFUSED)('$name alone: exit 2, the previous graph stays', async (c) => {
    const dir = workDir({ 'good.jsonl': GOOD_CORPUS, [c.file]: c.content() });
    expect((await runCli(['build', 'good.jsonl', '--out', 'out', '--no-layout'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'graph.json'));
    const run = await runCli(['build', c.file, '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(c.message);
    expect(readFileSync(join(dir, 'out', 'graph.json')).equals(before)).toBe(true);
  });

  it('reads a gzipped JSON Lines corpus', async () => {
    const dir = workDir({ 'papers.jsonl.gz': gzipSync(GOOD_CORPUS) });
    const run = await runCli(['build', 'papers.jsonl.gz', '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(paperCount(dir)).toBe(3);
  });

  it('refuses gzip that holds binary data, naming it', async () => {
    const dir = workDir({ 'good.jsonl': GOOD_CORPUS, 'noise.gz': gzipSync(randomBytes(4096)) });
    const run = await runCli(['build', 'good.jsonl', 'noise.gz', '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/noise\.gz: is gzip holding binary data/);
  });

  it('a trending page forced as jsonl: one message naming the file and its first line', async () => {
    const page = readFileSync(join(root, 'seeds', 'papers.txt'), 'utf8')
      .split('\n')
      .slice(0, 12)
      .join('\n');
    const dir = workDir({ 'good.jsonl': GOOD_CORPUS, 'page.txt': page });
    const run = await runCli(['build', 'good.jsonl', 'page.txt', '--format', 'jsonl', '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/page\.txt:1: is not JSON Lines: none of its 12 non-blank lines is JSON .*looks like the trending format/);
    expect(run.stderr).not.toMatch(/invalid JSON/);
    expect(paperCount(dir)).toBe(3);
  });

  it('reads a README when the format is forced (the user asked for it)', async () => {
    const dir = workDir({ 'notes.txt': 'A title line\nAn abstract line without much in it\n## Heading\nmore\n' });
    const run = await runCli(['build', 'notes.txt', '--format', 'trending', '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(paperCount(dir)).toBe(2);
  });
});

describe('missing and unreadable inputs', () => {
  it('a missing input among good ones: named as missing before any work, exit 2, nothing written', async () => {
    const dir = workDir({ 'good.jsonl': GOOD_CORPUS });
    const run = await runCli(['build', 'good.jsonl', 'typo.jsonl', '--out', 'out', '--no-layout'], dir);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/an input file cannot be read; nothing was built/);
    expect(run.stderr).toMatch(/typo\.jsonl: no such file/);
    expect(run.stderr).not.toMatch(/records skipped/);
  });

  it('an unreadable input is named as such (as a non-root user; root reads every file)', async (ctx) => {
    if (process.getuid?.() === 0) ctx.skip('running as root: a mode of 000 does not stop root from reading');
    const dir = workDir({ 'good.jsonl': GOOD_CORPUS, 'secret.jsonl': GOOD_CORPUS });
    chmodSync(join(dir, 'secret.jsonl'), 0o000);
    const run = await runCli(['build', 'good.jsonl', 'secret.jsonl', '--out', 'out', '--no-layout'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/secret\.jsonl: permission denied/);
  });
});
