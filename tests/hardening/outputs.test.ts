// The output of a run is complete or not there: short writes and a full disk never leave a
// truncated file (the previous set stays, the exit code says so), graph.json, GEXF and
// digest are replaced as one set (a run killed between renames is repaired by the next),
// two runs on one directory never lose each other's papers, and a read-only directory is
// refused before any work.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { DISK, writeFileAtomic } from '../../src/io/atomic-write.js';
import { lockOutputDir } from '../../src/io/output-lock.js';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const seeds = join(root, 'seeds/papers.txt');
const realOpen = DISK.open;
afterEach(() => {
  DISK.open = realOpen;
});

/** A file handle whose writes take at most `most` bytes, and fail with ENOSPC past `limit` bytes. */
function shortWrites(most: number, limit = Infinity) {
  return async (path: string, flags: string): Promise<FileHandle> => {
    const handle = await realOpen(path, flags);
    let total = 0;
    const write = async (buffer: Uint8Array, offset = 0, length = buffer.byteLength - offset) => {
      const take = Math.min(most, length, limit - total);
      if (take <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      total += take;
      return handle.write(buffer, offset, take);
    };
    return new Proxy(handle, { get: (target, key) => (key === 'write' ? write : Reflect.get(target, key, target)) });
  };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'papergraph-out-'));
}

const papersIn = (file: string): string[] =>
  JSON.parse(readFileSync(file, 'utf8'))
    .nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'paper')
    .map((n: { key: string }) => n.key)
    .sort();

const gexfPapers = (file: string): number => (readFileSync(file, 'utf8').match(/<attvalue for="type" value="paper"\/>/g) ?? []).length;

function jsonl(prefix: string, count: number): string {
  const lines = [];
  for (let i = 0; i < count; i++) {
    lines.push(
      JSON.stringify({
        id: `${prefix}.${String(10000 + i)}`,
        title: `Paper ${prefix} ${i} on adapting RoBERTa`,
        abstract: `We fine-tune RoBERTa for task ${prefix}-${i}.`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/papergraph.mjs'), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('complete writes', () => {
  it('short writes: every byte still lands', async () => {
    const file = join(tempDir(), 'graph.json');
    const text = 'x'.repeat(10_000) + 'é'.repeat(5_000);
    DISK.open = shortWrites(7);
    await writeFileAtomic(file, text);
    await writeFileAtomic(`${file}.chunks`, [text, text]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readFileSync(`${file}.chunks`, 'utf8')).toBe(text + text);
  });

  it('a disk that fills midway: the error is thrown, the previous file stays, no temporary file is left', async () => {
    const dir = tempDir();
    const file = join(dir, 'graph.json');
    writeFileSync(file, '{"previous":true}');
    DISK.open = shortWrites(4096, 10_000);
    await expect(writeFileAtomic(file, 'y'.repeat(50_000))).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('{"previous":true}');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('build on a full disk: exit 73, the message names the cause, graph.json and graph.gexf stay whole (tmpfs)', async (ctx) => {
    const mount = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      ctx.skip('cannot mount a tmpfs here (needs root and mount rights): the disk-full case runs in CI, as root');
    }
    try {
      const out = join(mount, 'out');
      const small = join(tempDir(), 'small.jsonl');
      writeFileSync(small, jsonl('2401', 20));
      expect((await runCli(['build', small, '--out', out, '--no-layout'])).code).toBe(0);
      const before = { json: readFileSync(join(out, 'graph.json')), gexf: readFileSync(join(out, 'graph.gexf')) };
      const big = join(tempDir(), 'big.jsonl');
      writeFileSync(big, jsonl('2402', 3000));
      const run = await runCli(['build', big, '--out', out, '--no-layout']);
      expect(run.code, run.stderr).toBe(73);
      expect(run.stderr).toMatch(/cannot write the output in .*: no space left on the device \(ENOSPC\); the previous files are unchanged/);
      expect(run.stderr).not.toMatch(/unexpected error|wrote /);
      expect(readFileSync(join(out, 'graph.json')).equals(before.json)).toBe(true);
      expect(readFileSync(join(out, 'graph.gexf')).equals(before.gexf)).toBe(true);
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      execFileSync('umount', [mount]);
    }
  }, 120_000);
});

describe('checks before work', () => {
  it('a read-only output directory: exit 73 before any reading, with the reason', async (ctx) => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    let unmount = () => chmodSync(out, 0o755);
    if (process.getuid?.() === 0) {
      // Root writes into a mode-555 directory anyway: a read-only mount is what stops root.
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', out], { stdio: 'ignore' });
        unmount = () => execFileSync('umount', [out]);
      } catch {
        ctx.skip('running as root without mount rights: cannot make a directory read-only for root');
      }
    } else {
      chmodSync(out, 0o555);
    }
    try {
      const run = await runCli(['build', seeds, '--out', out]);
      expect(run.code, run.stderr).toBe(73);
      expect(run.stderr).toMatch(/cannot write to .*out: (the file system is read-only \(EROFS\)|permission denied \(EACCES\)); nothing was read or built/);
      expect(run.stderr).not.toMatch(/papers read/);
    } finally {
      unmount();
    }
  });
});

/** A directory holding a.jsonl (5 papers) and b.jsonl (`inB` papers), with out/ built from a.jsonl. */
async function builtFromA(inB: number): Promise<{ dir: string; out: string }> {
  const dir = tempDir();
  const out = join(dir, 'out');
  writeFileSync(join(dir, 'a.jsonl'), jsonl('2401', 5));
  writeFileSync(join(dir, 'b.jsonl'), jsonl('2402', inB));
  expect((await runCli(['build', join(dir, 'a.jsonl'), '--out', out, '--no-layout'])).code).toBe(0);
  return { dir, out };
}

describe('one set of outputs', () => {
  it('a build killed between its renames is repaired by the next run', async () => {
    const { dir, out } = await builtFromA(7);
    const killed = await cli(['build', join(dir, 'b.jsonl'), '--out', out, '--no-layout'], { PAPERGRAPH_TEST_KILL_AFTER_RENAMES: '1' });
    expect(killed.signal).toBe('SIGKILL');
    // The power cut left the new graph.json beside the old GEXF ...
    expect(papersIn(join(out, 'graph.json'))).toHaveLength(7);
    expect(gexfPapers(join(out, 'graph.gexf'))).toBe(5);
    // ... and the next run (here an add with nothing new) finishes the set first.
    const next = await runCli(['add', join(dir, 'b.jsonl'), '--graph', out, '--no-layout']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/repaired: renamed graph\.gexf of an interrupted run/);
    expect(gexfPapers(join(out, 'graph.gexf'))).toBe(7);
    expect(XMLValidator.validate(readFileSync(join(out, 'graph.gexf'), 'utf8'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('an add killed after graph.json was renamed: the next add repairs GEXF and digest, then says nothing new and keeps that digest', async () => {
    const { dir, out } = await builtFromA(4);
    const killed = await cli(['add', join(dir, 'b.jsonl'), '--graph', out, '--no-layout', '--label', 'day2'], { PAPERGRAPH_TEST_KILL_AFTER_RENAMES: '1' });
    expect(killed.signal).toBe('SIGKILL');
    expect(papersIn(join(out, 'graph.json'))).toHaveLength(9);
    expect(existsSync(join(out, 'digest.md'))).toBe(false);
    const again = await runCli(['add', join(dir, 'b.jsonl'), '--graph', out, '--no-layout', '--label', 'day2']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/repaired: renamed graph\.gexf, digest\.md, digest\.json, digest\.html, digest\.atom/);
    expect(gexfPapers(join(out, 'graph.gexf'))).toBe(9);
    expect(again.stdout).toMatch(/Nothing new/i);
    // A run that adds nothing keeps the digest of the day that did (issue 18).
    expect(readFileSync(join(out, 'digest.md'), 'utf8')).toMatch(/^# papergraph digest — day2\n\n4 new papers/);
  }, 60_000);
});

describe('one run at a time per output directory', () => {
  it('two concurrent adds with different papers: with --wait both land; without, the second fails at once and says why', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'a.jsonl'), jsonl('2403', 60));
    writeFileSync(join(dir, 'b.jsonl'), jsonl('2404', 60));
    writeFileSync(join(dir, 'c.jsonl'), jsonl('2405', 60));
    expect((await runCli(['build', seeds, '--out', out, '--no-layout'])).code).toBe(0);
    const base = papersIn(join(out, 'graph.json')).length;
    const [a, b] = await Promise.all([
      cli(['add', join(dir, 'a.jsonl'), '--graph', out, '--wait', '120', '--workers', '1']),
      cli(['add', join(dir, 'b.jsonl'), '--graph', out, '--wait', '120', '--workers', '1']),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(papersIn(join(out, 'graph.json'))).toHaveLength(base + 120);

    // Without --wait, a run that finds the lock held fails at once, names the holder, changes nothing.
    const held = await lockOutputDir(out, { command: 'add' });
    try {
      const c = await runCli(['add', join(dir, 'c.jsonl'), '--graph', out]);
      expect(c.code).toBe(75);
      expect(c.stderr).toMatch(new RegExp(`is being written by papergraph add \\(pid ${process.pid} on .*\\): nothing was changed`));
      const built = await runCli(['build', seeds, '--out', out]);
      expect(built.code).toBe(75);
    } finally {
      await held.release();
    }
    expect(papersIn(join(out, 'graph.json'))).toHaveLength(base + 120);
  }, 180_000);

  it('a lock left by a killed run is taken over', async () => {
    const out = tempDir();
    writeFileSync(
      join(out, '.papergraph.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), command: 'add', since: 'then' }),
    );
    const run = await runCli(['build', seeds, '--out', out, '--no-layout']);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(out, '.papergraph.lock'))).toBe(false);
    rmSync(out, { recursive: true });
  });
});
