// loadGraph: a graph.json path (or a directory holding one), JSON text, or a parsed object
// -> a validated PaperGraph. Missing, corrupt or foreign files become InputErrors naming the
// file, never stack traces. Validation itself lives in src/graph-json.ts (browser-safe); files
// of any size load, big ones parsed element by element (graph-json-stream.ts).

import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PaperGraph } from '../../graph/schema.js';
import { InputError } from '../errors.js';
import { graphFromJson } from '../graph-json.js';
import { streamGraphFile } from './graph-json-stream.js';

export interface LoadGraphOptions {
  /** Directory relative paths are resolved against; default process.cwd(). */
  cwd?: string;
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Files above this size are parsed element by element (graph-json-stream.ts); smaller ones at once (faster). */
export const STREAM_ABOVE = { bytes: 256 * 1024 * 1024 };

/** The graph file behind `path` (a file, or a directory holding graph.json) and its size. */
function locateGraphFile(path: string, shown: string): { file: string; size: number } {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, 'graph.json');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new InputError(`graph file not found: ${shown} (run "papergraph build" first, or pass --graph FILE)`);
    }
    throw new InputError(`cannot read graph file ${shown}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new InputError(`cannot read graph file ${shown}: not a regular file`);
    return { file, size: info.size };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new InputError(`graph file not found: ${file === path ? shown : join(shown, 'graph.json')}`);
    throw new InputError(`cannot read graph file ${shown}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readGraphFile(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read graph file ${shown}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseJson(text: string, source: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new InputError(`${source} is empty, not a graph.json`);
  try {
    return JSON.parse(body);
  } catch (error) {
    const what = /^\s*</.test(body) ? ' (it looks like XML: GEXF and GraphML files cannot be loaded, pass graph.json)' : '';
    throw new InputError(`${source} is not valid JSON${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Load a graph: `loadGraph('out/graph.json')`, `loadGraph('out')`, `loadGraph(jsonText)` or
 * `loadGraph(graph.export())`. Throws InputError when the input is not a valid graph.
 */
export function loadGraph(pathOrJson: string | object, options: LoadGraphOptions = {}): PaperGraph {
  if (typeof pathOrJson !== 'string') return graphFromJson(pathOrJson, 'graph object');
  if (/^\s*[{[]/.test(pathOrJson)) return graphFromJson(parseJson(pathOrJson, 'graph JSON text'), 'graph JSON text');
  const path = resolve(options.cwd ?? process.cwd(), pathOrJson);
  const { file, size } = locateGraphFile(path, pathOrJson);
  // A big file never becomes one string (V8's limit is near 512 MiB): parsed piece by piece.
  if (size > STREAM_ABOVE.bytes) return streamGraphFile(file, pathOrJson);
  return graphFromJson(parseJson(readGraphFile(file, pathOrJson), pathOrJson), pathOrJson);
}
