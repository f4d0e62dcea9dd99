// Writes output files atomically: a temporary file beside the target, then rename.
// An interrupted or failed run never leaves a half-written file; the old one survives.

import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now, removed if the process is stopped by a signal. */
const pending = new Set<string>();

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  pending.add(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  } finally {
    pending.delete(tmp);
  }
}

/** Remove unfinished temporary files (called from signal handlers; synchronous on purpose). */
export function removePendingTempFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
