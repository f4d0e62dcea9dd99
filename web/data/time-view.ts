// What the "New since" filter and the publication-date slider show: which nodes are hidden,
// which old nodes stay as faded context, and which nodes are new. Pure reads of the graph;
// the result feeds the sigma reducers, search and the details panel, never the graph.

import type { PaperGraph } from '../../graph/schema.js';

export interface TimeFilters {
  /** Build label: nodes first added in this build or a later one are new. */
  newSince: string | null;
  /** Inclusive publication-date range (YYYY-MM-DD); null ends are open. */
  from: string | null;
  to: string | null;
}

export interface TimeView {
  /** Nodes the filters hide (edges touching them are hidden too). */
  hidden: ReadonlySet<string>;
  /** Old nodes kept because something new links to them: drawn faded, no badge. */
  context: ReadonlySet<string>;
  /** Nodes added in the chosen build or later; null without a "New since" choice. */
  fresh: ReadonlySet<string> | null;
}

export const NO_TIME_FILTERS: TimeFilters = { newSince: null, from: null, to: null };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The graph's build labels in order (`papergraph build --label`, then each `add`). */
export function buildLabels(graph: PaperGraph): string[] {
  return [...(graph.getAttribute('builds') ?? [])];
}

/** Position of a node's build in `builds`; -1 (before every build) when unknown. */
export function buildIndex(builds: readonly string[], firstAdded: string | undefined): number {
  return firstAdded === undefined ? -1 : builds.indexOf(firstAdded);
}

/** Distinct publication dates of the papers (YYYY-MM-DD), sorted; [] when none are dated. */
export function publicationDates(graph: PaperGraph): string[] {
  const dates = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    if (attrs.type === 'paper' && attrs.published) {
      const day = attrs.published.slice(0, 10);
      if (ISO_DATE.test(day)) dates.add(day);
    }
  });
  return [...dates].sort();
}

export function timeFiltersActive(filters: TimeFilters): boolean {
  return filters.newSince !== null || filters.from !== null || filters.to !== null;
}

/**
 * Papers are shown when dated inside the range (undated papers are hidden while a range is
 * set: they cannot be placed in it) and, with "New since", when new. An entity is shown when
 * a shown paper links to it, or, with "New since", when a shown new entity links to it
 * (the base model of a new model). Shown old nodes are context.
 */
export function timeView(graph: PaperGraph, filters: TimeFilters): TimeView | null {
  if (!timeFiltersActive(filters)) return null;
  const builds = buildLabels(graph);
  const since = filters.newSince === null ? -1 : builds.indexOf(filters.newSince);
  const isNew = (firstAdded: string | undefined) => buildIndex(builds, firstAdded) >= since;
  const useSince = filters.newSince !== null && since >= 0;
  const ranged = filters.from !== null || filters.to !== null;
  if (!useSince && !ranged) return null; // an unknown build label filters nothing

  const shown = new Set<string>();
  const fresh = useSince ? new Set<string>() : null;
  graph.forEachNode((key, attrs) => {
    if (fresh && isNew(attrs.firstAdded)) fresh.add(key);
    if (attrs.type !== 'paper') return;
    if (fresh && !fresh.has(key)) return;
    if (ranged) {
      const day = attrs.published?.slice(0, 10);
      if (!day || !ISO_DATE.test(day)) return;
      if ((filters.from !== null && day < filters.from) || (filters.to !== null && day > filters.to)) return;
    }
    shown.add(key);
  });
  // Entities reached from shown papers, then old entities that shown new entities link to.
  const papers = [...shown];
  for (const paper of papers) {
    graph.forEachNeighbor(paper, (other, attrs) => {
      if (attrs.type !== 'paper') shown.add(other);
    });
  }
  const context = new Set<string>();
  if (fresh) {
    for (const key of [...shown]) {
      if (!fresh.has(key) || graph.getNodeAttribute(key, 'type') === 'paper') continue;
      graph.forEachNeighbor(key, (other, attrs) => {
        if (attrs.type !== 'paper') shown.add(other);
      });
    }
    for (const key of shown) if (!fresh.has(key)) context.add(key);
  }
  const hidden = new Set<string>();
  graph.forEachNode((key) => {
    if (!shown.has(key)) hidden.add(key);
  });
  return { hidden, context, fresh };
}
