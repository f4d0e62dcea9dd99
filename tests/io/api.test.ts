// The HTTP API of `papergraph serve`: every endpoint on the fixture graph answers what the
// library and the CLI's --json answer; unknown names are 404 with suggestions, bad
// parameters 400, lists bounded by limit. One test is a client in Python's standard
// library (urllib.request), independent of our code, against a real server.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineage, neighbours, papersFor, shortestPath } from '../../graph/query/index.js';
import { API_LIMITS, createApi } from '../../src/io/api.js';
import { startServer, type RunningServer } from '../../src/io/server.js';
import { graphSource } from '../../src/query-source.js';
import { fixtureGraph } from '../graph/fixture-graph.js';
import { runCli } from '../helpers/cli.js';

const graph = fixtureGraph();
const api = createApi(graphSource(graph), 'graph.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field, as a client reads JSON
function get(url: string): { status: number; body: any } {
  const answer = api.answer(url);
  if (!answer) throw new Error(`not an API URL: ${url}`);
  // Through JSON, as a client sees it.
  return { status: answer.status, body: JSON.parse(JSON.stringify(answer.body)) };
}

let dir: string;
let graphFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papergraph-api-'));
  graphFile = join(dir, 'graph.json');
  await writeFile(graphFile, JSON.stringify(graph.export()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cliJson(argv: string[]): Promise<unknown> {
  const run = await runCli([...argv, '--graph', graphFile, '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('GET /api/* answers as the library and the CLI', () => {
  it('neighbours = query neighbours --json, with bounds', async () => {
    const { status, body } = get('/api/neighbours?name=bert&type=model&direction=in&edge=derived_from&depth=2');
    expect(status).toBe(200);
    const cli = (await cliJson(['query', 'neighbours', 'bert', '--type', 'model', '--direction', 'in', '--edge', 'derived_from', '--depth', '2'])) as Record<
      string,
      unknown
    >;
    expect(body).toEqual({ ...cli, total: 4, limit: API_LIMITS.neighbours.default, truncated: false });
    expect(body.neighbours).toEqual(
      JSON.parse(JSON.stringify(neighbours(graph, 'model:bert', { direction: 'in', depth: 2, nodeTypes: ['model'], edgeTypes: ['derived_from'] }))),
    );
  });

  it('lineage = lineage --json', async () => {
    const { status, body } = get('/api/lineage?name=BioBERT&direction=ancestors');
    expect(status).toBe(200);
    expect(body).toEqual(await cliJson(['lineage', 'BioBERT', '--direction', 'ancestors']));
    expect(body.ancestors[0].label).toBe('BERT');
    expect(get('/api/lineage?name=BERT').body).toEqual(JSON.parse(JSON.stringify(lineage(graph, 'BERT'))));
  });

  it('papers = query papers --json', async () => {
    const { body } = get('/api/papers?name=BERT');
    const cli = (await cliJson(['query', 'papers', 'BERT'])) as { papers: unknown[] };
    expect(body).toEqual({ ...cli, total: cli.papers.length, limit: API_LIMITS.papers.default, truncated: false });
    expect(body.papers).toEqual(JSON.parse(JSON.stringify(papersFor(graph, 'BERT'))));
  });

  it('path = query path --json', async () => {
    const { body } = get('/api/path?from=BioBERT&to=DistilBERT');
    expect(body).toEqual(await cliJson(['query', 'path', 'BioBERT', 'DistilBERT']));
    expect(body.path.map((s: { label: string }) => s.label)).toEqual(shortestPath(graph, 'BioBERT', 'DistilBERT')?.map((s) => s.label));
    expect(get('/api/path?from=BioBERT&to=DistilBERT&directed=true').body.path).toBeNull();
  });

  it('node: attributes without layout, and edge counts by direction and type', () => {
    const { status, body } = get('/api/node?name=xlm%20roberta');
    expect(status).toBe(200);
    expect(body).toMatchObject({ key: 'model:xlm-r', type: 'model', label: 'XLM-R' });
    expect(body).not.toHaveProperty('x');
    expect(body.edges.out.derived_from).toBe(1);
    expect(body.edges.total).toBe(graph.degree('model:xlm-r'));
  });

  it('search: matching nodes {key, label, type, aliases}, best first, bounded', () => {
    const { body } = get('/api/search?q=bert');
    expect(body.results[0]).toMatchObject({ key: 'model:bert', label: 'BERT', type: 'model' });
    expect(body.results[0].aliases).toEqual(graph.getNodeAttribute('model:bert', 'aliases'));
    expect(body.results.map((r: { label: string }) => r.label)).toEqual(expect.arrayContaining(['BioBERT', 'DistilBERT', 'RoBERTa']));
    expect(get('/api/search?q=bert&limit=2').body.results).toHaveLength(2);
    expect(get('/api/search?q=bert&type=paper').body.results.every((r: { type: string }) => r.type === 'paper')).toBe(true);
  });

  it('bounds lists: limit, total and truncated', () => {
    const all = get('/api/neighbours?name=BERT').body;
    const two = get('/api/neighbours?name=BERT&limit=2').body;
    expect(two).toMatchObject({ total: all.total, limit: 2, truncated: true });
    expect(two.neighbours).toEqual(all.neighbours.slice(0, 2));
  });
});

describe('GET /api/* errors', () => {
  it('answers an unknown name with 404, the message and suggestions', () => {
    const { status, body } = get('/api/neighbours?name=Bertt');
    expect(status).toBe(404);
    expect(body.error).toMatch(/no node named "Bertt"/);
    expect(body.suggestions).toContain('BERT');
  });

  it.each([
    ['/api/neighbours', /missing parameter "name"/],
    ['/api/neighbours?name=BERT&depth=0', /"depth" must be a whole number from 1 to 3/],
    ['/api/neighbours?name=BERT&depth=9', /from 1 to 3/],
    ['/api/neighbours?name=BERT&direction=up', /one of in, out, both/],
    ['/api/neighbours?name=BERT&type=person', /"person" is not one of/],
    ['/api/neighbours?name=BERT&limit=100000', /from 1 to 1000/],
    ['/api/neighbours?name=BERT&nme=x', /unknown parameter "nme"/],
    ['/api/neighbours?name=BERT&name=GPT', /given 2 times/],
    ['/api/search?q=', /missing parameter "q"/],
    ['/api/path?from=BERT', /missing parameter "to"/],
    ['/api/path?from=BERT&to=GPT-2&directed=yes', /one of true, false/],
    ['/api/lineage?name=BERT&direction=up', /ancestors, descendants, both/],
  ])('answers %s with 400', (url, message) => {
    const { status, body } = get(url);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('answers an unknown endpoint with 404 and the list of endpoints', () => {
    const { status, body } = get('/api/everything');
    expect(status).toBe(404);
    expect(body.endpoints).toContain('/api/neighbours');
    expect(get('/api/constructor').status).toBe(404);
  });

  it('leaves other paths to the static server', () => {
    expect(api.answer('/graph.json')).toBeUndefined();
    expect(api.answer('/apiary')).toBeUndefined();
  });
});

describe('the API served over HTTP, called from Python (urllib.request)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const app = join(dir, 'app');
    await mkdir(app, { recursive: true });
    await writeFile(join(app, 'index.html'), '<!doctype html><title>map</title>');
    server = await startServer({ appDir: app, graphFile, port: 0, api });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers JSON with the right statuses and types to an independent client', async () => {
    const script = `
import json, sys, urllib.request, urllib.error
base = sys.argv[1]
def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, r.headers.get("Content-Type"), json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), json.load(e)
out = {}
for name, path in [("neighbours", "api/neighbours?name=BERT&type=model"), ("search", "api/search?q=roberta"),
                   ("missing", "api/node?name=Bertt"), ("bad", "api/neighbours?name=BERT&depth=x"),
                   ("lineage", "api/lineage?name=" + urllib.parse.quote("XLM-R") + "&direction=ancestors")]:
    status, ctype, body = get(path)
    out[name] = {"status": status, "type": ctype, "body": body}
print(json.dumps(out))
`;
    // Asynchronously: the server answers from this very process.
    const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', script, server.url], { encoding: 'utf8', timeout: 20_000 });
    const out = JSON.parse(stdout);
    expect(out.neighbours.status).toBe(200);
    expect(out.neighbours.type).toBe('application/json; charset=utf-8');
    expect(out.neighbours.body.neighbours.map((n: { label: string }) => n.label)).toEqual(['BioBERT', 'DistilBERT', 'RoBERTa']);
    expect(out.search.body.results[0].label).toBe('RoBERTa');
    expect(out.missing).toMatchObject({ status: 404, body: { suggestions: ['BERT'] } });
    expect(out.bad.status).toBe(400);
    expect(out.lineage.body.ancestors.map((s: { label: string }) => s.label)).toEqual(['RoBERTa']);
  });
});
