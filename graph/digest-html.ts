// Renders a digest as an HTML page that works offline (DIR/digest.html): no script, inline
// style, names linking to the map with `#node=` deep links, papers to their pages. Built as a
// tree and serialised by fast-xml-parser (graph/xml-tree.ts), so corpus text is escaped there.
// Pure: returns the page; the caller saves it.

import type { Digest, DigestNodeRef, DigestPaper } from './digest-types.js';
import { DEFAULT_MAP_URL, digestView, type DigestView, type ViewEntry } from './digest-view.js';
import { el, htmlDocument, type XmlChild, type XmlNode } from './xml-tree.js';

export interface DigestHtmlOptions {
  /** The map the names link to (`papergraph serve` prints it); `#node=<key>` is appended. */
  mapUrl?: string;
  /** The Atom feed beside the page, announced in <head>. */
  feed?: string;
}

export { DEFAULT_MAP_URL } from './digest-view.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2327;background:#fff}
main{max-width:52rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
h3{font-size:1rem;margin:1.2rem 0 .3rem}ul{padding-left:1.2rem}li{margin:.35rem 0}
a{color:#0b57d0;text-decoration:none}a:hover{text-decoration:underline}
.counts{font-weight:600}.new{color:#8a5a00;font-size:.85em}
blockquote{margin:.25rem 0 .5rem;padding:.1rem .75rem;border-left:3px solid #c8d3e0;color:#3c4650}
cite{font-style:normal;color:#5f6b76}details{margin-top:2rem}summary{cursor:pointer;font-weight:600}
footer{margin-top:2rem;color:#5f6b76;font-size:.85em}`;

/** Deep links into the map and out to papers. */
export class DigestLinks {
  constructor(private readonly mapUrl: string = DEFAULT_MAP_URL) {}

  /** The map itself, without a fragment. */
  map(): string {
    return this.mapUrl.replace(/#.*$/, '');
  }

  node(key: string): string {
    return `${this.map()}#${new URLSearchParams({ node: key }).toString()}`;
  }

  /** A paper's own page when it is http(s), never another scheme from the corpus. */
  paper(paper: DigestPaper): string | undefined {
    return paper.url && /^https?:\/\//i.test(paper.url) ? paper.url : undefined;
  }
}

function nodeLink(node: Pick<DigestNodeRef, 'key' | 'label'>, links: DigestLinks, isNew = false): XmlNode[] {
  const link = el('a', { href: links.node(node.key) }, node.label);
  return isNew ? [link, el('span', { class: 'new' }, ' (new)')] : [link];
}

function paperCite(paper: DigestPaper, links: DigestLinks): XmlNode {
  const href = links.paper(paper);
  return el('cite', {}, href ? el('a', { href }, paper.title) : paper.title, ' · ', el('a', { href: links.node(paper.key) }, 'map'));
}

function entryItem(entry: ViewEntry, links: DigestLinks): XmlNode {
  const [first, ...others] = entry.links;
  const parts: XmlChild[] = [el('strong', {}, el('a', { href: links.node(entry.key) }, entry.label))];
  if (entry.variants.length) parts.push(` (also ${entry.variants.map((v) => v.label).join(', ')})`);
  if (entry.papers > 1) parts.push(` (${entry.papers} papers)`);
  if (first) parts.push(` — ${first.relation} `, ...nodeLink(first.parent, links, first.parent.isNew));
  others.forEach((l, i) => parts.push(i === 0 ? '; also ' : ', ', `${l.relation} `, ...nodeLink(l.parent, links)));
  if (entry.evidence) parts.push(el('blockquote', {}, `${entry.evidence.text} `, paperCite(entry.evidence.paper, links)));
  else if (entry.paper) parts.push(' — ', paperCite(entry.paper, links));
  return el('li', {}, ...parts);
}

const list = (entries: readonly ViewEntry[], links: DigestLinks) => el('ul', {}, ...entries.map((e) => entryItem(e, links)));

/** The summary: counts, then models with a known base, the bases that gained most, new benchmarks. */
export function summaryNodes(view: DigestView): XmlNode[] {
  const nodes: XmlNode[] = [];
  if (view.note) nodes.push(el('p', {}, view.note));
  if (view.empty) return [...nodes, el('p', {}, view.note ? 'Nothing new since then.' : 'Nothing new: every paper was already in the graph.')];
  nodes.push(el('p', { class: 'counts' }, `${view.counts.join(' · ')}.`));
  if (view.highlights.length) {
    const items = view.highlights.map((h) => el('li', {}, el('strong', {}, h.title), `: ${h.items.join(', ')}${h.more ? `, and ${h.more} more` : ''}.`));
    nodes.push(el('ul', {}, ...items));
  }
  return nodes;
}

/** "New models by base": one subsection per base, one line and one sentence per model. */
export function groupNodes(view: DigestView, links: DigestLinks): XmlNode[] {
  if (!view.groups.length) return [];
  const count = view.groups.reduce((n, g) => n + g.entries.length, 0);
  return [
    el(
      'section',
      { id: 'by-base' },
      el('h2', {}, `New models by base (${count})`),
      ...view.groups.map((g) => el('section', {}, el('h3', {}, ...nodeLink(g.base, links, g.base.isNew)), list(g.entries, links))),
    ),
  ];
}

function section(id: string, title: string, entries: readonly ViewEntry[], links: DigestLinks): XmlNode[] {
  return entries.length ? [el('section', { id }, el('h2', {}, `${title} (${entries.length})`), list(entries, links))] : [];
}

/** The digest as an offline HTML page, in the order of graph/digest-view.ts. */
export function digestToHtml(digest: Digest, options: DigestHtmlOptions = {}): string {
  const view = digestView(digest);
  const links = new DigestLinks(options.mapUrl);
  const title = `papergraph digest${view.label ? ` — ${view.label}` : ''}`;
  const body: XmlNode[] = [el('h1', {}, title), ...summaryNodes(view)];
  if (!view.empty) {
    body.push(
      ...groupNodes(view, links),
      ...section('without-base', 'New models without a known base', view.withoutBase, links),
      ...view.sections.flatMap((s) => section(s.id, s.title, s.entries, links)),
      ...section('known', 'New links between known models', view.known, links),
    );
    if (view.mentioned.length) {
      const names = view.mentioned.flatMap((m, i) => [...(i ? [', '] : []), el('a', { href: links.node(m.key) }, m.label)]);
      body.push(el('section', { id: 'mentioned' }, el('h2', {}, `Model names first seen in passing (${view.mentioned.length})`), el('p', {}, ...names, '.')));
    }
    const paperItems = view.papers.map((p) => el('li', {}, paperCite(p, links), p.published ? ` (${p.published})` : undefined));
    body.push(el('details', { id: 'papers' }, el('summary', {}, `New papers (${view.papers.length})`), el('ul', {}, ...paperItems)));
  }
  body.push(
    el(
      'footer',
      {},
      'Names open in the map of ',
      el('a', { href: links.map() }, 'papergraph'),
      ' (run papergraph serve); the evidence sentences are the papers\u2019 own.',
    ),
  );
  const head = el(
    'head',
    {},
    el('meta', { charset: 'utf-8' }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('title', {}, title),
    options.feed ? el('link', { rel: 'alternate', type: 'application/atom+xml', href: options.feed, title }) : undefined,
    el('style', {}, STYLE),
  );
  return htmlDocument(el('html', { lang: 'en' }, head, el('body', {}, el('main', {}, ...body))));
}
