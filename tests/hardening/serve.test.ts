// `papergraph serve` as a real process: files streamed with validators and compression,
// hashed assets immutable, duplicate Host headers refused, memory flat while 50 clients
// fetch a 40 MB graph.json at once, and Ctrl-C ends it with its own message and exit 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { chooseEncoding } from '../../src/io/static-files.js';
import { syntheticGraphJson } from '../helpers/synthetic-graph.js';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'papergraph-serve-hard-'));
const ASSET = '/assets/index-B3xK9q_a.js';
let child: ChildProcess;
let port = 0;
let stderr = '';
const exited = new Promise<number | null>((resolve) => {
  beforeAll(async () => {
    const app = join(dir, 'app');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(app, 'index.html'), `<!doctype html><script type="module" src="${ASSET}"></script>`);
    writeFileSync(join(app, ASSET.slice(1)), 'console.log("map");'.repeat(200));
    await writeFileAtomic(join(dir, 'graph.json'), syntheticGraphJson(15_000)); // ~40 MB
    child = spawn(process.execPath, [join(root, 'bin/papergraph.mjs'), 'serve', dir, '--port', '0', '--app', app], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve(code));
    port = await new Promise<number>((found, fail) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) found(Number(m[1]));
      });
      child.on('exit', () => fail(new Error(`serve exited early: ${stderr}`)));
    });
  }, 120_000);
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, keep = true): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => keep && parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Peak resident memory of the server so far (VmHWM), and the current one, in MB. */
function memory(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

describe('papergraph serve, hardened', () => {
  it('sends ETag and Last-Modified, and 304 to a client that has the file', async () => {
    const first = await get('/graph.json');
    expect(first.status).toBe(200);
    expect(first.body.equals(readFileSync(join(dir, 'graph.json')))).toBe(true);
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    expect(first.headers['cache-control']).toBe('no-cache');
    expect((await get('/graph.json', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/graph.json', { 'if-modified-since': String(first.headers['last-modified']) })).status).toBe(304);
  });

  it('compresses with brotli or gzip as the client accepts, and the bytes come back the same', async () => {
    const plain = readFileSync(join(dir, 'graph.json'));
    const br = await get('/graph.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.length / 5);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    const gz = await get('/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBeUndefined(); // index.html is under 1 KB
    const asset = await get(ASSET, { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.body).toString()).toContain('console.log');
    expect(asset.headers['vary']).toBe('Accept-Encoding');
    expect(chooseEncoding('identity, *;q=0')).toBe('identity');
  });

  it('caches hashed assets as immutable, the rest revalidated', async () => {
    expect((await get(ASSET)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
  });

  it('refuses a request with two Host headers (400)', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /graph.json HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('keeps memory flat while 50 clients fetch a 40 MB graph.json at once', async () => {
    const before = memory(child.pid!);
    const replies = await Promise.all(Array.from({ length: 50 }, () => get('/graph.json', {}, false)));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const after = memory(child.pid!);
    // Reading the file whole per request grew the server by ~2 GB here; streams add little.
    expect(after.peak - before.peak).toBeLessThan(300);
  }, 120_000);

  it('ends on Ctrl-C with its own message and exit 0', async () => {
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/papergraph: stopped serving \(Ctrl-C\)/);
    expect(stderr).not.toMatch(/interrupted|output files/);
  });
});
