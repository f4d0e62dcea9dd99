// A graph.json over 600 MB (past V8's ~512 MiB string limit, so JSON.parse of the whole
// file cannot work) is queried, added to and served. Slow (about a minute and several GB),
// so kept out of `npm test`: run with `npm run test:slow` (.ci/run does).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { syntheticGraphJson } from '../helpers/synthetic-graph.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'papergraph-huge-'));
const file = join(dir, 'graph.json');
const PAPERS = 260_000;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=16000', join(root, 'bin/papergraph.mjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a graph.json over 600 MB', () => {
  it('is written, then loaded by query', async () => {
    await writeFileAtomic(file, syntheticGraphJson(PAPERS));
    expect(statSync(file).size).toBeGreaterThan(600 * 1024 * 1024);
    const run = await cli(['query', 'neighbours', 'Paper 123 on adapting BERT', '--graph', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('model:bert');
  }, 600_000);

  it('is added to', async () => {
    const input = join(dir, 'new.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: '2601.00001', title: 'A new BERT variant', abstract: 'We fine-tune BERT and call the result NewBERT.' })}\n`);
    const run = await cli(['add', input, '--graph', file, '--no-gexf', '--label', 'huge-2', '--workers', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/added: 1 paper/);
  }, 600_000);

  it('is served, graph.json as a stream', async () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>map</title>');
    const child = spawn(process.execPath, ['--max-old-space-size=16000', join(root, 'bin/papergraph.mjs'), 'serve', dir, '--port', '0', '--app', app], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/\S+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
    const response = await fetch(`${url}graph.json`);
    expect(response.status).toBe(200);
    let bytes = 0;
    const reader = response.body!.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
    expect(bytes).toBe(statSync(file).size);
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('exit', resolve));
  }, 600_000);
});
