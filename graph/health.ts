// The health report of a graph: the figures that say whether its entities can be trusted
// (names introduced by many papers, LaTeX left in names, case-duplicate aliases, hubs).
// Read-only over any PaperGraph; printing lives in the CLI command.

import type { EntityType } from '../src/types.js';
import { hasLatexMarkup } from '../src/normalize.js';
import type { PaperGraph } from './schema.js';

export interface HealthOptions {
  /** How many examples each list keeps (default 10). */
  top?: number;
  /** An entity is "introduced by many" from this many introducing papers (default 3). */
  minIntroducers?: number;
}

const DEFAULT_HEALTH_OPTIONS: Required<HealthOptions> = { top: 10, minIntroducers: 3 };

export interface NodeRef {
  key: string;
  type: string;
  label: string;
}

export interface Counted extends NodeRef {
  count: number;
}

export interface LatexHit extends NodeRef {
  field: 'label' | 'alias' | 'title';
  text: string;
}

export interface CaseDuplicate extends NodeRef {
  forms: string[];
}

export interface HealthReport {
  papers: number;
  entities: number;
  /** Entities with `minIntroducers` or more papers introducing them, most introduced first. */
  introducedByMany: { threshold: number; count: number; top: Counted[] };
  /** Entity names (label or alias) and paper titles that still hold LaTeX markup. */
  latex: { names: number; titles: number; examples: LatexHit[] };
  /** Nodes with two names that differ only in letter case. */
  caseDuplicates: { count: number; examples: CaseDuplicate[] };
  /** Per entity type, the nodes with the highest degree. */
  hubs: Record<EntityType, Counted[]>;
}

const byCountThenKey = (a: Counted, b: Counted) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Keep the `n` largest of a stream without sorting all of it. */
class TopList {
  readonly items: Counted[] = [];
  constructor(private readonly n: number) {}
  offer(item: Counted): void {
    const last = this.items[this.items.length - 1];
    if (this.items.length >= this.n && last && byCountThenKey(item, last) >= 0) return;
    this.items.push(item);
    this.items.sort(byCountThenKey);
    if (this.items.length > this.n) this.items.pop();
  }
}

/** The names of a node that differ only in letter case, grouped; empty when there are none. */
export function caseDuplicateForms(names: readonly string[]): string[] {
  const seen = new Map<string, string[]>();
  for (const name of names) {
    const lower = name.toLowerCase();
    const group = seen.get(lower);
    if (!group) seen.set(lower, [name]);
    else if (!group.includes(name)) group.push(name);
  }
  return [...seen.values()].filter((g) => g.length > 1).flat();
}

export function graphHealth(graph: PaperGraph, options: HealthOptions = {}): HealthReport {
  const { top, minIntroducers } = { ...DEFAULT_HEALTH_OPTIONS, ...options };
  let papers = 0;
  let entities = 0;
  let introducedCount = 0;
  const introduced = new TopList(top);
  let latexNames = 0;
  let latexTitles = 0;
  const latexExamples: LatexHit[] = [];
  let caseCount = 0;
  const caseExamples: CaseDuplicate[] = [];
  // A literal, so the compiler checks that every entity type has its list.
  const hubs: Record<EntityType, TopList> = {
    model: new TopList(top),
    method: new TopList(top),
    benchmark: new TopList(top),
    task: new TopList(top),
    language: new TopList(top),
  };

  graph.forEachNode((key, attrs) => {
    const ref = { key, type: attrs.type, label: attrs.label };
    if (attrs.type === 'paper') {
      papers++;
      const title = attrs.title ?? attrs.label;
      if (hasLatexMarkup(title)) {
        latexTitles++;
        if (latexExamples.length < top * 2) latexExamples.push({ ...ref, field: 'title', text: title });
      }
      return;
    }
    entities++;
    let introducers = 0;
    graph.forEachInEdge(key, (_e, edge) => void (edge.type === 'introduces' && introducers++));
    if (introducers >= minIntroducers) {
      introducedCount++;
      introduced.offer({ ...ref, count: introducers });
    }
    const latexName = hasLatexMarkup(attrs.label) ? attrs.label : attrs.aliases.find(hasLatexMarkup);
    if (latexName !== undefined) {
      latexNames++;
      if (latexExamples.length < top * 2) {
        latexExamples.push({ ...ref, field: latexName === attrs.label ? 'label' : 'alias', text: latexName });
      }
    }
    const dupes = caseDuplicateForms([attrs.label, ...attrs.aliases]);
    if (dupes.length) {
      caseCount++;
      if (caseExamples.length < top) caseExamples.push({ ...ref, forms: dupes });
    }
    hubs[attrs.type].offer({ ...ref, count: graph.degree(key) });
  });

  const hubRecord: Record<EntityType, Counted[]> = {
    model: hubs.model.items,
    method: hubs.method.items,
    benchmark: hubs.benchmark.items,
    task: hubs.task.items,
    language: hubs.language.items,
  };
  return {
    papers,
    entities,
    introducedByMany: { threshold: minIntroducers, count: introducedCount, top: introduced.items },
    latex: { names: latexNames, titles: latexTitles, examples: latexExamples },
    caseDuplicates: { count: caseCount, examples: caseExamples },
    hubs: hubRecord,
  };
}
