// Alias-aware node search (the map's search box, /api/search): ranks labels and aliases
// that match what was typed. Pure; names are folded once per graph (createSearchIndex),
// not per keystroke. A query index builds the same SearchIndex from its own name table.

import { stripAccents } from '../../src/normalize.js';
import type { NodeType } from '../../src/types.js';
import type { NodeAttributes, PaperGraph } from '../schema.js';

export interface Suggestion {
  key: string;
  label: string;
  type: NodeType;
  /** The alias that matched, when it was not the label. */
  alias?: string;
  papers: number;
}

interface IndexedName {
  /** Folded with word breaks ("xlm roberta") and without them ("xlmroberta"). */
  words: string;
  /** `words` split once here, not on every keystroke (big graphs have ~200k names). */
  wordList: string[];
  compact: string;
  alias?: string;
}

interface IndexedNode {
  key: string;
  label: string;
  type: NodeType;
  papers: number;
  names: IndexedName[];
}

export type SearchIndex = readonly IndexedNode[];

export const DEFAULT_SUGGESTION_LIMIT = 8;

/** Lower case, no accents, punctuation as spaces: "XLM-RoBERTa" -> "xlm roberta". */
function fold(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function indexName(name: string, alias?: string): IndexedName {
  const words = fold(name);
  const entry: IndexedName = { words, wordList: words.split(' '), compact: words.replace(/ /g, '') };
  if (alias !== undefined) entry.alias = alias;
  return entry;
}

/** One node's entry: its label and aliases, folded. */
export function searchEntry(key: string, attrs: Pick<NodeAttributes, 'label' | 'type' | 'papers' | 'aliases'>): SearchIndex[number] {
  return {
    key,
    label: attrs.label,
    type: attrs.type,
    papers: attrs.papers,
    names: [indexName(attrs.label), ...attrs.aliases.map((a) => indexName(a, a))],
  };
}

export function createSearchIndex(graph: PaperGraph): SearchIndex {
  return graph.mapNodes((key, attrs) => searchEntry(key, attrs));
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, undefined no match. Spaces are optional. */
function score(name: IndexedName, words: string, compact: string): number | undefined {
  if (!name.compact) return undefined;
  if (name.compact === compact) return 0;
  if (name.compact.startsWith(compact)) return 1;
  if (name.wordList.some((w) => w.startsWith(words))) return 2;
  if (name.compact.includes(compact)) return 3;
  return undefined;
}

export function searchNodes(
  index: SearchIndex,
  query: string,
  options: { limit?: number; include?: (type: NodeType) => boolean; includeKey?: (key: string) => boolean } = {},
): Suggestion[] {
  const words = fold(query);
  const compact = words.replace(/ /g, '');
  if (!compact) return [];
  const found: { s: Suggestion; rank: number }[] = [];
  for (const node of index) {
    if (options.include && !options.include(node.type)) continue;
    if (options.includeKey && !options.includeKey(node.key)) continue;
    let best: { rank: number; alias?: string } | undefined;
    for (const name of node.names) {
      const r = score(name, words, compact);
      if (r !== undefined && (!best || r < best.rank)) best = name.alias === undefined ? { rank: r } : { rank: r, alias: name.alias };
    }
    if (!best) continue;
    const s: Suggestion = { key: node.key, label: node.label, type: node.type, papers: node.papers };
    if (best.alias !== undefined) s.alias = best.alias;
    // Entities before papers at equal rank: a model name is what people look for.
    found.push({ s, rank: best.rank * 2 + (node.type === 'paper' ? 1 : 0) });
  }
  found.sort((a, b) => a.rank - b.rank || b.s.papers - a.s.papers || a.s.label.localeCompare(b.s.label));
  return found.slice(0, options.limit ?? DEFAULT_SUGGESTION_LIMIT).map((f) => f.s);
}
