// What a digest page shows, in reading order, shared by the Markdown, HTML and Atom writers:
// summary, new models by base (one sentence each), models without a known base, benchmarks,
// methods, tasks, languages, links between known models, names only mentioned, papers last.
// Pure data; the writers only format it.

import type { LineageRelation } from '../src/types.js';
import type { Digest, DigestEntity, DigestLink, DigestNodeRef, DigestPaper } from './digest-types.js';
import { isEmptyDigest } from './digest.js';

/** `papergraph serve`'s default address: the map the pages' names link to. */
export const DEFAULT_MAP_URL = 'http://127.0.0.1:4173/';

/** Items named in each line of the summary before "and N more". */
const SUMMARY_ITEMS = 8;
/** Bases named in the summary. */
const SUMMARY_BASES = 5;

/** How a child relates to its parent, as a phrase: "BioBERT further pre-trained from BERT". */
const RELATION_PHRASES: Record<LineageRelation, string> = {
  'fine-tuned': 'fine-tuned from',
  'continued-pretraining': 'further pre-trained from',
  distilled: 'distilled from',
  initialized: 'initialized from',
  adapted: 'adapted from',
  backbone: 'built on',
  extends: 'extends',
  architecture: 'uses the architecture of',
};

function relationText(link: Pick<DigestLink, 'edge' | 'relation'>): string {
  if (link.edge === 'variant_of') return 'variant of';
  return link.relation ? RELATION_PHRASES[link.relation] : 'derived from';
}

export interface ViewLink {
  relation: string;
  parent: DigestNodeRef;
}

/** One line of the page: a name, how it relates to what it comes from, one sentence and its paper. */
export interface ViewEntry {
  key: string;
  label: string;
  /** Papers of the build that support it. */
  papers: number;
  variants: DigestNodeRef[];
  /** First link first; the page names the rest after it. */
  links: ViewLink[];
  /** The one sentence shown (the clearest of the first link), with its paper. */
  evidence?: { text: string; paper: DigestPaper };
  /** Paper to link when there is no sentence: the one introducing it, else the first. */
  paper?: DigestPaper;
}

export interface ViewSection {
  id: 'benchmarks' | 'methods' | 'tasks' | 'languages';
  title: string;
  entries: ViewEntry[];
}

export interface DigestView {
  label?: string;
  /** "Papers published since …" and what --since left out. */
  note?: string;
  empty: boolean;
  /** "529 new papers", "171 new models (9 with a known base)", … */
  counts: string[];
  /** Summary lines: models with lineage, bases that gained most, new benchmarks. */
  highlights: { title: string; items: string[]; more: number }[];
  groups: { base: DigestNodeRef; entries: ViewEntry[] }[];
  withoutBase: ViewEntry[];
  sections: ViewSection[];
  /** New links between nodes the graph already had. */
  known: ViewEntry[];
  mentioned: DigestEntity[];
  papers: DigestPaper[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function entryOf(
  entity: Pick<DigestEntity, 'key' | 'label' | 'papers' | 'introducedBy' | 'variants' | 'derivedFrom'>,
  papers: ReadonlyMap<string, DigestPaper>,
): ViewEntry {
  const entry: ViewEntry = {
    key: entity.key,
    label: entity.label,
    papers: entity.papers.length,
    variants: entity.variants,
    links: entity.derivedFrom.map((l) => ({ relation: relationText(l), parent: l.parent })),
  };
  const sentence = entity.derivedFrom[0]?.evidence[0];
  const sentencePaper = sentence && papers.get(sentence.paper);
  if (sentence && sentencePaper) entry.evidence = { text: sentence.text, paper: sentencePaper };
  const paper = papers.get(entity.introducedBy[0] ?? entity.papers[0] ?? '');
  if (paper) entry.paper = paper;
  return entry;
}

function linkEntry(link: DigestLink, papers: ReadonlyMap<string, DigestPaper>): ViewEntry {
  return entryOf(
    {
      key: link.child.key,
      label: link.child.label,
      papers: [...new Set(link.evidence.map((e) => e.paper))],
      introducedBy: [],
      variants: [],
      derivedFrom: [link],
    },
    papers,
  );
}

/** "AgriTune-R (adapted from Qwen3-8B)" */
function lineageSummary(model: DigestEntity): string {
  const first = model.derivedFrom[0];
  return first ? `${model.label} (${relationText(first)} ${first.parent.label})` : model.label;
}

function highlight(title: string, items: string[], limit: number) {
  return { title, items: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** The digest in reading order. */
export function digestView(digest: Digest): DigestView {
  const papers = new Map(digest.papers.map((p) => [p.key, p]));
  const models = new Map(digest.models.map((m) => [m.key, m]));
  const withBase = digest.models.filter((m) => m.derivedFrom.length > 0);
  const withoutBase = digest.models.filter((m) => m.derivedFrom.length === 0);

  let note: string | undefined;
  if (digest.since) {
    const notes = [`Papers published since ${digest.since}`];
    if (digest.excludedBySince) notes.push(`${plural(digest.excludedBySince, 'earlier paper')} left out`);
    if (digest.undated) notes.push(`${plural(digest.undated, 'paper')} without a date kept`);
    note = `${notes.join('; ')}.`;
  }

  const counts = [
    plural(digest.papers.length, 'new paper'),
    `${plural(digest.models.length, 'new model')} (${withBase.length} with a known base)`,
    plural(digest.benchmarks.length, 'new benchmark'),
    plural(digest.methods.length, 'new method'),
  ];
  if (digest.tasks.length) counts.push(plural(digest.tasks.length, 'new task'));
  if (digest.languages.length) counts.push(plural(digest.languages.length, 'new language'));

  const highlights = [
    highlight('New models with a known base', withBase.map(lineageSummary), SUMMARY_ITEMS),
    highlight(
      'Bases that gained most',
      digest.bases.map((b) => `${b.label} +${b.children.length}`),
      SUMMARY_BASES,
    ),
    highlight(
      'New benchmarks',
      digest.benchmarks.map((b) => b.label),
      SUMMARY_ITEMS,
    ),
  ].filter((h) => h.items.length > 0);

  const sections: ViewSection[] = (
    [
      ['benchmarks', 'New benchmarks'],
      ['methods', 'New methods'],
      ['tasks', 'New tasks'],
      ['languages', 'New languages'],
    ] as const
  )
    .map(([id, title]) => ({ id, title, entries: digest[id].map((e) => entryOf(e, papers)) }))
    .filter((s) => s.entries.length > 0);

  return {
    ...(digest.label ? { label: digest.label } : {}),
    ...(note ? { note } : {}),
    empty: isEmptyDigest(digest),
    counts,
    highlights,
    groups: digest.groups.map((g) => ({
      base: g.base,
      entries: g.models
        .map((k) => models.get(k))
        .filter((m): m is DigestEntity => m !== undefined)
        .map((m) => entryOf(m, papers)),
    })),
    withoutBase: withoutBase.map((m) => entryOf(m, papers)),
    sections,
    known: digest.lineage.map((l) => linkEntry(l, papers)),
    mentioned: digest.mentioned,
    papers: digest.papers,
  };
}
