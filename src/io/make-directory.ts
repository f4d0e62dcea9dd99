// Creates a directory and its missing parents one level at a time. Node's own
// `mkdir(dir, { recursive: true })` never returns for a path under /proc (it retries the
// ENOENT there forever), so a mistyped --out hung instead of failing with a message.

import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Make `dir` and any missing parent; an existing directory is fine. Errors are the OS's own. */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    const info = await stat(current).catch(() => undefined);
    if (info) break;
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      // Another run may have made it between the stat and the mkdir.
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
}
