// An advisory lock on an output directory, so two `build`s or `add`s never write one graph
// at once (the second would read the graph before the first saved it, and lose its papers).
// The lock file holds the pid and host of its owner; a lock whose process is gone (this
// host), or untouched for an hour (another host), is stale and taken over.

import { readFileSync, rmSync } from 'node:fs';
import { link, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { BusyError } from '../errors.js';
import { isRunning } from './is-running.js';
import { makeDirectory } from './make-directory.js';

const LOCK_FILE = '.papergraph.lock';

/** A lock of another host counts as abandoned after this long without a refresh. */
const FOREIGN_LOCK_MAX_AGE_MS = 60 * 60 * 1000;
/** How often a held lock's time is refreshed (well under the age above). */
const REFRESH_MS = 60 * 1000;
/** Poll interval while waiting for a lock. */
const WAIT_STEP_MS = 200;

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface OutputLock {
  path: string;
  release: () => Promise<void>;
}

export interface LockOptions {
  /** What takes the lock, for the other process's message ("build", "add"). */
  command: string;
  /** Seconds to wait for a held lock; 0 (default) fails at once. */
  waitSeconds?: number;
}

/** Locks held by this process, released by signal handlers (see releaseLocksSync). */
const held = new Set<string>();

function readOwner(text: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, host, command, since } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return undefined;
    return { pid, host, command: typeof command === 'string' ? command : '?', since: typeof since === 'string' ? since : '?' };
  } catch {
    return undefined;
  }
}

/** Whether a lock file belongs to a run that can no longer release it. */
async function isStale(path: string, owner: LockOwner | undefined): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return true;
  // A lock file is written whole before it is linked in place: unreadable means foreign junk.
  if (!owner) return Date.now() - info.mtimeMs > REFRESH_MS;
  if (owner.host === hostname()) return owner.pid !== process.pid && !isRunning(owner.pid);
  return Date.now() - info.mtimeMs > FOREIGN_LOCK_MAX_AGE_MS;
}

/** Create the lock file with its content in one step (link fails if it exists). */
async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(owner)}\n`);
  try {
    await link(tmp, path);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(tmp, { force: true });
  }
}

function busyMessage(dir: string, owner: LockOwner | undefined, waited: number): string {
  const who = owner ? `papergraph ${owner.command} (pid ${owner.pid} on ${owner.host}, since ${owner.since})` : 'another papergraph run';
  const wait = waited > 0 ? ` after waiting ${waited} s` : '';
  return `${dir} is being written by ${who}${wait}: nothing was changed. Run again when it is done (or pass --wait SECONDS); if that process is gone, remove ${join(dir, LOCK_FILE)}`;
}

/**
 * Take the lock of `dir` (created if missing), waiting up to `waitSeconds`; throws BusyError
 * when another live run holds it. Creating the lock is also the check that `dir` is writable.
 */
export async function lockOutputDir(dir: string, options: LockOptions): Promise<OutputLock> {
  await makeDirectory(dir);
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString() };
  const deadline = Date.now() + (options.waitSeconds ?? 0) * 1000;
  for (;;) {
    if (await tryCreate(path, owner)) break;
    const text = await readFile(path, 'utf8').catch(() => '');
    const current = readOwner(text);
    if (await isStale(path, current)) {
      // Check again right before removing: another run may have just taken it over.
      const again = await readFile(path, 'utf8').catch(() => '');
      if (again === text) await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new BusyError(busyMessage(dir, current, options.waitSeconds ?? 0));
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  held.add(path);
  // Keeps the lock fresh for other hosts on a shared volume; never keeps the process alive.
  const timer = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), REFRESH_MS);
  timer.unref();
  return {
    path,
    release: async () => {
      clearInterval(timer);
      held.delete(path);
      await rm(path, { force: true });
    },
  };
}

/** Release this process's locks synchronously (signal handlers), if the files are still ours. */
export function releaseLocksSync(): void {
  for (const path of held) {
    try {
      if (readOwner(readFileSync(path, 'utf8'))?.pid === process.pid) rmSync(path, { force: true });
    } catch {
      // Gone already.
    }
  }
  held.clear();
}
