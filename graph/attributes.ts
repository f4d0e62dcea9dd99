// The attribute table: every node and edge attribute of graph/schema.ts once, with what
// the exports need to know about it (kind, fallback, export name, where GEXF puts it).
// GEXF, GraphML and CSV take their columns from here, in this order; the record types
// make a new attribute in schema.ts fail to compile until it has a row. Data only.

import type { EdgeAttributes, NodeAttributes } from './schema.js';

/** How a value is written: text, a list of texts, a whole or real number, a CSS colour, the evidence list. */
export type AttributeKind = 'string' | 'list' | 'int' | 'double' | 'color' | 'evidence';

/** An export that reads this table. */
export type TableExport = 'gexf' | 'graphml' | 'csv';

export interface AttributeSpec {
  kind: AttributeKind;
  /** Present on every node (edge) of a valid graph. */
  required?: boolean;
  /** Numbers: written when the value is missing or not finite. */
  fallback?: number;
  /** Name in the exports where the graph.json name would clash (`id`: the node key is the id there). */
  exportName?: string;
  /** Where GEXF writes it instead of an <attvalue>: the element's label or weight, or its viz element. */
  gexf?: 'label' | 'weight' | 'viz';
  /** Exports that leave it out, and why in a comment on the row. */
  omit?: readonly TableExport[];
}

export type AttributeTable<A> = { readonly [K in keyof Required<A>]: AttributeSpec };

const EVERYWHERE: readonly TableExport[] = ['gexf', 'graphml', 'csv'];

export const NODE_ATTRIBUTES: AttributeTable<NodeAttributes> = {
  label: { kind: 'string', required: true, gexf: 'label' },
  type: { kind: 'string', required: true },
  aliases: { kind: 'list', required: true },
  papers: { kind: 'int', required: true },
  title: { kind: 'string' },
  abstract: { kind: 'string' },
  // Raw text repeats title and abstract with their LaTeX: kept in graph.json for evidence only.
  rawTitle: { kind: 'string', omit: EVERYWHERE },
  rawAbstract: { kind: 'string', omit: EVERYWHERE },
  id: { kind: 'string', exportName: 'arxivId' },
  url: { kind: 'string' },
  published: { kind: 'string' },
  authors: { kind: 'list' },
  firstAdded: { kind: 'string' },
  x: { kind: 'double', required: true, fallback: 0, gexf: 'viz' },
  y: { kind: 'double', required: true, fallback: 0, gexf: 'viz' },
  size: { kind: 'double', required: true, fallback: 1, gexf: 'viz' },
  color: { kind: 'color', required: true, gexf: 'viz' },
};

export const EDGE_ATTRIBUTES: AttributeTable<EdgeAttributes> = {
  // CSV: written as the :TYPE column (upper case), not as a property.
  type: { kind: 'string', required: true, omit: ['csv'] },
  relation: { kind: 'string' },
  weight: { kind: 'double', required: true, fallback: 1, gexf: 'weight' },
  evidence: { kind: 'evidence', required: true },
  // Appearance of the map only: GEXF keeps it as viz, the data formats leave it out.
  color: { kind: 'color', gexf: 'viz', omit: ['graphml', 'csv'] },
  size: { kind: 'double', fallback: 1, gexf: 'viz', omit: ['graphml', 'csv'] },
};

/** One column of an export: the attribute, its spec and the name written. */
export interface AttributeColumn<A> {
  attribute: keyof A & string;
  spec: AttributeSpec;
  name: string;
}

function isAttribute<A>(table: AttributeTable<A>, key: string): key is keyof A & string {
  return Object.hasOwn(table, key);
}

/** The table's rows `format` writes, in table order. */
export function columnsFor<A>(table: AttributeTable<A>, format: TableExport): AttributeColumn<A>[] {
  const out: AttributeColumn<A>[] = [];
  for (const [attribute, spec] of Object.entries<AttributeSpec>(table)) {
    if (!isAttribute(table, attribute) || spec.omit?.includes(format)) continue;
    out.push({ attribute, spec, name: spec.exportName ?? attribute });
  }
  return out;
}

/** A value read as text (undefined unless it is a string). */
export function textValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A value read as a list of texts (undefined unless it is one). */
export function listValue(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** A value read as a number: `fallback` when missing or not finite. */
export function numberValue(value: unknown, fallback?: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
