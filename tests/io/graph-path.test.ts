// "A graph file or its directory" is decided by one function: a directory means
// DIR/graph.json, anything else is the file itself (also when it does not exist yet).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphDirectory, graphFilePath } from '../../src/io/graph-path.js';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-graph-path-'));
mkdirSync(join(dir, 'out'));
writeFileSync(join(dir, 'out', 'graph.json'), '{}');
writeFileSync(join(dir, 'saved-graph'), '{}');

describe('graph file or its directory', () => {
  it.each([
    ['a directory', 'out', 'out/graph.json', 'out'],
    ['a graph.json', 'out/graph.json', 'out/graph.json', 'out'],
    ['a file named otherwise', 'saved-graph', 'saved-graph', '.'],
    ['a path that does not exist yet', 'new/graph.json', 'new/graph.json', 'new'],
  ])('%s', (_what, path, file, directory) => {
    expect(graphFilePath(join(dir, path))).toBe(join(dir, file));
    expect(graphDirectory(join(dir, path))).toBe(join(dir, directory));
  });
});
