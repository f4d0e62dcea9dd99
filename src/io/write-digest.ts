// Writes the digest files beside the graph: digest.md, digest.json, the offline page
// digest.html and the feed digest.atom, whose earlier entries (one per build) it keeps.
// The only digest code that touches the file system; the renderers live in graph/.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomTime, digestToAtom, feedId } from '../../graph/digest-atom.js';
import type { Digest } from '../../graph/digest.js';
import { digestToHtml } from '../../graph/digest-html.js';
import { digestToMarkdown } from '../../graph/digest-markdown.js';
import type { PaperGraph } from '../../graph/schema.js';
import { writeFileAtomic, type FileContent } from './atomic-write.js';

export const DIGEST_FILES = ['digest.md', 'digest.json', 'digest.html', 'digest.atom'] as const;

export interface DigestFilesOptions {
  /** The Markdown already rendered (add prints it too). */
  markdown?: string;
  mapUrl?: string;
  /** When the feed entry is stamped (default: now). */
  now?: Date;
  /** How a file is saved (default: atomically). */
  write?: (path: string, text: FileContent) => Promise<void>;
}

/** Write the four digest files into `dir`; says why an existing digest.atom could not be read. */
export async function writeDigestFiles(graph: PaperGraph, dir: string, digest: Digest, options: DigestFilesOptions = {}): Promise<{ problem?: string }> {
  const write = options.write ?? writeFileAtomic;
  const feedPath = join(dir, 'digest.atom');
  const previous = existsSync(feedPath) ? readFileSync(feedPath, 'utf8') : undefined;
  const links = options.mapUrl ? { mapUrl: options.mapUrl } : {};
  const feed = digestToAtom(digest, { id: feedId(graph), updated: atomTime(options.now ?? new Date()), ...links, ...(previous !== undefined ? { previous } : {}) });
  await write(join(dir, 'digest.md'), options.markdown ?? digestToMarkdown(digest));
  await write(join(dir, 'digest.json'), `${JSON.stringify(digest, null, 2)}\n`);
  await write(join(dir, 'digest.html'), digestToHtml(digest, { ...links, feed: 'digest.atom' }));
  await write(feedPath, feed.xml);
  return feed.problem ? { problem: feed.problem } : {};
}
