// Saves what an export format's `write` returned (graph/export/formats.ts) atomically: a file at `out`,
// or a directory format's files inside `out`. The single place an export reaches the disk;
// `papergraph export`, build and add all call it. Returns the paths written.

import { join } from 'node:path';
import type { ExportOutput } from '../../graph/export/formats.js';
import { writeFileAtomic } from './atomic-write.js';

export async function writeExport(output: ExportOutput, out: string): Promise<string[]> {
  if (output.kind === 'file') {
    await writeFileAtomic(out, output.text);
    return [out];
  }
  const written: string[] = [];
  for (const [name, text] of Object.entries(output.files)) {
    const path = join(out, name);
    await writeFileAtomic(path, text);
    written.push(path);
  }
  return written;
}
