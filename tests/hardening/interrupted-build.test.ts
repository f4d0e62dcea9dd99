// Kills real builds at several moments and checks that graph.json and graph.gexf are always
// the previous complete files or the new complete files, never something in between.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/readers/index.js';
import { generateCorpus } from '../../bench/corpus.js';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');

function killAfter(ms: number, signal: NodeJS.Signals, args: string[]): Promise<{ code: number | null; pid: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/papergraph.mjs'), ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, pid: child.pid ?? 0 });
    });
  });
}

describe('an interrupted build', () => {
  it('never leaves a corrupt graph.json or graph.gexf', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-kill-'));
    const seeds = parseCorpus(readFileSync(join(root, 'seeds/papers.txt'), 'utf8'), 'seeds').papers;
    writeFileSync(join(dir, 'big.jsonl'), generateCorpus(seeds, 3000));
    const out = join(dir, 'out');
    const first = await runCli(['build', join(root, 'seeds/papers.txt'), '--out', out]);
    expect(first.code).toBe(0);
    const paperCount = (json: string) => JSON.parse(json).nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'paper').length;
    const interrupted: (number | null)[] = [];

    for (const [ms, signal] of [
      [300, 'SIGKILL'],
      [900, 'SIGKILL'],
      [1500, 'SIGTERM'],
      [2500, 'SIGKILL'],
    ] as const) {
      const { code, pid } = await killAfter(ms, signal, ['build', join(dir, 'big.jsonl'), '--out', out, '--workers', '1']);
      if (code !== 0) interrupted.push(code);
      const json = readFileSync(join(out, 'graph.json'), 'utf8');
      const gexf = readFileSync(join(out, 'graph.gexf'), 'utf8');
      expect(() => JSON.parse(json), `graph.json after ${signal} at ${ms} ms`).not.toThrow();
      expect(XMLValidator.validate(gexf), `graph.gexf after ${signal} at ${ms} ms`).toBe(true);
      // Either the previous graph (119 papers) or the new one, complete (3000 papers).
      expect([119, 3000]).toContain(paperCount(json));
      if (signal === 'SIGTERM') expect(readdirSync(out).filter((f) => f.endsWith(`.${pid}.tmp`))).toEqual([]);
    }
    // The test means something only if some builds really were cut short.
    expect(interrupted.length).toBeGreaterThan(0);
  }, 60_000);
});
