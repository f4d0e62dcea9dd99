// The papers behind an entity: those that introduce, build on, mention, evaluate on,
// address or cover it, and those whose sentences support its lineage edges. Reads only.

import type { EdgeType } from '../../src/types.js';
import type { PaperGraph } from '../schema.js';
import { citeEvidence, type CitedEvidence } from './evidence.js';
import { resolveNode } from './find-node.js';

/** Strongest link first: a paper that introduces a model is listed before one that mentions it. */
export const PAPER_RELATION_ORDER: readonly EdgeType[] = [
  'introduces',
  'builds_on',
  'mentions',
  'evaluated_on',
  'addresses',
  'covers_language',
  'derived_from',
  'variant_of',
];

export interface PapersForOptions {
  /** Only these relations (default: all, see PAPER_RELATION_ORDER). */
  edgeTypes?: readonly EdgeType[];
}

export interface PaperLink {
  key: string;
  title: string;
  published?: string;
  url?: string;
  /** How the paper relates to the entity, strongest first. `derived_from`/`variant_of`: it
   *  supplied the evidence of one of the entity's lineage edges. */
  relations: EdgeType[];
  evidence: CitedEvidence[];
}

function rank(type: EdgeType): number {
  const i = PAPER_RELATION_ORDER.indexOf(type);
  return i < 0 ? PAPER_RELATION_ORDER.length : i;
}

/** Papers linked to the entity `name`, strongest relation first, then oldest first. */
export function papersFor(graph: PaperGraph, name: string, options: PapersForOptions = {}): PaperLink[] {
  const key = resolveNode(graph, name);
  const wanted = (type: EdgeType) => !options.edgeTypes || options.edgeTypes.includes(type);
  const byPaper = new Map<string, { relations: Set<EdgeType>; evidence: CitedEvidence[] }>();
  const add = (paper: string, type: EdgeType, evidence: CitedEvidence[]) => {
    if (!graph.hasNode(paper) || graph.getNodeAttribute(paper, 'type') !== 'paper') return;
    let entry = byPaper.get(paper);
    if (!entry) byPaper.set(paper, (entry = { relations: new Set(), evidence: [] }));
    entry.relations.add(type);
    entry.evidence.push(...evidence);
  };
  graph.forEachEdge(key, (_edge, attrs, source, target) => {
    if (!wanted(attrs.type)) return;
    const cited = citeEvidence(graph, attrs.evidence);
    if (target === key && graph.getNodeAttribute(source, 'type') === 'paper') {
      add(source, attrs.type, cited);
    } else if (attrs.type === 'derived_from' || attrs.type === 'variant_of') {
      for (const e of cited) add(e.paper, attrs.type, [e]);
    }
  });
  const links: PaperLink[] = [];
  for (const [paper, entry] of byPaper) {
    const attrs = graph.getNodeAttributes(paper);
    const link: PaperLink = {
      key: paper,
      title: attrs.title ?? attrs.label,
      relations: [...entry.relations].sort((a, b) => rank(a) - rank(b)),
      evidence: entry.evidence,
    };
    if (attrs.published) link.published = attrs.published;
    if (attrs.url) link.url = attrs.url;
    links.push(link);
  }
  return links.sort(
    (a, b) =>
      rank(a.relations[0] ?? 'mentions') - rank(b.relations[0] ?? 'mentions') ||
      (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
      a.title.localeCompare(b.title),
  );
}
