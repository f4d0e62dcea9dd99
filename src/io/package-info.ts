// Where papergraph is installed and which version it is. Found by walking up from this
// module to papergraph's own package.json, so the same code works from src/ (a clone, run
// through tsx) and from dist/lib/src/ (the compiled package). Reads one small file, once.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  /** Directory holding papergraph's package.json. */
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

function readManifest(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    const manifest = existsSync(file) ? readManifest(file) : undefined;
    if (manifest?.name === 'papergraph') {
      cached = { root: dir, version: typeof manifest.version === 'string' ? manifest.version : '0.0.0' };
      return cached;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`papergraph's package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The built map (vite.config.ts writes it to dist/web at the package root). */
export function defaultAppDir(): string {
  return join(packageInfo().root, 'dist', 'web');
}
