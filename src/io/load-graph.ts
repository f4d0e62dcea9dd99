// loadGraph: a graph.json path (or a directory holding one), JSON text, or a parsed object
// -> a validated PaperGraph. Missing, corrupt or foreign files become InputErrors naming the
// file, never stack traces. Validation itself lives in src/graph-json.ts (browser-safe).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PaperGraph } from '../../graph/schema.js';
import { InputError } from '../errors.js';
import { graphFromJson } from '../graph-json.js';
import { GRAPH_FILE, graphFilePath } from './graph-path.js';

export interface LoadGraphOptions {
  /** Directory relative paths are resolved against; default process.cwd(). */
  cwd?: string;
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

function readGraphFile(path: string, shown: string): string {
  const file = graphFilePath(path);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && file === path) {
      throw new InputError(`graph file not found: ${shown} (run "papergraph build" first, or pass --graph FILE)`);
    }
    if (code === 'ENOENT') throw new InputError(`graph file not found: ${join(shown, GRAPH_FILE)}`);
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
  return graphFromJson(parseJson(readGraphFile(path, pathOrJson), pathOrJson), pathOrJson);
}
