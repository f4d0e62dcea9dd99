// Small helpers for the extractor tables: run extract() on one abstract and read
// back the names per edge type. Test-only; no fixtures from the gold files.

import { extract } from '../../extractors/index.js';
import type { Fact } from '../../src/types.js';

export function factsOf(abstract: string, title = 'A study'): Fact[] {
  return extract({ title, abstract }).facts;
}

/** Target names of paper edges of one type. */
export function targets(facts: Fact[], edge: Fact['edge']): string[] {
  return [...new Set(facts.filter((f) => f.kind === 'paper' && f.edge === edge).map((f) => f.target.name))].sort();
}

/** "child -> parent" of derived_from facts. */
export function lineage(facts: Fact[]): string[] {
  return [...new Set(facts.flatMap((f) => (f.kind === 'entity' && f.edge === 'derived_from' ? [`${f.source.name} -> ${f.target.name}`] : [])))].sort();
}

/** Names of every model node the facts would create. */
export function models(facts: Fact[]): string[] {
  const out = new Set<string>();
  for (const f of facts) {
    if (f.target.type === 'model') out.add(f.target.name);
    if (f.kind === 'entity' && f.source.type === 'model') out.add(f.source.name);
  }
  return [...out].sort();
}
