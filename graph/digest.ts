// The digest of an `add`: what the new papers brought to the map (papers, models and what they
// derive from with evidence, base models that gained descendants, new benchmarks, tasks, languages).
// Pure: reads the graph after the merge and the keys that were there before; never writes the graph.

import type { EdgeType, EntityType, LineageRelation, NodeType } from '../src/types.js';
import type { EdgeAttributes, Evidence, PaperGraph } from './schema.js';

/** Node and edge keys of a graph at one moment (taken before an `add`). */
export interface GraphKeys {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface DigestOptions {
  /** Label of the build the digest describes (stamped as `firstAdded`). */
  label?: string;
  /** ISO date: keep only papers published on or after it; papers without a date are kept. */
  since?: string;
}

export interface DigestPaper {
  key: string;
  title: string;
  url?: string;
  published?: string;
}

export interface DigestEntity {
  key: string;
  label: string;
  /** Kept new papers linked to the entity, by key. */
  papers: string[];
}

/** One end of a lineage link. */
export interface DigestNodeRef {
  key: string;
  label: string;
  type: NodeType;
  isNew: boolean;
}

/** A new derived_from / variant_of edge (child -> parent) with the sentences behind it. */
export interface DigestLink {
  edge: LineageEdge;
  relation?: LineageRelation;
  child: DigestNodeRef;
  parent: DigestNodeRef;
  evidence: Evidence[];
}

export interface DigestModel extends DigestEntity {
  /** What the new model derives from or is a variant of. */
  derivedFrom: DigestLink[];
}

/** A model (or method) that gained derived_from children in this addition. */
export interface DigestBase {
  key: string;
  label: string;
  type: NodeType;
  isNew: boolean;
  children: DigestNodeRef[];
}

export interface Digest {
  label?: string;
  since?: string;
  papers: DigestPaper[];
  /** With `since`: new papers left out because they were published before it. */
  excludedBySince: number;
  /** With `since`: kept papers whose publication date is unknown. */
  undated: number;
  models: DigestModel[];
  /** New lineage links whose child is not a new model (a known model got a new parent, a new method...). */
  lineage: DigestLink[];
  /** Parents of new derived_from links, most new children first. */
  bases: DigestBase[];
  methods: DigestEntity[];
  benchmarks: DigestEntity[];
  tasks: DigestEntity[];
  languages: DigestEntity[];
}

export const LINEAGE_EDGES = ['derived_from', 'variant_of'] as const satisfies readonly EdgeType[];
export type LineageEdge = (typeof LINEAGE_EDGES)[number];

function isLineageEdge(type: EdgeType): type is LineageEdge {
  return type === 'derived_from' || type === 'variant_of';
}

/** Entity types listed in their own digest section, besides models. */
const LISTED: Record<Exclude<EntityType, 'model'>, 'methods' | 'benchmarks' | 'tasks' | 'languages'> = {
  method: 'methods',
  benchmark: 'benchmarks',
  task: 'tasks',
  language: 'languages',
};

export function graphKeys(graph: PaperGraph): GraphKeys {
  return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLabel = (a: { label: string; key: string }, b: { label: string; key: string }) =>
  compare(a.label.toLowerCase(), b.label.toLowerCase()) || compare(a.key, b.key);

function sortEvidence(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => compare(a.paper, b.paper) || compare(a.sentence, b.sentence) || compare(a.rule, b.rule));
}

/** Papers kept by `since` (ISO dates compare as strings). */
function keepsPaper(published: string | undefined, since: string | undefined): boolean {
  return !since || !published || published >= since;
}

/**
 * Compute the digest of what entered `graph` since `before` was taken. With `since`,
 * entities and links count only when a kept paper supports them.
 */
export function computeDigest(graph: PaperGraph, before: GraphKeys, options: DigestOptions = {}): Digest {
  const { since } = options;
  const isNew = (key: string) => !before.nodes.has(key);
  const ref = (key: string): DigestNodeRef => {
    const attrs = graph.getNodeAttributes(key);
    return { key, label: attrs.label, type: attrs.type, isNew: isNew(key) };
  };

  const papers: DigestPaper[] = [];
  const kept = new Set<string>();
  let excludedBySince = 0;
  let undated = 0;
  graph.forEachNode((key, attrs) => {
    if (attrs.type !== 'paper' || !isNew(key)) return;
    if (!keepsPaper(attrs.published, since)) {
      excludedBySince++;
      return;
    }
    if (since && !attrs.published) undated++;
    kept.add(key);
    const paper: DigestPaper = { key, title: attrs.title ?? attrs.label };
    if (attrs.url) paper.url = attrs.url;
    if (attrs.published) paper.published = attrs.published;
    papers.push(paper);
  });
  papers.sort((a, b) => compare(b.published ?? '', a.published ?? '') || compare(a.key, b.key));

  const keptEvidence = (attrs: EdgeAttributes) => sortEvidence(attrs.evidence.filter((e) => kept.has(e.paper)));

  // New lineage links with the kept sentences behind them.
  const links: DigestLink[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    if (before.edges.has(key) || !isLineageEdge(attrs.type)) return;
    const evidence = keptEvidence(attrs);
    if (since && evidence.length === 0) return;
    const link: DigestLink = { edge: attrs.type, child: ref(source), parent: ref(target), evidence };
    if (attrs.relation) link.relation = attrs.relation;
    links.push(link);
  });
  links.sort((a, b) => byLabel(a.child, b.child) || byLabel(a.parent, b.parent) || compare(a.edge, b.edge));

  const parentsOf = new Map<string, DigestLink[]>();
  for (const link of links) {
    const parents = parentsOf.get(link.child.key);
    if (parents) parents.push(link);
    else parentsOf.set(link.child.key, [link]);
  }

  // New entities and the kept papers linked to them.
  const digest: Digest = {
    ...(options.label ? { label: options.label } : {}),
    ...(since ? { since } : {}),
    papers,
    excludedBySince,
    undated,
    models: [],
    lineage: [],
    bases: [],
    methods: [],
    benchmarks: [],
    tasks: [],
    languages: [],
  };
  graph.forEachNode((key, attrs) => {
    if (attrs.type === 'paper' || !isNew(key)) return;
    const linked = new Set<string>();
    graph.forEachEdge(key, (_e, edge) => {
      for (const e of edge.evidence) if (kept.has(e.paper)) linked.add(e.paper);
    });
    if (since && linked.size === 0) return;
    const entity: DigestEntity = { key, label: attrs.label, papers: [...linked].sort(compare) };
    if (attrs.type === 'model') {
      digest.models.push({ ...entity, derivedFrom: parentsOf.get(key) ?? [] });
    } else {
      digest[LISTED[attrs.type]].push(entity);
    }
  });
  const byPapers = (a: DigestEntity, b: DigestEntity) => b.papers.length - a.papers.length || byLabel(a, b);
  // Models with a known parent first: the lineage is what the digest is for.
  digest.models.sort((a, b) => Number(b.derivedFrom.length > 0) - Number(a.derivedFrom.length > 0) || byPapers(a, b));
  for (const section of Object.values(LISTED)) digest[section].sort(byPapers);
  const newModels = new Set(digest.models.map((m) => m.key));
  digest.lineage = links.filter((l) => !newModels.has(l.child.key));

  // Base models that gained derived_from children, ranked by how many.
  const bases = new Map<string, DigestBase>();
  for (const link of links) {
    if (link.edge !== 'derived_from') continue;
    const base = bases.get(link.parent.key) ?? { ...link.parent, children: [] };
    if (!base.children.some((c) => c.key === link.child.key)) base.children.push(link.child);
    bases.set(link.parent.key, base);
  }
  digest.bases = [...bases.values()]
    .map((base) => ({ ...base, children: [...base.children].sort(byLabel) }))
    .sort((a, b) => b.children.length - a.children.length || byLabel(a, b));
  return digest;
}

/** True when the addition brought nothing: no papers, entities or links. */
export function isEmptyDigest(digest: Digest): boolean {
  return (
    digest.papers.length === 0 &&
    digest.models.length === 0 &&
    digest.lineage.length === 0 &&
    Object.values(LISTED).every((section) => digest[section].length === 0)
  );
}
