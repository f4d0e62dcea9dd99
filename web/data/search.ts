// Alias-aware node search for the search box: ranks labels and aliases that match what
// was typed. Pure; the caller decides which node types are searchable.

import { stripAccents } from '../../src/normalize.js';
import type { NodeType } from '../../src/types.js';
import type { PaperGraph } from '../../graph/schema.js';

export interface Suggestion {
  key: string;
  label: string;
  type: NodeType;
  /** The alias that matched, when it was not the label. */
  alias?: string;
  papers: number;
}

export const DEFAULT_SUGGESTION_LIMIT = 8;

/** Lower case, no accents, punctuation as spaces: "XLM-RoBERTa" -> "xlm roberta". */
function fold(text: string): string {
  return stripAccents(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, undefined no match. Spaces are optional. */
function score(name: string, query: string): number | undefined {
  const form = fold(name);
  if (!form || !query) return undefined;
  const compact = form.replace(/ /g, '');
  const q = query.replace(/ /g, '');
  if (compact === q) return 0;
  if (compact.startsWith(q)) return 1;
  if (form.split(' ').some((w) => w.startsWith(query))) return 2;
  if (compact.includes(q)) return 3;
  return undefined;
}

export function searchNodes(
  graph: PaperGraph,
  query: string,
  options: { limit?: number; include?: (type: NodeType) => boolean } = {},
): Suggestion[] {
  const q = fold(query.trim());
  if (!q) return [];
  const found: { s: Suggestion; rank: number }[] = [];
  graph.forEachNode((key, attrs) => {
    if (options.include && !options.include(attrs.type)) return;
    let best: { rank: number; alias?: string } | undefined;
    const labelRank = score(attrs.label, q);
    if (labelRank !== undefined) best = { rank: labelRank };
    for (const alias of attrs.aliases) {
      const r = score(alias, q);
      if (r !== undefined && (!best || r < best.rank)) best = { rank: r, alias };
    }
    if (!best) return;
    const s: Suggestion = { key, label: attrs.label, type: attrs.type, papers: attrs.papers };
    if (best.alias) s.alias = best.alias;
    // Entities before papers at equal rank: a model name is what people look for.
    found.push({ s, rank: best.rank * 2 + (attrs.type === 'paper' ? 1 : 0) });
  });
  found.sort((a, b) => a.rank - b.rank || b.s.papers - a.s.papers || a.s.label.localeCompare(b.s.label));
  return found.slice(0, options.limit ?? DEFAULT_SUGGESTION_LIMIT).map((f) => f.s);
}
