// The digest of an `add`: what the new papers brought to the map, read from what the graph
// says (node types, `introduces` edges, lineage edges and their evidence), never from names.
// Pure: reads the graph after the merge and the keys that were there before; never writes it.

import type { EdgeType, EntityType } from '../src/types.js';
import { displayText, textNames } from './digest-text.js';
import type {
  Digest,
  DigestBase,
  DigestEntity,
  DigestEvidence,
  DigestGroup,
  DigestLink,
  DigestNodeRef,
  DigestOptions,
  DigestPaper,
  GraphKeys,
  LineageEdge,
} from './digest-types.js';
import type { Evidence, PaperGraph } from './schema.js';

export * from './digest-types.js';

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

/**
 * What the graph held before build `label`: nodes first added by another build, and edges
 * that some paper of another build supports (evidence only accumulates, so an edge whose
 * every paper came with `label` was made by it). The digest of a whole day, however many
 * `add` runs it took.
 */
export function keysBeforeBuild(graph: PaperGraph, label: string): GraphKeys {
  const nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (attrs.firstAdded !== label) nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, attrs) => {
    if (attrs.evidence.some((e) => nodes.has(e.paper) || !graph.hasNode(e.paper))) edges.add(key);
  });
  return { nodes, edges };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLabel = (a: { label: string; key: string }, b: { label: string; key: string }) =>
  compare(a.label.toLowerCase(), b.label.toLowerCase()) || compare(a.key, b.key);

/** Papers kept by `since` (ISO dates compare as strings). */
function keepsPaper(published: string | undefined, since: string | undefined): boolean {
  return !since || !published || published >= since;
}

/** Each kept sentence once per paper (several rules may read one sentence), as display text. */
function digestEvidence(evidence: readonly Evidence[], kept: ReadonlySet<string>): DigestEvidence[] {
  const byText = new Map<string, DigestEvidence>();
  for (const e of evidence) {
    if (!kept.has(e.paper)) continue;
    const text = displayText(e.sentence);
    const id = `${e.paper}\u0000${text}`;
    const found = byText.get(id);
    if (!found) byText.set(id, { paper: e.paper, text, rules: [e.rule] });
    else if (!found.rules.includes(e.rule)) found.rules.push(e.rule);
  }
  return [...byText.values()].map((e) => ({ ...e, rules: e.rules.sort(compare) }));
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
  const names = (key: string) => {
    const attrs = graph.getNodeAttributes(key);
    return [attrs.label, ...attrs.aliases];
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

  // New lineage links with the kept sentences behind them, the one naming both ends first.
  const linksOf = new Map<string, DigestLink[]>();
  const oldChildLinks: DigestLink[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    if (before.edges.has(key) || !isLineageEdge(attrs.type)) return;
    const evidence = digestEvidence(attrs.evidence, kept);
    if (evidence.length === 0) return;
    const both = (e: DigestEvidence) => Number(textNames(e.text, names(source))) + Number(textNames(e.text, names(target)));
    evidence.sort((a, b) => both(b) - both(a) || compare(a.paper, b.paper) || compare(a.text, b.text));
    const link: DigestLink = { edge: attrs.type, ...(attrs.relation ? { relation: attrs.relation } : {}), child: ref(source), parent: ref(target), evidence };
    if (!isNew(source)) oldChildLinks.push(link);
    else linksOf.set(source, [...(linksOf.get(source) ?? []), link]);
  });
  // The link a model is grouped by: a derivation before a variant, the better-known base first.
  const parentPapers = (l: DigestLink) => graph.getNodeAttribute(l.parent.key, 'papers');
  const primaryFirst = (a: DigestLink, b: DigestLink) =>
    Number(a.edge === 'variant_of') - Number(b.edge === 'variant_of') ||
    Number(a.parent.isNew) - Number(b.parent.isNew) ||
    parentPapers(b) - parentPapers(a) ||
    byLabel(a.parent, b.parent);

  // New entities, the kept papers linked to them and those that introduce them.
  const entities = new Map<string, DigestEntity>();
  const types = new Map<string, EntityType>();
  graph.forEachNode((key, attrs) => {
    if (attrs.type === 'paper' || !isNew(key)) return;
    const linked = new Set<string>();
    const introducedBy = new Set<string>();
    graph.forEachEdge(key, (_e, edge, source) => {
      for (const e of edge.evidence) if (kept.has(e.paper)) linked.add(e.paper);
      if (edge.type === 'introduces' && kept.has(source)) introducedBy.add(source);
    });
    if (linked.size === 0) return;
    const derivedFrom = [...(linksOf.get(key) ?? [])].sort(primaryFirst);
    entities.set(key, { key, label: attrs.label, papers: [...linked].sort(compare), introducedBy: [...introducedBy].sort(compare), derivedFrom, variants: [] });
    types.set(key, attrs.type);
  });

  // A model the papers present: introduced, or derived from a parent (not merely a variant named in passing).
  const presented = (e: DigestEntity) => e.introducedBy.length > 0 || e.derivedFrom.some((l) => l.edge === 'derived_from');
  const isModel = (key: string) => types.get(key) === 'model';
  // A same-day size or version variant of a presented new model is shown with it.
  const folded = new Set<string>();
  for (const entity of entities.values()) {
    if (!isModel(entity.key) || entity.derivedFrom.some((l) => l.edge === 'derived_from')) continue;
    const family = entity.derivedFrom.find((l) => l.edge === 'variant_of' && isModel(l.parent.key) && l.parent.isNew);
    const parent = family && entities.get(family.parent.key);
    if (!family || !parent || !presented(parent) || folded.has(parent.key)) continue;
    parent.variants.push(family.child);
    folded.add(entity.key);
  }

  const withBase: DigestEntity[] = [];
  const withoutBase: DigestEntity[] = [];
  const digest: Digest = {
    ...(options.label ? { label: options.label } : {}),
    ...(since ? { since } : {}),
    papers,
    excludedBySince,
    undated,
    models: [],
    groups: [],
    mentioned: [],
    lineage: oldChildLinks.sort((a, b) => byLabel(a.child, b.child) || byLabel(a.parent, b.parent)),
    bases: [],
    methods: [],
    benchmarks: [],
    tasks: [],
    languages: [],
  };
  for (const entity of entities.values()) {
    entity.variants.sort(byLabel);
    const type = types.get(entity.key);
    if (type === undefined || folded.has(entity.key)) continue;
    if (type !== 'model') digest[LISTED[type]].push(entity);
    else if (!presented(entity)) digest.mentioned.push(entity);
    else (entity.derivedFrom.length ? withBase : withoutBase).push(entity);
  }

  digest.groups = groupByBase(withBase);
  const byKey = new Map(withBase.map((m) => [m.key, m]));
  digest.models = [
    ...digest.groups.flatMap((g) => g.models.map((k) => byKey.get(k)).filter((m): m is DigestEntity => m !== undefined)),
    ...withoutBase.sort(byLabel),
  ];
  // A base gains the new models built from it, and known models newly derived from it; a known
  // model newly seen as a variant of a family (a size named in passing) is no gain.
  digest.bases = rankBases([...withBase.flatMap((m) => m.derivedFrom), ...digest.lineage.filter((l) => l.edge === 'derived_from')]);
  const byPapers = (a: DigestEntity, b: DigestEntity) => b.papers.length - a.papers.length || byLabel(a, b);
  digest.mentioned.sort(byLabel);
  for (const section of Object.values(LISTED)) digest[section].sort(byPapers);
  return digest;
}

/** Models under the base of their first link; the bases with most new models first. */
function groupByBase(models: readonly DigestEntity[]): DigestGroup[] {
  const groups = new Map<string, { base: DigestNodeRef; members: DigestEntity[] }>();
  for (const model of models) {
    const first = model.derivedFrom[0];
    if (!first) continue;
    const group = groups.get(first.parent.key) ?? { base: first.parent, members: [] };
    group.members.push(model);
    groups.set(first.parent.key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.members.length - a.members.length || byLabel(a.base, b.base))
    .map(({ base, members }) => ({ base, models: [...members].sort(byLabel).map((m) => m.key) }));
}

/** Every parent of the new links with the children it gained, most first. */
function rankBases(links: readonly DigestLink[]): DigestBase[] {
  const bases = new Map<string, DigestBase>();
  for (const link of links) {
    const base = bases.get(link.parent.key) ?? { ...link.parent, children: [] };
    if (!base.children.some((c) => c.key === link.child.key)) base.children.push(link.child);
    bases.set(link.parent.key, base);
  }
  return [...bases.values()]
    .map((base) => ({ ...base, children: [...base.children].sort(byLabel) }))
    .sort((a, b) => b.children.length - a.children.length || byLabel(a, b));
}

/** True when the addition brought nothing: no papers, entities or links. */
export function isEmptyDigest(digest: Digest): boolean {
  return (
    digest.papers.length === 0 &&
    digest.models.length === 0 &&
    digest.mentioned.length === 0 &&
    digest.lineage.length === 0 &&
    Object.values(LISTED).every((section) => digest[section].length === 0)
  );
}
