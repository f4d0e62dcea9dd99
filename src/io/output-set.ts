// Replaces a set of output files (graph.json, graph.gexf, digest.md, digest.json) together
// or not at all. Every file is first written complete beside its target; then a commit
// record naming them is written, then they are renamed, then the record is removed. A run
// killed before the record leaves the old set (its temporary files are cleaned up later);
// killed after it, the next writer (or a SIGTERM handler, at once) finishes the renames.

import { renameSync, rmSync, statSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { discardTempFile, releaseTempFile, syncDirectory, writeFileAtomic, writeTempFile, type FileContent, type TempFile } from './atomic-write.js';

/** The commit record: present only between "all files written" and "all files renamed". */
const COMMIT_FILE = '.papergraph-commit.json';

export interface OutputFile {
  /** Path inside the output directory ("graph.json", "neo4j/nodes.csv"). */
  name: string;
  content: FileContent;
}

interface CommitRecord {
  pid: number;
  host: string;
  files: { name: string; tmp: string; bytes: number }[];
}

/**
 * Fault injection for tests: `PAPERGRAPH_TEST_KILL_AFTER_RENAMES=N` kills the process with
 * SIGKILL after N renames of a commit, as a power cut would. Never set outside tests.
 */
function crashPointReached(renamed: number): boolean {
  const at = process.env['PAPERGRAPH_TEST_KILL_AFTER_RENAMES'];
  return at !== undefined && Number(at) === renamed;
}

/** Commits being renamed now, finished synchronously by a signal handler (see finishCommitsSync). */
const committing = new Map<string, CommitRecord>();

/** A relative path that stays inside the output directory (a record is never trusted further). */
function isInside(path: unknown): path is string {
  return typeof path === 'string' && path !== '' && !isAbsolute(path) && !path.split(/[\\/]/).some((part) => part === '..' || part === '');
}

function parseRecord(text: string): CommitRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('files' in value) || !Array.isArray(value.files)) return undefined;
    const files = value.files.filter(
      (f: unknown): f is CommitRecord['files'][number] =>
        typeof f === 'object' && f !== null && 'name' in f && 'tmp' in f && isInside(f.name) && isInside(f.tmp),
    );
    return { pid: 0, host: '', files };
  } catch {
    return undefined;
  }
}

/**
 * Finish a commit left by a killed run: rename the files it wrote that are still waiting
 * (each was complete and flushed before the record was written), then drop the record.
 * Returns the names it renamed. Call it holding the directory's lock.
 */
export async function repairOutputs(dir: string): Promise<string[]> {
  const recordPath = join(dir, COMMIT_FILE);
  const text = await readFile(recordPath, 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const record = parseRecord(text);
  const renamed: string[] = [];
  for (const file of record?.files ?? []) {
    const tmp = join(dir, file.tmp);
    const info = await stat(tmp).catch(() => undefined);
    if (!info?.isFile()) continue; // renamed before the run stopped
    await rename(tmp, join(dir, file.name));
    renamed.push(file.name);
  }
  await syncDirectory(dir);
  await rm(recordPath, { force: true });
  await syncDirectory(dir);
  return renamed;
}

/** Whether this process is renaming a committed set now. */
export function committingNow(): boolean {
  return committing.size > 0;
}

/** Synchronous repair for signal handlers: finish the renames of commits under way in this process. */
export function finishCommitsSync(): void {
  for (const [dir, record] of committing) {
    for (const file of record.files) {
      const tmp = join(dir, file.tmp);
      try {
        if (statSync(tmp).isFile()) renameSync(tmp, join(dir, file.name));
      } catch {
        // Already renamed, or not possible now: the next run repairs from the record.
      }
    }
    try {
      // Only drop the record when every file has been renamed.
      const left = record.files.some((f) => {
        try {
          return statSync(join(dir, f.tmp)).isFile();
        } catch {
          return false;
        }
      });
      if (!left) rmSync(join(dir, COMMIT_FILE), { force: true });
    } catch {
      // No record: nothing to drop.
    }
  }
  committing.clear();
}

/**
 * Replace `files` in `dir` as one set. Errors before the commit record leave every previous
 * file as it was (and remove what was written); the error is thrown.
 */
export async function replaceOutputs(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  await repairOutputs(dir);
  const written: TempFile[] = [];
  try {
    for (const file of files) written.push(await writeTempFile(join(dir, file.name), file.content));
  } catch (error) {
    for (const file of written) await discardTempFile(file);
    throw error;
  }
  const record: CommitRecord = {
    pid: process.pid,
    host: hostname(),
    files: written.map((f, i) => ({ name: files[i]!.name, tmp: relative(dir, f.tmp), bytes: f.bytes })),
  };
  try {
    await writeFileAtomic(join(dir, COMMIT_FILE), `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    for (const file of written) await discardTempFile(file);
    throw error;
  }
  // Committed: from here the new set is the output, and a signal finishes the renames.
  committing.set(dir, record);
  for (const file of written) releaseTempFile(file);
  let renamed = 0;
  for (const file of written) {
    await rename(file.tmp, file.path);
    renamed++;
    if (crashPointReached(renamed)) process.kill(process.pid, 'SIGKILL');
  }
  await syncDirectory(dir);
  await rm(join(dir, COMMIT_FILE), { force: true });
  committing.delete(dir);
  await syncDirectory(dir);
  return files.map((f) => join(dir, f.name));
}
