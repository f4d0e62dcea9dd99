// GraphML export (yEd, Cytoscape, NetworkX, graphology-graphml): typed <key> declarations,
// lists and evidence as JSON strings, colour as r/g/b ints and hex, keys from the rows of
// graph/attributes.ts. graphology-graphml only parses, so this module writes the XML
// itself. Returns a string; no I/O.

import { columnsFor, EDGE_ATTRIBUTES, listValue, NODE_ATTRIBUTES, numberValue, textValue, type AttributeColumn, type AttributeKind } from '../attributes.js';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema.js';
import { FALLBACK_COLOR, parseColor, toHex } from './color.js';
import { escapeXml } from './xml-text.js';

type KeyType = 'string' | 'int' | 'double';

interface KeySpec<A> {
  id: string;
  type: KeyType;
  value: (attrs: A) => string | number | undefined;
}

const KEY_TYPE: Record<AttributeKind, KeyType> = { string: 'string', list: 'string', int: 'int', double: 'double', color: 'string', evidence: 'string' };

const rgb = (value: unknown) => parseColor(textValue(value) ?? '') ?? FALLBACK_COLOR;

/**
 * Data keys of one attribute. Lists and evidence are JSON strings (GraphML has no list
 * type); a colour is its hex and r, g, b ints, as yEd and Cytoscape read them.
 */
function keysOf<A>({ attribute, spec, name }: AttributeColumn<A>): KeySpec<A>[] {
  const read = (a: A): unknown => a[attribute];
  switch (spec.kind) {
    case 'list':
      return [{ id: name, type: 'string', value: (a) => json(listValue(read(a))) }];
    case 'evidence':
      return [{ id: name, type: 'string', value: (a) => JSON.stringify(read(a)) }];
    case 'int':
    case 'double':
      return [{ id: name, type: KEY_TYPE[spec.kind], value: (a) => numberValue(read(a), spec.fallback) }];
    case 'color':
      return [
        { id: name, type: 'string', value: (a) => toHex(rgb(read(a))) },
        { id: 'r', type: 'int', value: (a) => rgb(read(a)).r },
        { id: 'g', type: 'int', value: (a) => rgb(read(a)).g },
        { id: 'b', type: 'int', value: (a) => rgb(read(a)).b },
      ];
    case 'string':
      return [{ id: name, type: 'string', value: (a) => textValue(read(a)) }];
  }
}

function json(value: readonly unknown[] | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** Node data keys, in file order: the rows of graph/attributes.ts. */
const GRAPHML_NODE_KEYS: KeySpec<NodeAttributes>[] = columnsFor(NODE_ATTRIBUTES, 'graphml').flatMap(keysOf);

const GRAPHML_EDGE_KEYS: KeySpec<EdgeAttributes>[] = columnsFor(EDGE_ATTRIBUTES, 'graphml').flatMap(keysOf);

function keyLines<A>(specs: readonly KeySpec<A>[], domain: 'node' | 'edge'): string[] {
  // Ids are prefixed per domain: GraphML key ids are global, and both domains have `type`.
  return specs.map((k) => `  <key id="${domain[0]}_${k.id}" for="${domain}" attr.name="${k.id}" attr.type="${k.type}"/>`);
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
