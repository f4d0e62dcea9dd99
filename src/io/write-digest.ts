// The digest files written beside the graph: digest.md, digest.json, the offline page
// digest.html and the feed digest.atom, whose earlier entries (one per build) it keeps by
// reading the feed already there. `add` hands them to writeOutputs with the graph.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomTime, digestToAtom, feedId } from '../../graph/digest-atom.js';
import type { Digest } from '../../graph/digest.js';
import { digestToHtml } from '../../graph/digest-html.js';
import { digestToMarkdown } from '../../graph/digest-markdown.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { OutputFile } from './output-set.js';

export interface DigestFilesOptions {
  /** The Markdown already rendered (add prints it too). */
  markdown?: string;
  mapUrl?: string;
  /** When the feed entry is stamped (default: now). */
  now?: Date;
}

/** The four digest files for `dir`, and why an existing digest.atom could not be read. */
export function digestFiles(graph: PaperGraph, dir: string, digest: Digest, options: DigestFilesOptions = {}): { files: OutputFile[]; problem?: string } {
  const feedPath = join(dir, 'digest.atom');
  const previous = existsSync(feedPath) ? readFileSync(feedPath, 'utf8') : undefined;
  const links = options.mapUrl ? { mapUrl: options.mapUrl } : {};
  const feed = digestToAtom(digest, {
    id: feedId(graph),
    updated: atomTime(options.now ?? new Date()),
    ...links,
    ...(previous !== undefined ? { previous } : {}),
  });
  const files: OutputFile[] = [
    { name: 'digest.md', content: options.markdown ?? digestToMarkdown(digest) },
    { name: 'digest.json', content: `${JSON.stringify(digest, null, 2)}\n` },
    { name: 'digest.html', content: digestToHtml(digest, { ...links, feed: 'digest.atom' }) },
    { name: 'digest.atom', content: feed.xml },
  ];
  return feed.problem ? { files, problem: feed.problem } : { files };
}
