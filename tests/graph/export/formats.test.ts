// The export registry: every row writes non-empty output for the fixture graph, names a
// distinct default file, and the CLI's `export` writes each row to that file. A new format
// is one row in graph/export/formats.ts; these tests pick it up without an edit.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTS, EXPORT_FORMATS, GRAPH_JSON, isExportFormat, type ExportText } from '../../../graph/export/formats.js';
import { loadGraph } from '../../../src/io/load-graph.js';
import { runCli } from '../../helpers/cli.js';
import { fixtureGraph } from '../fixture-graph.js';

const graph = fixtureGraph();
const text = (t: ExportText) => (typeof t === 'string' ? t : [...t].join(''));

describe('export registry', () => {
  it('lists its own keys as the formats, each with a distinct file and a description', () => {
    expect(EXPORT_FORMATS).toEqual(Object.keys(EXPORTS));
    const files = [GRAPH_JSON, ...EXPORT_FORMATS.map((f) => EXPORTS[f])].map((s) => s.file);
    expect(new Set(files).size).toBe(files.length);
    for (const format of EXPORT_FORMATS) expect(EXPORTS[format].description.length).toBeGreaterThan(10);
    expect(isExportFormat('gexf')).toBe(true);
    expect(isExportFormat('toString')).toBe(false);
  });

  it.each(EXPORT_FORMATS)('%s writes non-empty output naming every node', (format) => {
    const output = EXPORTS[format].write(graph);
    const texts = output.kind === 'file' ? [text(output.text)] : Object.values(output.files).map(text);
    const all = texts.join('\n');
    for (const t of texts) expect(t.length).toBeGreaterThan(0);
    graph.forEachNode((_key, a) => expect(all).toContain(a.type));
  });

  it("GRAPH_JSON is graphology's serialisation", () => {
    const output = GRAPH_JSON.write(graph);
    expect(output.kind === 'file' && JSON.parse(text(output.text))).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });
});

describe('papergraph export, one run per registry row', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-formats-'));
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph.export()));
  const loaded = loadGraph(join(dir, 'graph.json'));

  it.each(EXPORT_FORMATS)('export %s writes its default file beside the graph', async (format) => {
    const run = await runCli(['export', format, '--graph', join(dir, 'graph.json')]);
    expect(run.code).toBe(0);
    const out = join(dir, EXPORTS[format].file);
    expect(existsSync(out)).toBe(true);
    const output = EXPORTS[format].write(loaded);
    if (output.kind === 'file') expect(readFileSync(out, 'utf8')).toBe(text(output.text));
    else {
      expect(statSync(out).isDirectory()).toBe(true);
      for (const [name, t] of Object.entries(output.files)) expect(readFileSync(join(out, name), 'utf8')).toBe(text(t));
    }
  });
});
