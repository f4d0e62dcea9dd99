// The overview of a big graph: the largest model families, whole, and the most connected
// other entities, with the edges among them and their laid-out positions. The map opens it
// first (overview.json) so a real stream's graph is readable and quick. Laid out on its own
// (families drawn together); at most a few sentences per edge. Pure; no papers.

import { layoutGraph } from './layout.js';
import { createGraph, type PaperGraph } from './schema.js';
import { families, familyRoots } from './query/family.js';

export interface OverviewOptions {
  /** Most nodes in the overview; default DEFAULT_OVERVIEW_OPTIONS.maxNodes. */
  maxNodes?: number;
  /** Share of maxNodes given to families before the most connected entities. */
  familyShare?: number;
  /** Sentences kept per edge (the full graph has them all): most of a graph's bytes are evidence. */
  evidencePerEdge?: number;
  /** ForceAtlas2 passes over the overview itself, so each family's lineage edges pull it together. */
  iterations?: number;
}

export const DEFAULT_OVERVIEW_OPTIONS = { maxNodes: 3000, familyShare: 0.6, evidencePerEdge: 2, iterations: 150 } as const;

/** From this many nodes on, `build` also writes overview.json and the map opens it first. */
export const OVERVIEW_ABOVE = 20_000;

export function overviewGraph(graph: PaperGraph, options: OverviewOptions = {}): PaperGraph {
  const maxNodes = options.maxNodes ?? DEFAULT_OVERVIEW_OPTIONS.maxNodes;
  const familyBudget = Math.floor(maxNodes * (options.familyShare ?? DEFAULT_OVERVIEW_OPTIONS.familyShare));
  const keep = new Set<string>();
  // Whole families, largest first, while they fit.
  const members = new Map<string, string[]>();
  for (const [key, root] of familyRoots(graph)) {
    const list = members.get(root);
    if (list) list.push(key);
    else members.set(root, [key]);
  }
  for (const f of families(graph)) {
    if (f.size < 2) break;
    const list = members.get(f.root) ?? [];
    if (keep.size + list.length > familyBudget) continue;
    for (const key of list) keep.add(key);
  }
  // Then the entities in the most papers.
  const entities = graph.filterNodes((key, a) => a.type !== 'paper' && !keep.has(key));
  entities.sort((a, b) => graph.getNodeAttribute(b, 'papers') - graph.getNodeAttribute(a, 'papers') || (a < b ? -1 : 1));
  for (const key of entities) {
    if (keep.size >= maxNodes) break;
    keep.add(key);
  }
  const out = createGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const key of [...keep].sort()) out.addNode(key, structuredClone(graph.getNodeAttributes(key)));
  const evidencePerEdge = options.evidencePerEdge ?? DEFAULT_OVERVIEW_OPTIONS.evidencePerEdge;
  graph.forEachEdge((key, attrs, source, target) => {
    if (!keep.has(source) || !keep.has(target)) return;
    out.addDirectedEdgeWithKey(key, source, target, { ...structuredClone(attrs), evidence: attrs.evidence.slice(0, evidencePerEdge).map((e) => ({ ...e })) });
  });
  layoutGraph(out, { iterations: options.iterations ?? DEFAULT_OVERVIEW_OPTIONS.iterations });
  return out;
}
