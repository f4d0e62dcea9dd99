// Writes output files atomically: a temporary file beside the target, every byte written and
// flushed, then rename. An interrupted or failed run never leaves a half-written file; the
// old one survives. Sets of files replaced together build on this (output-set.ts).

import { rmSync } from 'node:fs';
import { lstat, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './is-running.js';
import { makeDirectory } from './make-directory.js';

/** Temporary files being written now, removed if the process is stopped by a signal. */
const pending = new Set<string>();

/** Text given whole or as chunks (graph.json and GEXF of big graphs exceed V8's string limit). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Bytes per write (tests make it small). Two buffers of this size, outside the JS heap, per file. */
export const WRITE_BUFFER = { bytes: 1 << 20 };

/**
 * The calls that touch the disk, in one object so a test can make a write short or fail
 * (a full disk cannot be staged on every machine). Production code never replaces them.
 */
export const DISK = {
  open: (path: string, flags: string): Promise<FileHandle> => open(path, flags),
};

/** An error with an errno-style code, like the ones node:fs throws. */
function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Write every byte of `buffer[offset, offset + length)`. A write may take fewer bytes than
 * asked (a disk that fills up, a signal): loop until all are written; a write that takes
 * none means the disk is full.
 */
async function writeAll(file: FileHandle, buffer: Uint8Array, offset: number, length: number): Promise<void> {
  while (length > 0) {
    const { bytesWritten } = await file.write(buffer, offset, length);
    if (!(bytesWritten > 0)) throw fsError('ENOSPC', `no space left on device (a write took 0 of ${length} bytes)`);
    offset += bytesWritten;
    length -= bytesWritten;
  }
}

/**
 * Write text chunks through two reused byte buffers: one is written while the other fills.
 * Joining chunks into big strings instead put every megabyte in V8's large-object space,
 * and on a 100k-paper build the full collections that followed took most of the write.
 * Resolves to the number of bytes written.
 */
async function writeChunks(file: FileHandle, chunks: Iterable<string>): Promise<number> {
  const size = WRITE_BUFFER.bytes;
  let filling = Buffer.allocUnsafe(size);
  let spare = Buffer.allocUnsafe(size);
  let used = 0;
  let total = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    if (used === 0) return;
    await writing;
    writing = writeAll(file, filling, 0, used);
    total += used;
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
        const big = Buffer.from(chunk);
        writing = writeAll(file, big, 0, big.length);
        total += big.length;
      } else {
        used += filling.write(chunk, used);
      }
    }
    await flush();
    await writing;
    return total;
  } catch (error) {
    // The text failed midway: let the write in flight finish before the file is closed and removed.
    await writing.catch(() => undefined);
    throw error;
  }
}

/** Write `data` to a new file at `path`, flushed to the disk (fsync); resolves to its size in bytes. */
async function writeContent(path: string, data: FileContent): Promise<number> {
  const file = await DISK.open(path, 'w');
  let bytes: number;
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      const buffer = typeof data === 'string' ? Buffer.from(data) : data;
      await writeAll(file, buffer, 0, buffer.byteLength);
      bytes = buffer.byteLength;
    } else {
      bytes = await writeChunks(file, data);
    }
    // On the disk before the rename makes it the file: a crash must not leave a renamed empty file.
    await file.sync();
  } finally {
    await file.close();
  }
  // The size on disk is the size written, or the file is not the text (belt and braces).
  const onDisk = (await stat(path)).size;
  if (onDisk !== bytes) throw fsError('EIO', `${path} holds ${onDisk} bytes after ${bytes} were written`);
  return bytes;
}

/** Flush a directory's entries (renames, new files) to the disk. Not every system allows it: best effort there. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : '';
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
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

/** A complete temporary file, on the disk, waiting to be renamed over its target. */
export interface TempFile {
  path: string;
  tmp: string;
  bytes: number;
}

/**
 * Write `data` beside `path` as a temporary file, every byte and flushed; nothing is renamed.
 * On failure the temporary file is removed and the error is thrown.
 */
export async function writeTempFile(path: string, data: FileContent): Promise<TempFile> {
  await makeDirectory(dirname(path));
  await removeStaleTempFiles(path);
  const tmp = tempPath(path);
  pending.add(tmp);
  try {
    return { path, tmp, bytes: await writeContent(tmp, data) };
  } catch (error) {
    await rm(tmp, { force: true });
    pending.delete(tmp);
    throw error;
  }
}

/** Forget a temporary file (it was renamed, or handed to a commit that must keep it). */
export function releaseTempFile(file: TempFile): void {
  pending.delete(file.tmp);
}

/** Remove a temporary file that will not be used. */
export async function discardTempFile(file: TempFile): Promise<void> {
  await rm(file.tmp, { force: true });
  pending.delete(file.tmp);
}

/**
 * Replace `path` with `data`: every byte written to a temporary file (short writes looped
 * on, the size checked, fsync), renamed over the target, then the directory flushed. On
 * any error the previous file is left as it was and the error is thrown.
 */
export async function writeFileAtomic(path: string, data: FileContent): Promise<void> {
  const file = await writeTempFile(path, data);
  try {
    await rename(file.tmp, path);
  } catch (error) {
    await discardTempFile(file);
    throw error;
  }
  releaseTempFile(file);
  await syncDirectory(dirname(path));
}

/** Remove unfinished temporary files (called from signal handlers; synchronous on purpose). */
export function removePendingTempFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
