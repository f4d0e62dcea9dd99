// CSV for `neo4j-admin database import full`: nodes.csv and edges.csv with its header
// conventions (:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed columns, `;` arrays). The
// columns are the rows of graph/attributes.ts.
// Returns strings; the caller saves them. No I/O.

import type { EdgeType, NodeType } from '../../src/types.js';
import { columnsFor, EDGE_ATTRIBUTES, listValue, NODE_ATTRIBUTES, numberValue, textValue, type AttributeKind } from '../attributes.js';
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
const ARRAY_DELIMITER = ';';

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

/** neo4j-admin's type suffix of a column of each kind. */
const NEO4J_TYPE: Record<AttributeKind, string> = {
  string: '',
  list: ':string[]',
  int: ':int',
  double: ':double',
  color: '',
  evidence: '',
};

const NODE_COLUMNS = columnsFor(NODE_ATTRIBUTES, 'csv');
const EDGE_COLUMNS = columnsFor(EDGE_ATTRIBUTES, 'csv');

/** nodes.csv: the node key and label, then the attribute table's columns. */
export const NODE_HEADER = ['key:ID', ':LABEL', ...NODE_COLUMNS.map((c) => c.name + NEO4J_TYPE[c.spec.kind])];

/** edges.csv: ends, relationship type and key, the table's columns, and the supporting papers. */
export const EDGE_HEADER = [':START_ID', ':END_ID', ':TYPE', 'key', ...EDGE_COLUMNS.map((c) => c.name + NEO4J_TYPE[c.spec.kind]), 'papers:string[]'];

function field(kind: AttributeKind, value: unknown): string {
  if (kind === 'list') return csvArray(listValue(value));
  if (kind === 'int' || kind === 'double') return csvField(numberValue(value));
  // Evidence is a JSON string: [{paper, sentence, rule}].
  if (kind === 'evidence') return csvField(JSON.stringify(value));
  return csvField(textValue(value));
}

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
    const row = [csvField(key), csvField(NEO4J_LABELS[a.type])];
    for (const c of NODE_COLUMNS) row.push(field(c.spec.kind, a[c.attribute]));
    nodes.push(row.join(','));
  });
  const edges = [EDGE_HEADER.join(',')];
  graph.forEachEdge((key, a, source, target) => {
    const row = [csvField(source), csvField(target), csvField(neo4jType(a.type)), csvField(key)];
    for (const c of EDGE_COLUMNS) row.push(field(c.spec.kind, a[c.attribute]));
    row.push(csvArray([...new Set(a.evidence.map((e) => e.paper))]));
    edges.push(row.join(','));
  });
  return { nodes: `${nodes.join('\n')}\n`, edges: `${edges.join('\n')}\n` };
}
