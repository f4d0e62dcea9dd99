// The map's static server: what it serves, with which headers, and what it refuses.
// Runs on a temp app dir and a free port; requests use node:http so paths stay raw.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestPath, startServer, type RunningServer } from '../../src/io/server.js';
import { runCli } from '../helpers/cli.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(server: RunningServer, path: string, init: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: { host: init.host ?? `127.0.0.1:${server.port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let server: RunningServer;
const GRAPH = JSON.stringify({ attributes: { name: 'papergraph', schemaVersion: 1 }, nodes: [], edges: [] });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papergraph-serve-'));
  await mkdir(join(dir, 'app/assets'), { recursive: true });
  await mkdir(join(dir, 'out'));
  await writeFile(join(dir, 'app/index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
  await writeFile(join(dir, 'app/assets/app.js'), 'console.log(1)');
  await writeFile(join(dir, 'app/assets/app.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  await writeFile(join(dir, 'out/graph.json'), GRAPH);
  server = await startServer({ appDir: join(dir, 'app'), graphFile: join(dir, 'out/graph.json'), port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('papergraph serve: what is served', () => {
  it('binds to 127.0.0.1 by default and gives its URL', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each([
    ['/', 200, 'text/html; charset=utf-8'],
    ['/index.html', 200, 'text/html; charset=utf-8'],
    ['/assets/app.js', 200, 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 200, 'text/css; charset=utf-8'],
    ['/graph.json', 200, 'application/json; charset=utf-8'],
    ['/graph.json?v=2', 200, 'application/json; charset=utf-8'],
  ])('GET %s -> %i %s', async (path, status, type) => {
    const reply = await get(server, path);
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves the graph file as it is on disk', async () => {
    expect((await get(server, '/graph.json')).body).toBe(GRAPH);
  });

  it('answers HEAD without a body', async () => {
    const reply = await get(server, '/', { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  });
});

describe('papergraph serve: what is refused', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets%2fapp.js',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets/./app.js',
    '//secret.txt',
    '/%00',
    '/%E0%A4%A',
    '/assets',
    '/assets/',
    '/secret.txt',
    '/out/graph.json',
    '/package.json',
  ])('GET %s -> 404', async (path) => {
    const reply = await get(server, path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('do not serve');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['POST', 'PUT', 'DELETE'])('%s -> 405', async (method) => {
    expect((await get(server, '/graph.json', { method })).status).toBe(405);
  });

  it.each(['evil.example', 'evil.example:80', '127.0.0.1.evil.example'])('Host %s -> 421 (DNS rebinding)', async (host) => {
    expect((await get(server, '/graph.json', { host })).status).toBe(421);
  });

  it.each(['localhost:1234', '127.0.0.1', '[::1]:8080'])('Host %s is accepted', async (host) => {
    expect((await get(server, '/', { host })).status).toBe(200);
  });
});

describe('requestPath', () => {
  it.each([
    ['/', '/index.html'],
    ['/a%20b.js', '/a b.js'],
    ['/x.js?y=..', '/x.js'],
    ['/../x', undefined],
    ['/%2e%2e/x', undefined],
    ['x', undefined],
  ])('%s -> %s', (raw, expected) => {
    expect(requestPath(raw)).toBe(expected);
  });
});

describe('papergraph serve (command)', () => {
  it('says clearly when the port is in use', async () => {
    const run = await runCli(['serve', join(dir, 'out'), '--app', join(dir, 'app'), '--port', String(server.port)]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain(`port ${server.port} on 127.0.0.1 is already in use`);
  });

  it.each([
    [['serve', 'nowhere'], 2, 'graph file not found'],
    [['serve', '.', '--port', 'http'], 64, '--port must be a whole number'],
    [['serve', '.', '--port', '70000'], 64, '--port must be a whole number'],
  ])('%j -> exit %i', async (argv, code, message) => {
    const run = await runCli(argv, dir);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('rejects a graph.json that is not a graph', async () => {
    await mkdir(join(dir, 'bad'), { recursive: true });
    await writeFile(join(dir, 'bad/graph.json'), '{"hello": 1}');
    const run = await runCli(['serve', 'bad', '--app', join(dir, 'app')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a papergraph graph');
  });

  it('says when the app is not built', async () => {
    const run = await runCli(['serve', 'out', '--app', join(dir, 'nothing'), '--port', '0'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the web app is not built');
  });
});
