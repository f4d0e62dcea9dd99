// The export formats, one row each: default file name, what it is for, and the writer. The
// format list is this record's keys; the CLI's `export`, build/add outputs and the map all
// iterate it, so adding a format is one row here and its test. No I/O: `write` returns
// text (chunks for big graphs) and the caller saves it.

import type { PaperGraph } from '../schema.js';
import { toCsv } from './csv.js';
import { DEFAULT_GEXF_OPTIONS, gexfChunks, type GexfVersion } from './gexf.js';
import { graphJsonChunks } from './graph-json.js';
import { toGraphml } from './graphml.js';
import { toNodeLinkJson } from './json.js';

/** Text given whole or as chunks (GEXF of a big graph passes V8's string limit as one string). */
export type ExportText = string | Iterable<string>;

/** What a writer returns: one file's text, or the files of a directory by name. */
export type ExportOutput = { kind: 'file'; text: ExportText } | { kind: 'directory'; files: Readonly<Record<string, ExportText>> };

export interface ExportOptions {
  gexfVersion?: GexfVersion;
}

export interface ExportFormatSpec {
  /** Default output name beside the graph file (a directory for `kind: 'directory'` outputs). */
  file: string;
  /** One line for `--help` and the README. */
  description: string;
  write: (graph: PaperGraph, options?: ExportOptions) => ExportOutput;
  /** How to load what was written, printed after the write (given the output path). */
  loadHint?: (out: string) => string;
}

const file = (text: ExportText): ExportOutput => ({ kind: 'file', text });

export const EXPORTS = {
  gexf: {
    file: 'graph.gexf',
    description: 'GEXF 1.3 (or 1.2draft) with positions, sizes and colours: Gephi, NetworkX, graphology-gexf',
    write: (graph, options = {}) => file(gexfChunks(graph, { version: options.gexfVersion ?? DEFAULT_GEXF_OPTIONS.version })),
  },
  graphml: {
    file: 'graph.graphml',
    description: 'GraphML with typed keys: yEd, Cytoscape, NetworkX, graphology-graphml',
    write: (graph) => file(toGraphml(graph)),
  },
  json: {
    file: 'graph.node-link.json',
    description: 'node-link JSON under "edges" (NetworkX 3.x node_link_graph, D3)',
    write: (graph) => file(toNodeLinkJson(graph)),
  },
  csv: {
    file: 'neo4j',
    description: 'Neo4j import CSV: a directory of nodes.csv and edges.csv',
    write: (graph) => {
      const { nodes, edges } = toCsv(graph);
      return { kind: 'directory', files: { 'nodes.csv': nodes, 'edges.csv': edges } };
    },
    loadHint: (out) => `neo4j-admin database import full --nodes=${out}/nodes.csv --relationships=${out}/edges.csv neo4j`,
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORTS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORTS, name);
}

/** The format names, in registry order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = Object.keys(EXPORTS).filter(isExportFormat);

/**
 * graph.json itself (graphology's serialisation, what papergraph reads back). Not an export
 * format, since `export` converts from it, but written by build and add in the same way.
 */
export const GRAPH_JSON: ExportFormatSpec = {
  file: 'graph.json',
  description: "graphology's serialised graph, read back by every papergraph command and the map",
  write: (graph) => file(graphJsonChunks(graph)),
};
