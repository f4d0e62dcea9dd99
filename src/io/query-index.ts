// The query index: `graph.index`, written beside graph.json at build time, so a query reads
// the few records it needs instead of parsing every sentence of a big graph. It holds the
// graph's structure (edge ends and types), a hashed table from names to nodes, and each node
// and edge as its own JSON record at a known byte offset. A query resolves its name through
// the table, walks the structure to the nodes and edges it will read, and gets them as a
// small PaperGraph on which graph/query runs unchanged: same answers as on graph.json.
// graph.json stays the interchange format; the index is only a cache of it, trusted only
// while graph.json has the size and modification time it was made from.

import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  findNode,
  LINEAGE_EDGE_TYPES,
  nameForms,
  pathView,
  searchEntry,
  shortestPathKeys,
  suggestAmong,
  type FindOptions,
  type NamedNode,
  type PathEdge,
  type PathView,
  type SearchIndex,
  type SuggestOptions,
} from '../../graph/query/index.js';
import { createGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type PaperGraph } from '../../graph/schema.js';
import { matchForm } from '../normalize.js';
import type { QueryScope, QuerySource } from '../query-source.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeType } from '../types.js';
import { writeFileAtomic } from './atomic-write.js';
import { packageInfo } from './package-info.js';

const INDEX_FILE = 'graph.index';
/** Bumped whenever the layout below changes; an index of another format is ignored. */
const FORMAT = 1;
const TRAILER_PREFIX = 'papergraph-index ';
/** The file ends with the prefix and the header's byte length in 14 digits and a newline. */
const TRAILER_BYTES = TRAILER_PREFIX.length + 15;

type Range = [start: number, end: number];

interface Header {
  format: number;
  papergraph: string;
  /** graph.json as it was when the index was written. */
  source: { size: number; mtimeMs: number };
  attributes: GraphAttributes;
  nodes: number;
  edges: number;
  buckets: number;
  sections: Record<'structure' | 'nodeOffsets' | 'edgeOffsets' | 'bucketOffsets' | 'nodes' | 'edges' | 'buckets' | 'names', Range>;
}

/** One node in the names section: key, label, type index, papers, aliases, match forms. */
type NameRow = [key: string, label: string, type: number, papers: number, aliases: string[], forms: string[]];
/** One entry of a hash bucket: a key (kind 0) or a name's match form (kind 1), and its node. */
type BucketEntry = [text: string, node: number, kind: 0 | 1];

/** FNV-1a over UTF-16 code units: the same bucket for the same text on every machine. */
function bucketOf(text: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** Keys of the evidence papers of each edge, as node numbers (citeEvidence reads their titles). */
function evidencePapers(attrs: EdgeAttributes, index: Map<string, number>): number[] {
  const found = new Set<number>();
  for (const e of attrs.evidence) {
    const n = index.get(e.paper);
    if (n !== undefined) found.add(n);
  }
  return [...found];
}

/** The index's text, section by section, with the header (offsets) last. */
function* indexChunks(graph: PaperGraph, source: Header['source']): Generator<string> {
  let offset = 0;
  const sections: Partial<Header['sections']> = {};
  function* section(name: keyof Header['sections'], parts: Iterable<string>): Generator<string> {
    const start = offset;
    for (const part of parts) {
      offset += Buffer.byteLength(part);
      yield part;
    }
    sections[name] = [start, offset];
  }
  const keys = graph.nodes();
  const number = new Map(keys.map((key, i) => [key, i]));
  const structure: number[] = [];
  graph.forEachEdge((_edge, attrs, s, t) => structure.push(number.get(s) ?? -1, number.get(t) ?? -1, EDGE_TYPES.indexOf(attrs.type)));
  yield* section('structure', [JSON.stringify(structure), '\n']);

  const nodeOffsets: number[] = [0];
  const names: NameRow[] = [];
  const entries: BucketEntry[] = [];
  const nodeRecords: string[] = [];
  graph.forEachNode((key, attrs) => {
    const i = nodeOffsets.length - 1;
    const record = `${JSON.stringify([key, attrs])}\n`;
    nodeRecords.push(record);
    nodeOffsets.push((nodeOffsets[i] ?? 0) + Buffer.byteLength(record));
    const forms = [...new Set(nameForms(key, attrs))];
    names.push([key, attrs.label, NODE_TYPES.indexOf(attrs.type), attrs.papers, attrs.aliases, forms]);
    entries.push([key, i, 0]);
    for (const form of forms) if (form) entries.push([form, i, 1]);
  });
  const edgeOffsets: number[] = [0];
  const edgeRecords: string[] = [];
  graph.forEachEdge((edge, attrs) => {
    const record = `${JSON.stringify([edge, attrs, evidencePapers(attrs, number)])}\n`;
    edgeRecords.push(record);
    edgeOffsets.push((edgeOffsets[edgeOffsets.length - 1] ?? 0) + Buffer.byteLength(record));
  });
  yield* section('nodeOffsets', [JSON.stringify(nodeOffsets), '\n']);
  yield* section('edgeOffsets', [JSON.stringify(edgeOffsets), '\n']);
  // About eight entries a bucket: one small JSON array read per name looked up.
  const buckets = Math.max(64, 2 ** Math.ceil(Math.log2(entries.length / 8 + 1)));
  const byBucket: BucketEntry[][] = Array.from({ length: buckets }, () => []);
  for (const entry of entries) byBucket[bucketOf(entry[0], buckets)]?.push(entry);
  const bucketTexts = byBucket.map((b) => `${JSON.stringify(b)}\n`);
  const bucketOffsets = [0];
  for (const text of bucketTexts) bucketOffsets.push((bucketOffsets[bucketOffsets.length - 1] ?? 0) + Buffer.byteLength(text));
  yield* section('bucketOffsets', [JSON.stringify(bucketOffsets), '\n']);
  yield* section('nodes', nodeRecords);
  yield* section('edges', edgeRecords);
  yield* section('buckets', bucketTexts);
  yield* section('names', [JSON.stringify(names), '\n']);
  const header: Header = {
    format: FORMAT,
    papergraph: packageInfo().version,
    source,
    attributes: graph.getAttributes(),
    nodes: graph.order,
    edges: graph.size,
    buckets,
    sections: sections as Header['sections'],
  };
  const text = `${JSON.stringify(header)}\n`;
  yield text;
  yield `${TRAILER_PREFIX}${String(Buffer.byteLength(text)).padStart(14, '0')}\n`;
}

/** The index file that belongs to a graph.json. */
function indexFileFor(graphFile: string): string {
  return join(dirname(graphFile), INDEX_FILE);
}

/**
 * Write the index of `graph` beside `graphFile`, which must already hold that graph
 * (written just before): the index records the file's size and modification time.
 */
export async function writeQueryIndex(graph: PaperGraph, graphFile: string): Promise<string> {
  const { size, mtimeMs } = statSync(graphFile);
  const file = indexFileFor(graphFile);
  await writeFileAtomic(file, indexChunks(graph, { size, mtimeMs }));
  return file;
}

/** Reads byte ranges of the open index file. */
class IndexFile {
  constructor(private readonly fd: number) {}

  text(start: number, end: number): string {
    const bytes = Buffer.allocUnsafe(end - start);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(this.fd, bytes, done, bytes.length - done, start + done);
      if (n === 0) throw new Error('query index ends early');
      done += n;
    }
    return bytes.toString('utf8');
  }

  json<T>(range: Range): T {
    return JSON.parse(this.text(range[0], range[1])) as T;
  }
}

/** An index opened for queries; see QuerySource. */
class IndexSource implements QuerySource {
  readonly attributes: GraphAttributes;
  readonly order: number;
  readonly size: number;
  private readonly structure: Int32Array;
  private readonly nodeOffsets: number[];
  private readonly edgeOffsets: number[];
  private readonly bucketOffsets: number[];
  /** Edges of each node, outgoing then incoming, in graph order (CSR). */
  private readonly outStart: Int32Array;
  private readonly outEdges: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inEdges: Int32Array;
  private names?: NameRow[];
  private named?: NamedNode[];
  private search?: SearchIndex;
  private readonly nodeCache = new Map<number, [string, NodeAttributes]>();
  private readonly keyCache = new Map<string, number>();
  private readonly views = new Map<boolean, PathView>();

  constructor(
    private readonly file: IndexFile,
    private readonly header: Header,
  ) {
    this.attributes = header.attributes;
    this.order = header.nodes;
    this.size = header.edges;
    this.structure = Int32Array.from(file.json<number[]>(header.sections.structure));
    this.nodeOffsets = file.json(header.sections.nodeOffsets);
    this.edgeOffsets = file.json(header.sections.edgeOffsets);
    this.bucketOffsets = file.json(header.sections.bucketOffsets);
    [this.outStart, this.outEdges] = this.adjacency(0);
    [this.inStart, this.inEdges] = this.adjacency(1);
  }

  /** For each node, its edges whose `end` (0 source, 1 target) it is, in edge order. */
  private adjacency(end: 0 | 1): [Int32Array, Int32Array] {
    const start = new Int32Array(this.order + 1);
    for (let e = 0; e < this.size; e++) start[(this.structure[3 * e + end] ?? 0) + 1]!++;
    for (let n = 0; n < this.order; n++) start[n + 1]! += start[n]!;
    const fill = start.slice(0, this.order);
    const edges = new Int32Array(this.size);
    for (let e = 0; e < this.size; e++) edges[fill[this.structure[3 * e + end] ?? 0]!++] = e;
    return [start, edges];
  }

  private edgeType(e: number): EdgeType {
    return EDGE_TYPES[this.structure[3 * e + 2] ?? 0] ?? 'mentions';
  }

  private edgeEnd(e: number, end: 0 | 1): number {
    return this.structure[3 * e + end] ?? 0;
  }

  private node(n: number): [string, NodeAttributes] {
    let hit = this.nodeCache.get(n);
    if (!hit) {
      const base = this.header.sections.nodes[0];
      hit = JSON.parse(this.file.text(base + (this.nodeOffsets[n] ?? 0), base + (this.nodeOffsets[n + 1] ?? 0))) as [string, NodeAttributes];
      // Bounded: a long-running server must not end up holding the whole graph.
      if (this.nodeCache.size > 50_000) this.nodeCache.clear();
      this.nodeCache.set(n, hit);
    }
    return hit;
  }

  private edge(e: number): [string, EdgeAttributes, number[]] {
    const base = this.header.sections.edges[0];
    return JSON.parse(this.file.text(base + (this.edgeOffsets[e] ?? 0), base + (this.edgeOffsets[e + 1] ?? 0))) as [string, EdgeAttributes, number[]];
  }

  private bucket(text: string): BucketEntry[] {
    const b = bucketOf(text, this.header.buckets);
    const base = this.header.sections.buckets[0];
    return JSON.parse(this.file.text(base + (this.bucketOffsets[b] ?? 0), base + (this.bucketOffsets[b + 1] ?? 0))) as BucketEntry[];
  }

  private numberOf(key: string): number | undefined {
    const cached = this.keyCache.get(key);
    if (cached !== undefined) return cached;
    const found = this.bucket(key).find(([text, , kind]) => kind === 0 && text === key)?.[1];
    if (found !== undefined) this.keyCache.set(key, found);
    return found;
  }

  /** Every node findNode could return for `name`: by key, and by the match forms it may compare. */
  private candidates(name: string): number[] {
    const found = new Set<number>();
    const byKey = this.numberOf(name);
    if (byKey !== undefined) found.add(byKey);
    // findNode compares the whole name, or the part after a type prefix ("model:bert").
    const typed = /^\s*([a-z]+)\s*:\s*(.+)$/i.exec(name);
    const forms = new Set([matchForm(name)]);
    if (typed?.[2]) forms.add(matchForm(typed[2]));
    for (const form of forms) {
      if (!form) continue;
      for (const [text, n, kind] of this.bucket(form)) if (kind === 1 && text === form) found.add(n);
    }
    return [...found];
  }

  /** A PaperGraph of these nodes and edges (and the edges' ends and evidence papers), in graph order. */
  private subgraph(nodes: Iterable<number>, edges: Iterable<number>): PaperGraph {
    const nodeSet = new Set(nodes);
    const edgeList = [...new Set(edges)].sort((a, b) => a - b);
    const records = edgeList.map((e) => {
      nodeSet.add(this.edgeEnd(e, 0));
      nodeSet.add(this.edgeEnd(e, 1));
      const record = this.edge(e);
      for (const paper of record[2]) nodeSet.add(paper);
      return record;
    });
    const graph = createGraph();
    graph.replaceAttributes({ ...this.attributes });
    for (const n of [...nodeSet].sort((a, b) => a - b)) {
      const [key, attrs] = this.node(n);
      graph.addNode(key, attrs);
    }
    edgeList.forEach((e, i) => {
      const [key, attrs] = records[i] ?? ['', { type: 'mentions', weight: 0, evidence: [] }];
      graph.addDirectedEdgeWithKey(key, this.node(this.edgeEnd(e, 0))[0], this.node(this.edgeEnd(e, 1))[0], attrs);
    });
    return graph;
  }

  private incident(n: number, out: boolean, into: boolean): number[] {
    const edges: number[] = [];
    if (out) for (let i = this.outStart[n] ?? 0; i < (this.outStart[n + 1] ?? 0); i++) edges.push(this.outEdges[i] ?? 0);
    if (into) for (let i = this.inStart[n] ?? 0; i < (this.inStart[n + 1] ?? 0); i++) edges.push(this.inEdges[i] ?? 0);
    return edges;
  }

  /** Breadth-first from `start` along the edges `follow` accepts, `depth` steps: the edges walked. */
  private walk(start: number, depth: number, out: boolean, into: boolean, follow: (type: EdgeType) => boolean): number[] {
    const seen = new Set([start]);
    const walked: number[] = [];
    let frontier = [start];
    for (let level = 1; level <= depth && frontier.length; level++) {
      const next: number[] = [];
      for (const n of frontier) {
        for (const e of this.incident(n, out, into)) {
          if (!follow(this.edgeType(e))) continue;
          walked.push(e);
          const other = this.edgeEnd(e, 0) === n ? this.edgeEnd(e, 1) : this.edgeEnd(e, 0);
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return walked;
  }

  find(name: string, options: FindOptions = {}): string | undefined {
    const candidates = this.candidates(name);
    if (!candidates.length) return undefined;
    return findNode(this.subgraph(candidates, []), name, options);
  }

  private nameRows(): NameRow[] {
    this.names ??= this.file.json<NameRow[]>(this.header.sections.names);
    return this.names;
  }

  suggest(name: string, options: SuggestOptions = {}): string[] {
    this.named ??= this.nameRows().map(([, label, type, papers, , forms]): NamedNode => ({ label, type: NODE_TYPES[type] ?? 'model', papers, forms }));
    return suggestAmong(this.named, name, options);
  }

  searchIndex(): SearchIndex {
    this.search ??= this.nameRows().map(([key, label, type, papers, aliases]) =>
      searchEntry(key, { label, type: NODE_TYPES[type] ?? 'model', papers, aliases }),
    );
    return this.search;
  }

  aliases(key: string): string[] {
    const n = this.numberOf(key);
    return n === undefined ? [] : [...this.node(n)[1].aliases];
  }

  graphFor(key: string, scope: QueryScope): PaperGraph {
    const n = this.numberOf(key);
    if (n === undefined) return createGraph();
    switch (scope.kind) {
      case 'node':
        return this.subgraph([n], this.incident(n, true, true));
      case 'neighbours': {
        const types = scope.edgeTypes;
        return this.subgraph(
          [n],
          this.walk(n, scope.depth, scope.direction !== 'in', scope.direction !== 'out', (t) => !types || types.includes(t)),
        );
      }
      case 'lineage': {
        // The whole family component: lineage also reports the family's root and its size.
        const lineageEdge = (t: EdgeType) => LINEAGE_EDGE_TYPES.some((l) => l === t);
        return this.subgraph([n], this.walk(n, Infinity, true, true, lineageEdge));
      }
      case 'path':
        return this.pathGraph(n, scope.to, scope.directed);
    }
  }

  /** The path search's view of the whole graph, built once per direction (a server reuses it). */
  private pathViewOf(keys: readonly string[], directed: boolean): PathView {
    const cached = this.views.get(directed);
    if (cached) return cached;
    const edges: PathEdge[] = [];
    for (let e = 0; e < this.size; e++) edges.push({ source: keys[this.edgeEnd(e, 0)] ?? '', target: keys[this.edgeEnd(e, 1)] ?? '', type: this.edgeType(e) });
    const view = pathView(keys, edges, { direction: directed ? 'out' : 'any' });
    this.views.set(directed, view);
    return view;
  }

  /** The path graph/query's shortestPath finds on the whole graph, as a graph of its steps. */
  private pathGraph(from: number, to: string, directed: boolean): PaperGraph {
    const target = this.numberOf(to);
    if (target === undefined) return this.subgraph([from], []);
    const keys = this.nameRows().map((row) => row[0]);
    const path = shortestPathKeys(this.pathViewOf(keys, directed), keys[from] ?? '', to);
    if (!path) return this.subgraph([from, target], []);
    const steps = path.map((key) => this.numberOf(key) ?? 0);
    const between: number[] = [];
    steps.forEach((n, i) => {
      const next = steps[i + 1];
      if (next === undefined) return;
      for (const e of this.incident(n, true, true)) {
        const a = this.edgeEnd(e, 0);
        const b = this.edgeEnd(e, 1);
        if ((a === n && b === next) || (a === next && b === n)) between.push(e);
      }
    });
    return this.subgraph(steps, between);
  }
}

/**
 * The query index beside `graphFile`, or undefined when there is none or it does not match
 * graph.json (edited, rebuilt by an older papergraph, another format): then read graph.json.
 */
export function openQueryIndex(graphFile: string): QuerySource | undefined {
  let fd: number;
  try {
    fd = openSync(indexFileFor(graphFile), 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < TRAILER_BYTES) throw new Error('too short');
    const file = new IndexFile(fd);
    const trailer = file.text(size - TRAILER_BYTES, size);
    if (!trailer.startsWith(TRAILER_PREFIX)) throw new Error('not a query index');
    const headerBytes = Number(trailer.slice(TRAILER_PREFIX.length));
    const header = JSON.parse(file.text(size - TRAILER_BYTES - headerBytes, size - TRAILER_BYTES)) as Header;
    const graph = statSync(graphFile);
    if (header.format !== FORMAT || header.papergraph !== packageInfo().version) throw new Error('other format');
    if (header.source.size !== graph.size || header.source.mtimeMs !== graph.mtimeMs) throw new Error('stale');
    // The descriptor stays open for the life of the process: records are read on demand.
    return new IndexSource(file, header);
  } catch {
    closeSync(fd);
    return undefined;
  }
}
