// Invariants every built graph must hold, whatever the input: typed nodes, typed edges
// between existing nodes, and evidence on every edge (all edges come from text).
import { EDGE_TYPES, LINEAGE_RELATIONS, NODE_TYPES } from '../../src/types.js';
import type { PaperGraph } from '../../graph/schema.js';

const PAPER_EDGE_TARGETS: Record<string, readonly string[]> = {
  introduces: ['model', 'method', 'benchmark'],
  mentions: ['model', 'method'],
  builds_on: ['model', 'method'],
  evaluated_on: ['benchmark'],
  addresses: ['task'],
  covers_language: ['language'],
};

export function graphViolations(graph: PaperGraph): string[] {
  const problems: string[] = [];
  graph.forEachNode((key, a) => {
    if (!NODE_TYPES.includes(a.type)) problems.push(`node ${key}: type ${String(a.type)}`);
    if (typeof a.label !== 'string' || !a.label) problems.push(`node ${key}: no label`);
    if (!Array.isArray(a.aliases)) problems.push(`node ${key}: aliases not a list`);
    if (!key.startsWith(`${a.type}:`)) problems.push(`node ${key}: key does not start with its type`);
  });
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    if (!EDGE_TYPES.includes(a.type)) problems.push(`edge ${key}: type ${String(a.type)}`);
    if (!graph.hasNode(source) || !graph.hasNode(target)) problems.push(`edge ${key}: dangling`);
    if (!a.evidence.length) problems.push(`edge ${key}: no evidence`);
    for (const e of a.evidence) {
      if (!e.sentence || !e.rule || !graph.hasNode(e.paper)) problems.push(`edge ${key}: bad evidence ${JSON.stringify(e)}`);
    }
    const allowed = PAPER_EDGE_TARGETS[a.type];
    if (allowed) {
      if (sa.type !== 'paper' || !allowed.includes(ta.type)) problems.push(`edge ${key}: ${sa.type} -${a.type}-> ${ta.type}`);
    } else if (sa.type === 'paper' || ta.type === 'paper') {
      problems.push(`edge ${key}: ${a.type} touches a paper`);
    }
    if (a.type === 'derived_from' && (!a.relation || !LINEAGE_RELATIONS.includes(a.relation))) {
      problems.push(`edge ${key}: derived_from without a known relation`);
    }
  });
  return problems;
}
