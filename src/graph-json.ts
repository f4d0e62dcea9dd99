// Validation of graph.json (graphology's `graph.export()` of a PaperGraph) with zod, and
// import into a typed graph. Pure: no node:*, so the web app can check files it is given.
// Every failure is an InputError whose message names the source and the offending field.

import { z } from 'zod';
import { createGraph, SCHEMA_VERSION, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type PaperGraph } from '../graph/schema.js';
import { InputError } from './errors.js';
import { EDGE_TYPES, LINEAGE_RELATIONS, NODE_TYPES } from './types.js';

const optionalText = z.string().optional();

const nodeAttributes = z.object({
  type: z.enum(NODE_TYPES),
  label: z.string(),
  aliases: z.array(z.string()).default([]),
  title: optionalText,
  abstract: optionalText,
  rawTitle: optionalText,
  rawAbstract: optionalText,
  id: optionalText,
  url: optionalText,
  published: optionalText,
  authors: z.array(z.string()).optional(),
  papers: z.number().int().nonnegative().default(0),
  firstAdded: optionalText,
  x: z.number().default(0),
  y: z.number().default(0),
  size: z.number().nonnegative().default(1),
  color: z.string().default('#999999'),
});

const evidence = z.object({ paper: z.string(), sentence: z.string(), rule: z.string() });

const edgeAttributes = z.object({
  type: z.enum(EDGE_TYPES),
  relation: z.enum(LINEAGE_RELATIONS).optional(),
  weight: z.number().nonnegative().default(1),
  evidence: z.array(evidence).default([]),
  color: optionalText,
  size: z.number().nonnegative().optional(),
});

export const graphJsonSchema = z.object({
  options: z.object({ type: z.string().optional(), multi: z.boolean().optional(), allowSelfLoops: z.boolean().optional() }).optional(),
  attributes: z
    .object({
      name: z.string().default('papergraph'),
      schemaVersion: z.number().int().positive().default(SCHEMA_VERSION),
      builds: z.array(z.string()).optional(),
    })
    .default({ name: 'papergraph', schemaVersion: SCHEMA_VERSION }),
  nodes: z.array(z.object({ key: z.string().min(1), attributes: nodeAttributes })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: edgeAttributes,
    }),
  ),
});

export type GraphJson = z.infer<typeof graphJsonSchema>;

/** A and B are the same object type: assignable both ways, with the same keys (optional ones too). */
type Same<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

// Checked both ways at compile time: what the schema reads is exactly what graph/schema.ts
// declares, so an attribute added to one and not the other does not compile.
const _nodesMatch: Same<z.output<typeof nodeAttributes>, NodeAttributes> = true;
const _edgesMatch: Same<z.output<typeof edgeAttributes>, EdgeAttributes> = true;
const _graphMatches: Same<GraphJson['attributes'], GraphAttributes> = true;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';
}

/** Validate parsed graph.json and build the typed graph; `source` names it in messages. */
export function graphFromJson(value: unknown, source = 'graph'): PaperGraph {
  if (!isRecord(value) || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) {
    throw new InputError(`${source} is not a papergraph graph: expected graphology's export {"nodes": [...], "edges": [...]} as written by papergraph build`);
  }
  const parsed = graphJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${pathOf(i.path)}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new InputError(`${source} is not a valid papergraph graph: ${issues.join('; ')}${more}`);
  }
  const data = parsed.data;
  if (data.attributes.schemaVersion > SCHEMA_VERSION) {
    throw new InputError(
      `${source} has schema version ${data.attributes.schemaVersion}, newer than this papergraph reads (${SCHEMA_VERSION}); upgrade papergraph`,
    );
  }
  const keys = new Set<string>();
  for (const node of data.nodes) {
    if (keys.has(node.key)) throw new InputError(`${source}: node "${node.key}" appears twice`);
    keys.add(node.key);
  }
  const graph = createGraph();
  graph.replaceAttributes(data.attributes);
  for (const node of data.nodes) graph.addNode(node.key, node.attributes);
  data.edges.forEach((edge, i) => addCheckedEdge(graph, edge, i, source));
  return graph;
}

/** Add one validated edge, refusing what papergraph never writes (shared with the streaming reader). */
export function addCheckedEdge(graph: PaperGraph, edge: GraphJson['edges'][number], i: number, source: string): void {
  const name = edge.key ?? `edges[${i}]`;
  if (edge.undirected) throw new InputError(`${source}: edge ${name} is undirected; papergraph edges are directed`);
  for (const end of [edge.source, edge.target]) {
    if (!graph.hasNode(end)) throw new InputError(`${source}: edge ${name} points to missing node "${end}"`);
  }
  if (edge.source === edge.target) throw new InputError(`${source}: edge ${name} is a self-loop`);
  if (edge.key !== undefined) {
    if (graph.hasEdge(edge.key)) throw new InputError(`${source}: edge "${edge.key}" appears twice`);
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  } else {
    graph.addDirectedEdge(edge.source, edge.target, edge.attributes);
  }
}
