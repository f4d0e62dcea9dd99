// overview.json beside graph.json for big graphs (graph/overview.ts): the map opens it first.
// For a smaller graph the map reads graph.json itself, so an overview left by an earlier
// build of a big graph in the same directory is removed.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { graphJsonChunks } from '../../graph/export/graph-json.js';
import { OVERVIEW_ABOVE, overviewGraph } from '../../graph/overview.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { OutputFile } from './output-set.js';

export const OVERVIEW_FILE = 'overview.json';

/** The overview as an extra output of the run, or nothing (and any stale one removed). */
export async function overviewOutputs(graph: PaperGraph, dir: string): Promise<OutputFile[]> {
  if (graph.order >= OVERVIEW_ABOVE) return [{ name: OVERVIEW_FILE, content: graphJsonChunks(overviewGraph(graph)) }];
  await rm(join(dir, OVERVIEW_FILE), { force: true });
  return [];
}
