// Reads every import line of the sources and fails on an edge the house style forbids
// (STYLE.md "Who may import whom"), so the extractors stay browser-safe and graph/ stays pure.
// eslint.config.js states the same edges as no-restricted-imports, so editors show them too.
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, REPO_ROOT as root, sourceFiles } from '../helpers/imports.js';

/** A specifier as a repo path ("graph/schema.js") or a package name ("compromise", "node:fs"). */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(root, resolve(dirname(join(root, file)), spec));
}

interface Rule {
  files: RegExp;
  forbidden: RegExp;
  why: string;
}

const NODE = /^(node:|fs$|path$|os$|child_process$|worker_threads$)/;
const RULES: Rule[] = [
  { files: /^extractors\//, forbidden: /^(graphology|sigma|react|@react-sigma|graph\/|web\/)|^node:/, why: 'extractors are pure and run in the browser' },
  { files: /^extractors\//, forbidden: /^src\/(?!types|normalize)/, why: 'extractors may use only src/types and src/normalize' },
  { files: /^graph\//, forbidden: /^(compromise|react|sigma|@react-sigma|extractors\/|web\/)|^node:/, why: 'graph/ is graphology only' },
  { files: /^graph\//, forbidden: /^src\/(?!(types|errors|normalize)\.js$)/, why: 'graph/ may use only the leaves src/types, src/errors and src/normalize' },
  {
    files: /^src\/(?!cli\.ts|io\/|commands\/)/,
    forbidden: NODE,
    why: 'the library core runs in the browser; node:* belongs in src/io, src/commands, src/cli.ts',
  },
  { files: /^src\//, forbidden: /^(react|react-dom|sigma|@react-sigma|web\/)/, why: 'the library never imports the web app' },
  { files: /^web\//, forbidden: /^extractors\/|^node:/, why: 'the web app uses the library, not extractor files, and no node:*' },
  { files: /^web\//, forbidden: /^src\/io\//, why: 'the web app runs in the browser: no src/io' },
];

const forbiddenBy = (file: string, to: string) => RULES.filter((r) => r.files.test(file) && r.forbidden.test(to));

describe('import boundaries', () => {
  it.each([
    ['graph/query/find-node.ts', 'src/io/load-graph.js'],
    ['graph/query/find-node.ts', 'src/core.js'],
    ['graph/export/gexf.ts', 'node:fs'],
    ['graph/layout.ts', 'extractors/index.js'],
    ['web/app.tsx', 'src/io/load-graph.js'],
    ['web/app.tsx', 'extractors/extract.js'],
    ['extractors/names.ts', 'src/core.js'],
    ['extractors/names.ts', 'graphology'],
    ['src/pipeline.ts', 'node:fs'],
    ['src/index.ts', 'web/app.js'],
  ])('forbids %s -> %s', (file, to) => {
    expect(forbiddenBy(file, to)).not.toEqual([]);
  });
  it.each([
    ['graph/query/find-node.ts', 'src/types.js'],
    ['graph/query/find-node.ts', 'src/errors.js'],
    ['graph/keys.ts', 'src/normalize.js'],
    ['web/app.tsx', 'src/graph-json.js'],
    ['src/io/load-graph.ts', 'node:fs'],
  ])('allows %s -> %s', (file, to) => {
    expect(forbiddenBy(file, to)).toEqual([]);
  });

  const files = ['src', 'extractors', 'graph', 'web'].flatMap(sourceFiles);
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it('has no forbidden import edge', () => {
    const violations: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        const to = target(file, spec);
        for (const rule of RULES) {
          if (rule.files.test(file) && rule.forbidden.test(to)) violations.push(`${file} -> ${spec} (${rule.why})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
