// The family queries as they were before the lineage adjacency (graph/query/lineage-adjacency.ts):
// every walk reads each model's edges through lineage-links, nothing cached. Kept as the
// reference the property test compares the fast version with; not used by the product.
import type { PaperGraph } from '../../../graph/schema.js';
import { childLinks, LINEAGE_KINDS, parentLinks, type LineageKind } from '../../../graph/query/lineage-links.js';
import type { DescendantCounts, FamilySummary } from '../../../graph/query/family.js';

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function referenceBelow(graph: PaperGraph, key: string): Map<string, LineageKind> {
  const seen = new Map<string, LineageKind>();
  let frontier = [key];
  while (frontier.length) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const link of childLinks(graph, node).sort((a, b) => byKey(a.other, b.other))) {
        if (link.other === key || seen.has(link.other)) continue;
        seen.set(link.other, link.kind);
        next.push(link.other);
      }
    }
    frontier = next;
  }
  return seen;
}

export function referenceDescendantCounts(graph: PaperGraph, key: string): DescendantCounts {
  const reached = referenceBelow(graph, key);
  const byKind: Partial<Record<LineageKind, number>> = {};
  for (const kind of reached.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
  const ordered: Partial<Record<LineageKind, number>> = {};
  for (const kind of LINEAGE_KINDS) if (byKind[kind]) ordered[kind] = byKind[kind];
  return { total: reached.size, children: new Set(childLinks(graph, key).map((l) => l.other)).size, byKind: ordered };
}

export function referenceFamilies(graph: PaperGraph): { rootOf: Map<string, string>; families: FamilySummary[] } {
  const inLineage: string[] = [];
  const roots: string[] = [];
  graph.forEachNode((key) => {
    const up = parentLinks(graph, key).length > 0;
    const down = childLinks(graph, key).length > 0;
    if (!up && !down) return;
    inLineage.push(key);
    if (!up) roots.push(key);
  });
  const totals = new Map<string, number>();
  const total = (key: string) => {
    let t = totals.get(key);
    if (t === undefined) totals.set(key, (t = referenceBelow(graph, key).size));
    return t;
  };
  const order = (a: string, b: string) => total(b) - total(a) || graph.getNodeAttribute(b, 'papers') - graph.getNodeAttribute(a, 'papers') || byKey(a, b);
  const rootOf = new Map<string, string>();
  const claim = (root: string) => {
    if (!rootOf.has(root)) rootOf.set(root, root);
    for (const node of referenceBelow(graph, root).keys()) if (!rootOf.has(node)) rootOf.set(node, root);
  };
  roots.sort(order).forEach(claim);
  inLineage
    .filter((key) => !rootOf.has(key))
    .sort(order)
    .forEach((key) => rootOf.has(key) || claim(key));
  const sizes = new Map<string, number>();
  for (const root of rootOf.values()) sizes.set(root, (sizes.get(root) ?? 0) + 1);
  const families = [...sizes].map(([root, size]) => ({ root, label: graph.getNodeAttribute(root, 'label'), size }));
  families.sort((a, b) => b.size - a.size || byKey(a.root, b.root));
  return { rootOf, families };
}
