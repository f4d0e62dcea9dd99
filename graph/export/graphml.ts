// GraphML export (yEd, Cytoscape, NetworkX, graphology-graphml): typed <key> declarations,
// lists and evidence as JSON strings, colour as r/g/b ints and hex. graphology-graphml only
// parses, so this module writes the XML itself. Returns a string; no I/O.

import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';
import { FALLBACK_COLOR, parseColor, toHex } from './color.js';
import { escapeXml } from './xml-text.js';

type KeyType = 'string' | 'int' | 'double';

interface KeySpec<A> {
  id: string;
  type: KeyType;
  value: (attrs: A) => string | number | undefined;
}

function json(value: readonly unknown[] | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

/** Node data keys, in file order. Lists are JSON arrays in a string (GraphML has no list type). */
export const GRAPHML_NODE_KEYS: KeySpec<NodeAttributes>[] = [
  { id: 'label', type: 'string', value: (a) => a.label },
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'aliases', type: 'string', value: (a) => json(a.aliases) },
  { id: 'papers', type: 'int', value: (a) => a.papers },
  { id: 'title', type: 'string', value: (a) => a.title },
  { id: 'abstract', type: 'string', value: (a) => a.abstract },
  // Not `id`: python-igraph (and others) read a node attribute `id` as the node's name and lose our keys.
  { id: 'arxivId', type: 'string', value: (a) => a.id },
  { id: 'url', type: 'string', value: (a) => a.url },
  { id: 'published', type: 'string', value: (a) => a.published },
  { id: 'authors', type: 'string', value: (a) => json(a.authors) },
  { id: 'firstAdded', type: 'string', value: (a) => a.firstAdded },
  { id: 'x', type: 'double', value: (a) => finiteOr(a.x, 0) },
  { id: 'y', type: 'double', value: (a) => finiteOr(a.y, 0) },
  { id: 'size', type: 'double', value: (a) => finiteOr(a.size, 1) },
  { id: 'color', type: 'string', value: (a) => toHex(parseColor(a.color) ?? FALLBACK_COLOR) },
  { id: 'r', type: 'int', value: (a) => (parseColor(a.color) ?? FALLBACK_COLOR).r },
  { id: 'g', type: 'int', value: (a) => (parseColor(a.color) ?? FALLBACK_COLOR).g },
  { id: 'b', type: 'int', value: (a) => (parseColor(a.color) ?? FALLBACK_COLOR).b },
];

export const GRAPHML_EDGE_KEYS: KeySpec<EdgeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'relation', type: 'string', value: (a) => a.relation },
  { id: 'weight', type: 'double', value: (a) => finiteOr(a.weight, 1) },
  { id: 'evidence', type: 'string', value: (a) => JSON.stringify(a.evidence) },
];

function keyLines<A>(specs: readonly KeySpec<A>[], domain: 'node' | 'edge'): string[] {
  // Ids are prefixed per domain: GraphML key ids are global, and both domains have `type`.
  return specs.map(
    (k) => `  <key id="${domain[0]}_${k.id}" for="${domain}" attr.name="${k.id}" attr.type="${k.type}"/>`,
  );
}

function dataLines<A>(specs: readonly KeySpec<A>[], domain: 'node' | 'edge', attrs: A): string[] {
  const lines: string[] = [];
  for (const k of specs) {
    const value = k.value(attrs);
    if (value === undefined) continue;
    lines.push(`      <data key="${domain[0]}_${k.id}">${escapeXml(String(value))}</data>`);
  }
  return lines;
}

/** Serialise the graph as GraphML (directed, parallel edges kept, edge ids = our keys). */
export function toGraphml(graph: PaperGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines(GRAPHML_NODE_KEYS, 'node'),
    ...keyLines(GRAPHML_EDGE_KEYS, 'edge'),
    `  <graph id="${escapeXml(graph.getAttribute('name') ?? 'papergraph')}" edgedefault="directed">`,
  ];
  graph.forEachNode((key, attrs) => {
    lines.push(`    <node id="${escapeXml(key)}">`, ...dataLines(GRAPHML_NODE_KEYS, 'node', attrs), '    </node>');
  });
  graph.forEachEdge((key, attrs, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines(GRAPHML_EDGE_KEYS, 'edge', attrs),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
