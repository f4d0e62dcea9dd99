// The one writer of a run's outputs, shared by `build` and `add`: graph.json, graph.gexf and
// any extra files (the digest) replaced together (output-set.ts), with file-system errors
// turned into OutputErrors that name the file and say the previous files were kept.
// Also the checks made before any work: the directory writable (its lock), free space.

import { statfs, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORTS, GRAPH_JSON, type ExportFormat, type ExportFormatSpec } from '../../graph/export/formats.js';
import type { PaperGraph } from '../../graph/schema.js';
import { OutputError, PapergraphError } from '../errors.js';
import { lockOutputDir, type LockOptions, type OutputLock } from './output-lock.js';
import { repairOutputs, replaceOutputs, type OutputFile } from './output-set.js';

export interface PreparedOutput extends OutputLock {
  repaired: string[];
}

/**
 * What a run can write: graph.json, or any row of the export registry (graph/export/formats.ts).
 * build and add write `graph` and `gexf`; a directory format (csv) writes its files inside.
 */
export type GraphOutput = 'graph' | ExportFormat;

function specOf(format: GraphOutput): ExportFormatSpec {
  return format === 'graph' ? GRAPH_JSON : EXPORTS[format];
}

/** The file name (or directory) of a format in the output directory. */
export function outputName(format: GraphOutput): string {
  return specOf(format).file;
}

export interface WriteOutputsOptions {
  /** File names other than the defaults (`add --graph my.json`). */
  names?: Partial<Record<GraphOutput, string>>;
  /** More files of the same set (digest.md, digest.json). */
  extra?: readonly OutputFile[];
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'a directory is in the way',
};

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A file-system error as an OutputError naming `what`, or the error unchanged. */
function outputError(error: unknown, what: string, consequence: string): unknown {
  if (error instanceof PapergraphError) return error;
  const code = errorCode(error);
  if (!code) return error;
  return new OutputError(`cannot write ${what}: ${REASONS[code] ?? (error instanceof Error ? error.message : code)} (${code}); ${consequence}`);
}

/** The files of one run's set, in the order they are written (names relative to the directory). */
function outputFiles(graph: PaperGraph, formats: readonly GraphOutput[], options: WriteOutputsOptions = {}): OutputFile[] {
  const files: OutputFile[] = [];
  for (const format of formats) {
    const name = options.names?.[format] ?? outputName(format);
    const output = specOf(format).write(graph);
    if (output.kind === 'file') files.push({ name, content: output.text });
    else for (const [inner, text] of Object.entries(output.files)) files.push({ name: `${name}/${inner}`, content: text });
  }
  return [...files, ...(options.extra ?? [])];
}

/**
 * Write the graph in `formats` (and `options.extra`) into `dir` as one set: all replaced, or
 * on any error none (OutputError, exit 73). Resolves to the paths written.
 */
export async function writeOutputs(graph: PaperGraph, dir: string, formats: readonly GraphOutput[], options: WriteOutputsOptions = {}): Promise<string[]> {
  try {
    return await replaceOutputs(dir, outputFiles(graph, formats, options));
  } catch (error) {
    throw outputError(error, `the output in ${dir}`, 'the previous files are unchanged');
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Before any work: take the lock of `dir` (which proves it writable) and check that the
 * disk has room for a new copy of the previous output (`names`: the files it will replace),
 * since the new files are written beside the old ones before they replace them. Finishes
 * the set of a run killed during its renames (listed in `repaired`).
 */
export async function prepareOutputDir(dir: string, names: readonly string[], lock: LockOptions): Promise<PreparedOutput> {
  let held: OutputLock;
  try {
    held = await lockOutputDir(dir, lock);
  } catch (error) {
    throw outputError(error, `to ${dir}`, 'nothing was read or built');
  }
  try {
    // A run killed during its renames left a committed set half renamed: finish it before reading.
    const repaired = await repairOutputs(dir);
    const sizes = await Promise.all(
      names.map((name) =>
        stat(join(dir, name)).then(
          (s) => (s.isFile() ? s.size : 0),
          () => 0,
        ),
      ),
    );
    const needed = sizes.reduce((sum, size) => sum + size, 0);
    const disk = await statfs(dir).catch(() => undefined);
    const free = disk ? disk.bavail * disk.bsize : Infinity;
    if (needed > free) {
      throw new OutputError(
        `not enough free space in ${dir}: ${megabytes(free)} free, the previous output takes ${megabytes(needed)} and the new one is written beside it before replacing it; nothing was read or built`,
      );
    }
    return { ...held, repaired };
  } catch (error) {
    await held.release();
    throw outputError(error, `to ${dir}`, 'nothing was read or built');
  }
}
