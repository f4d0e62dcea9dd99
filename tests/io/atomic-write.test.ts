// writeFileAtomic with text chunks: the file is exactly the joined text whatever the chunk
// sizes (multi-byte characters across buffer edges, chunks bigger than a buffer), and a
// failure midway leaves the old file and no temporary file.
import { spawn, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_HOST, WRITE_BUFFER, removeStaleTempFiles, writeFileAtomic } from '../../src/io/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-write-'));
const saved = { ...WRITE_BUFFER };
beforeEach(() => {
  WRITE_BUFFER.bytes = 16;
});
afterEach(() => {
  Object.assign(WRITE_BUFFER, saved);
});

describe('writeFileAtomic with chunks', () => {
  it.each([
    ['no chunks', []],
    ['one empty chunk', ['']],
    ['chunks that fill the buffer exactly', ['0123456789abcdef', '0123456789abcdef']],
    ['a chunk bigger than the buffer between small ones', ['ab', 'x'.repeat(40), 'cd']],
    ['multi-byte characters across the buffer edge', ['é'.repeat(7), 'ü€', '😀'.repeat(5), 'z']],
  ])('%s', async (_name, chunks) => {
    const file = join(dir, 'table.txt');
    await writeFileAtomic(file, chunks);
    expect(readFileSync(file, 'utf8')).toBe(chunks.join(''));
  });

  it('any chunks: the file is their concatenation', async () => {
    const file = join(dir, 'property.txt');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 30 }), async (chunks) => {
        await writeFileAtomic(file, chunks);
        expect(readFileSync(file).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 150 },
    );
    // 150 writes, each flushed to the disk (fsync of the file and its directory): slow on a busy disk.
  }, 90_000);

  it('a failure midway keeps the old file and leaves no temporary file', async () => {
    const sub = mkdtempSync(join(dir, 'fail-'));
    const file = join(sub, 'graph.json');
    writeFileSync(file, 'old');
    function* failing(): Generator<string> {
      for (let i = 0; i < 10; i++) yield 'x'.repeat(10);
      throw new Error('boom');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('boom');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(sub)).toEqual(['graph.json']);
    expect(existsSync(join(sub, 'graph.json'))).toBe(true);
  });
});

describe('temporary files of killed runs', () => {
  const here = (file: string, pid: number | undefined) => `.${file}.${TEMP_HOST}.${pid}.tmp`;

  it('are removed by the next write of that file; those of running processes and other files are kept', async () => {
    const sub = mkdtempSync(join(dir, 'stale-'));
    const file = join(sub, 'graph.json');
    // A process id that existed and is gone, and one that runs now.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const kept = [here('graph.json', running.pid), here('graph.gexf', gone), '.graph.json.x.tmp', `.graph.json.${gone}.tmp`, 'notes.txt'];
      for (const name of [here('graph.json', gone), ...kept]) writeFileSync(join(sub, name), 'partial');
      await writeFileAtomic(file, ['{}']);
      expect(readdirSync(sub).sort()).toEqual([...kept, 'graph.json'].sort());
      expect(await removeStaleTempFiles(join(sub, 'graph.gexf'))).toEqual([join(sub, here('graph.gexf', gone))]);
    } finally {
      running.kill();
    }
  });

  it.each([
    ['another machine', 'otherhost.123', 'otherhost.456'],
    ['an older papergraph (no host in the name)', '123', '456'],
  ])("%s's file goes only once untouched for an hour", async (_who, oldId, freshId) => {
    const sub = mkdtempSync(join(dir, 'foreign-'));
    const old = join(sub, `.graph.json.${oldId}.tmp`);
    const fresh = join(sub, `.graph.json.${freshId}.tmp`);
    writeFileSync(old, 'partial');
    writeFileSync(fresh, 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    expect(await removeStaleTempFiles(join(sub, 'graph.json'))).toEqual([old]);
    expect(existsSync(fresh)).toBe(true);
  });

  it('a leftover that cannot be removed never fails the write', async () => {
    const sub = mkdtempSync(join(dir, 'stuck-'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(join(sub, here('graph.json', gone)));
    await writeFileAtomic(join(sub, 'graph.json'), ['{}']);
    expect(readFileSync(join(sub, 'graph.json'), 'utf8')).toBe('{}');
  });
});
