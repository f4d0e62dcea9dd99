// The digest as an Atom 1.0 feed (RFC 4287), one entry per build: each `add` puts its day's
// entry first and keeps the entries of the feed already there, so a feed reader subscribed to
// DIR/digest.atom sees one item a day. Built and parsed with fast-xml-parser; pure: the caller
// reads the old feed and saves the new one.

import { XMLParser } from 'fast-xml-parser';
import type { Digest } from './digest-types.js';
import { DigestLinks, groupNodes, summaryNodes } from './digest-html.js';
import { digestView, type ViewEntry } from './digest-view.js';
import type { PaperGraph } from './schema.js';
import { el, htmlFragment, xmlDocument, type XmlNode } from './xml-tree.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** Entries kept in the feed, newest first. */
export const MAX_FEED_ENTRIES = 30;

export interface DigestAtomOptions {
  /** The feed's id, the same every day (see feedId). */
  id: string;
  /** When this entry was written, RFC 3339 (`2026-06-30T06:00:00Z`). */
  updated: string;
  /** The feed written before, whose other entries are kept. */
  previous?: string;
  maxEntries?: number;
  mapUrl?: string;
  /** The page and the feed, relative to the feed. */
  html?: string;
  self?: string;
}

export interface DigestAtom {
  xml: string;
  /** Entries carried over from the previous feed. */
  kept: number;
  /** Why the previous feed was not read, when it was given but unreadable. */
  problem?: string;
}

/** A feed id that stays the same for the life of a graph: named after its first build. */
export function feedId(graph: PaperGraph): string {
  const first = graph.getAttribute('builds')?.[0] ?? 'unlabelled';
  return `tag:papergraph,2026:digest/${encodeURIComponent(first)}`;
}

/** RFC 3339 without fractions of a second. */
export function atomTime(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false });

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childText(node: XmlNode, tag: string): string | undefined {
  const children = node[tag];
  if (!Array.isArray(children)) return undefined;
  return children.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
}

export interface FeedEntry {
  id: string;
  updated: string;
  node: XmlNode;
}

/** The entries of a feed, in order, with their id and update time; or why it cannot be read. */
export function feedEntries(xml: string): { entries: FeedEntry[] } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const feed = Array.isArray(parsed) ? parsed.find((n): n is XmlNode => isNode(n) && Array.isArray(n['feed'])) : undefined;
  const children = feed?.['feed'];
  if (!feed || !Array.isArray(children)) return { problem: 'no Atom <feed> element' };
  const attrs = feed[':@'];
  if (!isNode(attrs) || attrs['xmlns'] !== ATOM_NS) return { problem: `the <feed> is not in the Atom namespace ${ATOM_NS}` };
  const entries: FeedEntry[] = [];
  for (const child of children) {
    const entry = child['entry'];
    if (!Array.isArray(entry)) continue;
    const field = (tag: string) => {
      const node = entry.find((c) => Array.isArray(c[tag]));
      return node ? childText(node, tag)?.trim() : undefined;
    };
    const id = field('id');
    if (id) entries.push({ id, updated: field('updated') ?? '', node: child });
  }
  return { entries };
}

const names = (entries: readonly ViewEntry[], links: DigestLinks): (XmlNode | string)[] =>
  entries.flatMap((e, i) => [...(i ? [', '] : []), el('a', { href: links.node(e.key) }, e.label)]);

/** The HTML of one day's entry: the summary, models by base with their sentences, the other names. */
function entryContent(digest: Digest, links: DigestLinks, html: string): string {
  const view = digestView(digest);
  const nodes = [...summaryNodes(view), ...groupNodes(view, links)];
  if (!view.empty) {
    const lists: [string, ViewEntry[]][] = [
      ['New models without a known base', view.withoutBase],
      ...view.sections.map((s): [string, ViewEntry[]] => [s.title, s.entries]),
    ];
    for (const [title, entries] of lists) {
      if (entries.length) nodes.push(el('p', {}, el('strong', {}, `${title} (${entries.length})`), ': ', ...names(entries, links), '.'));
    }
  }
  nodes.push(el('p', {}, el('a', { href: html }, 'The full digest'), ' (papers, sentences, links to the map).'));
  return htmlFragment(nodes);
}

function entryTitle(digest: Digest): string {
  const view = digestView(digest);
  const label = digest.label ?? 'unlabelled build';
  return view.empty ? `${label}: nothing new` : `${label}: ${view.counts.slice(0, 3).join(', ')}`;
}

/** The feed with this digest's entry first, then the previous feed's other entries. */
export function digestToAtom(digest: Digest, options: DigestAtomOptions): DigestAtom {
  const html = options.html ?? 'digest.html';
  const self = options.self ?? 'digest.atom';
  const links = new DigestLinks(options.mapUrl);
  const entryId = `${options.id}/${encodeURIComponent(digest.label ?? 'unlabelled')}`;
  const published = digest.label && /^\d{4}-\d{2}-\d{2}$/.test(digest.label) ? `${digest.label}T00:00:00Z` : undefined;
  const entry = el(
    'entry',
    {},
    el('id', {}, entryId),
    el('title', {}, entryTitle(digest)),
    el('updated', {}, options.updated),
    published ? el('published', {}, published) : undefined,
    el('content', { type: 'html' }, entryContent(digest, links, html)),
  );

  const previous = options.previous === undefined ? { entries: [] } : feedEntries(options.previous);
  const older = 'entries' in previous ? previous.entries.filter((e) => e.id !== entryId) : [];
  const kept = older.slice(0, (options.maxEntries ?? MAX_FEED_ENTRIES) - 1);
  const feed = el(
    'feed',
    { xmlns: ATOM_NS },
    el('id', {}, options.id),
    el('title', {}, 'papergraph digest'),
    el('subtitle', {}, 'What each day\u2019s papers add to the map of models'),
    // The feed changed when its newest entry did (RFC 3339 UTC times sort as strings).
    el('updated', {}, [options.updated, ...kept.map((e) => e.updated)].sort().at(-1) ?? options.updated),
    el('author', {}, el('name', {}, 'papergraph')),
    el('generator', {}, 'papergraph'),
    el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
    el('link', { rel: 'alternate', type: 'text/html', href: html }),
    entry,
    ...kept.map((e) => e.node),
  );
  return { xml: xmlDocument(feed), kept: kept.length, ...('problem' in previous ? { problem: previous.problem } : {}) };
}
