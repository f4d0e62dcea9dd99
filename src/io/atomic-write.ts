// Writes output files atomically: a temporary file beside the target, then rename.
// An interrupted or failed run never leaves a half-written file; the old one survives.

import { rmSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now, removed if the process is stopped by a signal. */
const pending = new Set<string>();

/** Text given whole or as chunks (graph.json and GEXF of big graphs exceed V8's string limit). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Bytes per write (tests make it small). Two buffers of this size, outside the JS heap, per file. */
export const WRITE_BUFFER = { bytes: 1 << 20 };

/**
 * Write text chunks through two reused byte buffers: one is written while the other fills.
 * Joining chunks into big strings instead put every megabyte in V8's large-object space,
 * and on a 100k-paper build the full collections that followed took most of the write.
 */
async function writeChunks(file: FileHandle, chunks: Iterable<string>): Promise<void> {
  const size = WRITE_BUFFER.bytes;
  let filling = Buffer.allocUnsafe(size);
  let spare = Buffer.allocUnsafe(size);
  let used = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    if (used === 0) return;
    await writing;
    writing = file.write(filling, 0, used);
    [filling, spare] = [spare, filling];
    used = 0;
  };
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.byteLength(chunk);
      if (used + bytes > size) await flush();
      if (bytes > size) {
        // A chunk bigger than a buffer (a hub edge's evidence) goes out on its own.
        await writing;
        writing = file.write(chunk);
      } else {
        used += filling.write(chunk, used);
      }
    }
    await flush();
    await writing;
  } catch (error) {
    // The text failed midway: let the write in flight finish before the file is closed and removed.
    await writing.catch(() => undefined);
    throw error;
  }
}

async function writeContent(path: string, data: FileContent): Promise<void> {
  const file = await open(path, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await file.writeFile(data);
    else await writeChunks(file, data);
  } finally {
    await file.close();
  }
}

/** Whether a process with this id runs (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Remove temporary files of `path` left by runs that were killed (SIGKILL cannot be caught,
 * so they could not clean up); files of running processes are left alone.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const name = basename(path);
  const removed: string[] = [];
  for (const entry of await readdir(dirname(path)).catch((): string[] => [])) {
    if (!entry.startsWith(`.${name}.`) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(name.length + 2, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    const stale = join(dirname(path), entry);
    await rm(stale, { force: true });
    removed.push(stale);
  }
  return removed;
}

export async function writeFileAtomic(path: string, data: FileContent): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  await removeStaleTempFiles(path);
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
