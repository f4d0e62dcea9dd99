// The package's runtime dependencies are exactly the packages its entry points reach (the
// library, its pure core, the CLI and the extraction worker, following relative imports), so
// an unused dependency, or one only tests or the bundled map use, fails here instead of being
// installed by every user.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, packageOf, REPO_ROOT } from '../helpers/imports.js';

const ENTRY_POINTS = ['src/index.ts', 'src/core.ts', 'src/cli.ts', 'src/io/extract-worker.ts'];
/** Imported by shipped code, yet rightly a dev dependency. */
const DEV_ONLY: Record<string, string> = {
  esbuild: 'src/io/worker-pool.ts loads it only when running from the TypeScript sources (a clone)',
};

/** The repository file a relative specifier names ("./x.js" is written for "./x.ts"). */
function resolveSource(from: string, spec: string): string | undefined {
  const base = relative(REPO_ROOT, resolve(dirname(join(REPO_ROOT, from)), spec));
  return [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base].find((f) => existsSync(join(REPO_ROOT, f)));
}

/** Packages reached from the entry points. */
function reachedPackages(): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [...ENTRY_POINTS];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      const name = packageOf(spec);
      if (name) packages.add(name);
      else if (spec.startsWith('.')) queue.push(resolveSource(file, spec) ?? `${spec} (unresolved from ${file})`);
    }
  }
  return packages;
}

const manifest: { dependencies: Record<string, string> } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const reached = reachedPackages();

describe('package.json dependencies', () => {
  it('lists every package the entry points reach', () => {
    expect([...reached].filter((p) => !(p in manifest.dependencies) && !(p in DEV_ONLY)).sort()).toEqual([]);
  });
  it('lists nothing they do not reach (test-only and map-only packages are devDependencies)', () => {
    expect(Object.keys(manifest.dependencies).filter((p) => !reached.has(p))).toEqual([]);
  });
  it.each([
    ['graphology-shortest-path/unweighted.js', 'graphology-shortest-path'],
    ['@react-sigma/core', '@react-sigma/core'],
    ['node:fs', undefined],
    ['../types.js', undefined],
  ])('reads %s as package %s', (spec, name) => {
    expect(packageOf(spec)).toBe(name);
  });
});
