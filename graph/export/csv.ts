// CSV for `neo4j-admin database import full`: nodes.csv and edges.csv with its header
// conventions (:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed columns, `;` arrays).
// Returns strings; the caller saves them. No I/O.

import type { EdgeType, NodeType } from '../../src/types.js';
import type { PaperGraph } from '../schema.js';

/** Neo4j node label of each node type. */
export const NEO4J_LABELS: Record<NodeType, string> = {
  paper: 'Paper',
  model: 'Model',
  method: 'Method',
  benchmark: 'Benchmark',
  task: 'Task',
  language: 'Language',
};

/** Neo4j relationship type of each edge type. */
export function neo4jType(type: EdgeType): string {
  return type.toUpperCase();
}

/** neo4j-admin's default array delimiter. */
export const ARRAY_DELIMITER = ';';

/**
 * One CSV field: always double-quoted with quotes doubled (neo4j-admin's default quote
 * character). Line breaks become spaces so no `--multiline-fields` flag is needed.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return `"${value.replace(/\r\n|\r|\n/g, ' ').replace(/"/g, '""')}"`;
}

/** A `string[]` field: items joined by `;` (a `;` inside an item becomes `,`: Neo4j cannot escape it). */
export function csvArray(items: readonly string[] | undefined): string {
  if (!items?.length) return '';
  return csvField(items.map((item) => item.replace(/;/g, ',')).join(ARRAY_DELIMITER));
}

export const NODE_HEADER = [
  'key:ID',
  ':LABEL',
  'label',
  'type',
  'aliases:string[]',
  'papers:int',
  'title',
  'abstract',
  'arxivId',
  'url',
  'published',
  'authors:string[]',
  'firstAdded',
  'x:double',
  'y:double',
  'size:double',
  'color',
];

export const EDGE_HEADER = [':START_ID', ':END_ID', ':TYPE', 'key', 'relation', 'weight:double', 'evidence', 'papers:string[]'];

export interface CsvExport {
  nodes: string;
  edges: string;
}

/**
 * nodes.csv and edges.csv. Evidence is a JSON string ([{paper, sentence, rule}]); `papers`
 * lists the supporting paper keys. Import with
 * `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j`.
 */
export function toCsv(graph: PaperGraph): CsvExport {
  const nodes = [NODE_HEADER.join(',')];
  graph.forEachNode((key, a) => {
    nodes.push(
      [
        csvField(key),
        csvField(NEO4J_LABELS[a.type]),
        csvField(a.label),
        csvField(a.type),
        csvArray(a.aliases),
        csvField(a.papers),
        csvField(a.title),
        csvField(a.abstract),
        csvField(a.id),
        csvField(a.url),
        csvField(a.published),
        csvArray(a.authors),
        csvField(a.firstAdded),
        csvField(a.x),
        csvField(a.y),
        csvField(a.size),
        csvField(a.color),
      ].join(','),
    );
  });
  const edges = [EDGE_HEADER.join(',')];
  graph.forEachEdge((key, a, source, target) => {
    edges.push(
      [
        csvField(source),
        csvField(target),
        csvField(neo4jType(a.type)),
        csvField(key),
        csvField(a.relation),
        csvField(a.weight),
        csvField(JSON.stringify(a.evidence)),
        csvArray([...new Set(a.evidence.map((e) => e.paper))]),
      ].join(','),
    );
  });
  return { nodes: `${nodes.join('\n')}\n`, edges: `${edges.join('\n')}\n` };
}
