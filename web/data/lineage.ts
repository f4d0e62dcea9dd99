// Adapter: the Lineage tab shows graph/query's lineage (derived_from and variant_of, both
// ways, every generation), the same record `papergraph lineage --json` prints.

import { flattenLineage, lineage, type Lineage } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';

export type { Lineage, LineageStep } from '../../graph/query/index.js';

export function lineageOf(graph: PaperGraph, key: string): Lineage | undefined {
  return graph.hasNode(key) ? lineage(graph, key) : undefined;
}

/** The model and every ancestor and descendant: what the lineage view keeps bright. */
export function lineageNodeKeys(result: Lineage): Set<string> {
  return new Set([result.key, ...flattenLineage(result.ancestors).map((s) => s.key), ...flattenLineage(result.descendants).map((s) => s.key)]);
}
