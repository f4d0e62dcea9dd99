// Small helpers for the extractor tables: run extract() on one abstract and read
// back the names per edge type, and turn a table of rows into one test per row.
// Test-only; no fixtures from the gold files.

import { expect, it } from 'vitest';
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

/** A paper and what extract() must read from it: its base models (builds_on) and "child -> parent" lines (derived_from). */
export type LineageRow = [title: string, abstract: string, buildsOn: string[], derivedFrom: string[]];

/** One test per row: extract() gives exactly the row's base models and lineage (in any order). */
export function itReadsLineage(rows: LineageRow[]): void {
  it.each(rows)('%s | %s', (title, abstract, buildsOn, derivedFrom) => {
    const facts = factsOf(abstract, title);
    expect(targets(facts, 'builds_on')).toEqual([...buildsOn].sort());
    expect(lineage(facts)).toEqual([...derivedFrom].sort());
  });
}

/** One test per [title, abstract] row: extract() gives no base model and no lineage. */
export function itReadsNoLineage(rows: Array<[title: string, abstract: string]>): void {
  itReadsLineage(rows.map(([title, abstract]): LineageRow => [title, abstract, [], []]));
}

/** Reads names from one sentence (a scanner, or extract() and a filter). */
type Finder = (sentence: string) => string[];

/** One test per [sentence, names] row: find(sentence) gives exactly these names, in this order. */
export function itFinds(find: Finder, rows: Array<[sentence: string, names: string[]]>): void {
  it.each(rows)('%s', (sentence, names) => {
    expect(find(sentence)).toEqual(names);
  });
}

/** One test per [sentence, names] row: find(sentence) gives exactly these names, in any order. */
export function itFindsInAnyOrder(find: Finder, rows: Array<[sentence: string, names: string[]]>): void {
  itFinds(
    (sentence) => find(sentence).sort(),
    rows.map(([sentence, names]): [string, string[]] => [sentence, [...names].sort()]),
  );
}

/** One test per sentence: find(sentence) gives nothing. */
export function itFindsNothing(find: Finder, sentences: string[]): void {
  itFinds(
    find,
    sentences.map((sentence): [string, string[]] => [sentence, []]),
  );
}

/** Reads names from a whole paper. */
type PaperReader = (title: string, abstract: string) => string[];

/** One test per [title, abstract, names] row: read(title, abstract) gives exactly these names, in this order. */
export function itReadsPapers(read: PaperReader, rows: Array<[title: string, abstract: string, names: string[]]>, testName = '%s | %s'): void {
  it.each(rows)(testName, (title, abstract, names) => {
    expect(read(title, abstract)).toEqual(names);
  });
}

/** One test per [title, abstract] row: read(title, abstract) gives nothing. */
export function itReadsNothing(read: PaperReader, rows: Array<[title: string, abstract: string]>, testName = '%s | %s'): void {
  itReadsPapers(
    read,
    rows.map(([title, abstract]): [string, string, string[]] => [title, abstract, []]),
    testName,
  );
}
