// `add` on a graph built with --no-layout: every old node sat at (0, 0), and ForceAtlas2
// spent 35-140 s pushing new nodes out of that pile. Now the old nodes get seeded positions
// first (as build gives), so the layout is the usual bounded one. Speed itself is a bench
// matter; this checks the cause: after the add, old nodes no longer share one spot.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnplaced } from '../../graph/unplaced.js';
import { loadGraph } from '../../src/io/load-graph.js';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');

describe('add on a graph built with --no-layout', () => {
  it('seeds the old nodes first, says so, and leaves no pile at one spot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-unplaced-'));
    const out = join(dir, 'out');
    expect((await runCli(['build', join(root, 'seeds/papers.txt'), '--out', out, '--no-layout'])).code).toBe(0);
    expect(isUnplaced(loadGraph(out))).toBe(true);
    writeFileSync(
      join(dir, 'new.jsonl'),
      `${JSON.stringify({ id: '2601.00002', title: 'MedRoBERTa', abstract: 'We fine-tune RoBERTa on clinical notes and call it MedRoBERTa.' })}\n`,
    );
    const run = await runCli(['add', join(dir, 'new.jsonl'), '--graph', out, '--workers', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/the graph had no positions .* seeded position first/);
    const graph = loadGraph(out);
    const spots = new Set(graph.mapNodes((_k, a) => `${a.x},${a.y}`));
    expect(spots.size).toBeGreaterThan(graph.order * 0.9);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toContain('MedRoBERTa');
  }, 60_000);
});
