// Writes output files atomically: a temporary file beside the target, then rename.
// An interrupted or failed run never leaves a half-written file; the old one survives.

import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now, removed if the process is stopped by a signal. */
const pending = new Set<string>();

/** Text given whole or as chunks (graph.json and GEXF of big graphs exceed V8's string limit). */
export type FileContent = string | Uint8Array | Iterable<string>;

async function writeContent(path: string, data: FileContent): Promise<void> {
  const file = await open(path, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await file.writeFile(data);
      return;
    }
    // Batch small chunks into writes of about 1 MB. One write is in flight while the next
    // batch is made, so making text and writing it overlap; awaiting the previous write
    // first keeps them in order.
    let buffer: string[] = [];
    let size = 0;
    let writing: Promise<unknown> = Promise.resolve();
    try {
      for (const chunk of data) {
        buffer.push(chunk);
        size += chunk.length;
        if (size >= 1 << 20) {
          const text = buffer.join('');
          buffer = [];
          size = 0;
          await writing;
          writing = file.write(text);
        }
      }
    } catch (error) {
      // The text failed midway: let the write in flight finish before the file is closed and removed.
      await writing.catch(() => undefined);
      throw error;
    }
    await writing;
    if (buffer.length) await file.write(buffer.join(''));
  } finally {
    await file.close();
  }
}

export async function writeFileAtomic(path: string, data: FileContent): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  pending.add(tmp);
  try {
    await writeContent(tmp, data);
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
