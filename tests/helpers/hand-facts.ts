// Papers and facts typed in by hand, for the fixture graphs and the tests that build their own
// (no extractors): one-line fact builders, the paper record, a table extractor, and the merge
// that turns the papers into a coloured graph. Each fixture then lists only its own data.
import { applyAppearance } from '../../graph/appearance.js';
import { countPapers, createAliasIndex, mergeExtraction } from '../../graph/merge.js';
import { createGraph, SCHEMA_VERSION, type PaperGraph } from '../../graph/schema.js';
import type { Extractor } from '../../src/pipeline.js';
import type { EntityEdgeType, EntityType, Fact, LineageRelation, Mention, Paper, PaperEdgeType } from '../../src/types.js';

export const mention = (type: EntityType, name: string, aliases?: string[]): Mention => (aliases ? { type, name, aliases } : { type, name });
export const model = (name: string, aliases?: string[]): Mention => mention('model', name, aliases);

/** paper -> entity. */
export const paperFact = (edge: PaperEdgeType, target: Mention, sentence: string, rule: string): Fact => ({ kind: 'paper', edge, target, sentence, rule });

/** child -> parent (derived_from unless told), with the relation when there is one. */
export function lineageFact(
  child: Mention,
  parent: Mention,
  sentence: string,
  rule: string,
  relation?: LineageRelation,
  edge: EntityEdgeType = 'derived_from',
): Fact {
  const fact: Fact = { kind: 'entity', edge, source: child, target: parent, sentence, rule };
  if (relation) fact.relation = relation;
  return fact;
}

/** A paper as a test writes it: the text as read is the display text. */
export interface HandPaper {
  id?: string;
  title: string;
  abstract: string;
  url?: string;
  published?: string;
  authors?: string[];
}

export function handPaper(p: HandPaper, source: Paper['source'] = { file: 'fixture', line: 1 }): Paper {
  const paper: Paper = { title: p.title, abstract: p.abstract, rawTitle: p.title, rawAbstract: p.abstract, source };
  if (p.id) paper.id = p.id;
  if (p.url) paper.url = p.url;
  if (p.published) paper.published = p.published;
  if (p.authors) paper.authors = p.authors;
  return paper;
}

/** An extractor that answers from a table keyed by title, so tests do not depend on the real rules. */
export function tableExtractor(table: ReadonlyMap<string, Fact[]>): Extractor {
  return ({ title }) => ({ facts: table.get(title) ?? [] });
}

/** The papers merged with graph/merge in order (line i + 1), papers counted, coloured by graph/appearance. */
export function mergeHandPapers(name: string, papers: readonly (HandPaper & { facts: Fact[] })[], firstAdded?: string): PaperGraph {
  const graph = createGraph();
  graph.replaceAttributes({ name, schemaVersion: SCHEMA_VERSION });
  const index = createAliasIndex(graph);
  papers.forEach((p, i) => mergeExtraction(graph, index, handPaper(p, { file: 'fixture', line: i + 1 }), { facts: p.facts }, firstAdded));
  countPapers(graph);
  applyAppearance(graph);
  return graph;
}
