// Writes output files atomically: a temporary file beside the target, then rename.
// An interrupted or failed run never leaves a half-written file; the old one survives.

import { rmSync } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
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

/** This machine's name as it goes into temporary file names (one path segment, no dots). */
export const TEMP_HOST = hostname().replace(/[^A-Za-z0-9-]/g, '_') || 'host';

/** A temporary file of another machine (shared volume) counts as abandoned after this long untouched. */
const FOREIGN_TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/** `.graph.json.<host>.<pid>.tmp`: the host makes the process check meaningful on shared volumes. */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${TEMP_HOST}.${process.pid}.tmp`);
}

/** Whether a temporary file of `path` named `entry` belongs to a run that cannot finish it. */
async function isAbandoned(dir: string, entry: string, prefix: string): Promise<boolean> {
  const parts = entry.slice(prefix.length, -'.tmp'.length).split('.');
  // `<host>.<pid>`, or `<pid>` alone as papergraph named them before (no host: any machine's).
  const [host, pidText] = parts.length === 1 ? ['', parts[0]] : parts;
  const pid = Number(pidText);
  if (parts.length > 2 || !Number.isInteger(pid) || pid <= 0) return false;
  if (host === TEMP_HOST) return pid !== process.pid && !isRunning(pid);
  // Another machine's process cannot be checked from here: only a file long untouched is let go.
  const info = await lstat(join(dir, entry));
  return info.isFile() && Date.now() - info.mtimeMs > FOREIGN_TEMP_MAX_AGE_MS;
}

/**
 * Remove temporary files of `path` left by killed runs (SIGKILL cannot be caught, so they
 * could not clean up): this machine's when their process is gone, another machine's once
 * untouched for an hour. Best effort: a file that cannot be checked or removed is left, and
 * never fails the write that called this.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const removed: string[] = [];
  for (const entry of await readdir(dir).catch((): string[] => [])) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    try {
      if (!(await isAbandoned(dir, entry, prefix))) continue;
      await rm(join(dir, entry));
      removed.push(join(dir, entry));
    } catch {
      // Not ours to fix (a directory, another user's file): leave it.
    }
  }
  return removed;
}

export async function writeFileAtomic(path: string, data: FileContent): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await removeStaleTempFiles(path);
  const tmp = tempPath(path);
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
