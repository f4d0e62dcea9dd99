// "A graph file or its directory", decided in one place: every --graph option, `serve DIR`
// and loadGraph take graph.json or the directory that holds it. A directory means
// DIR/graph.json; anything else, also a path that does not exist yet, is the file itself.

import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file name build writes and every command reads in a graph directory. */
export const GRAPH_FILE = 'graph.json';

/** The graph.json behind `path`. */
export function graphFilePath(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, GRAPH_FILE) : path;
  } catch {
    return path;
  }
}

/** The directory of the graph behind `path`: where its exports and digests go. */
export function graphDirectory(path: string): string {
  return dirname(graphFilePath(path));
}
