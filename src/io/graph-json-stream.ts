// Reads a graph.json of any size: the file is scanned in chunks and each node and edge is
// parsed, validated and added on its own, so no string ever holds the whole file (V8 caps
// one string near 512 MiB; the real arXiv stream already gives a 252 MB graph.json).
// Validation uses the schema of src/graph-json.ts, element by element.

import { closeSync, openSync, readSync } from 'node:fs';
import { createGraph, SCHEMA_VERSION, type PaperGraph } from '../../graph/schema.js';
import { InputError } from '../errors.js';
import { addCheckedEdge, graphJsonSchema } from '../graph-json.js';

/** Bytes read per chunk (tests make it small to cross every boundary). */
export const STREAM_CHUNK = { bytes: 4 << 20 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** A file read forward in chunks, with the few steps a JSON scan needs. */
class ChunkReader {
  private buffer: Buffer;
  private pos = 0;
  private end = 0;
  /** File offset of buffer[0], for messages. */
  private base = 0;

  constructor(
    private readonly fd: number,
    private readonly source: string,
  ) {
    this.buffer = Buffer.allocUnsafe(STREAM_CHUNK.bytes);
  }

  private fill(): boolean {
    this.base += this.end;
    this.end = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
    this.pos = 0;
    return this.end > 0;
  }

  fail(what: string): never {
    throw new InputError(`${this.source} is not valid JSON at byte ${this.base + this.pos}: ${what}`);
  }

  /** The next byte that is not white space, not consumed; -1 at the end of the file. */
  peek(): number {
    for (;;) {
      while (this.pos < this.end) {
        const b = this.buffer[this.pos]!;
        if (!isSpace(b)) return b;
        this.pos++;
      }
      if (!this.fill()) return -1;
    }
  }

  /** Consume the next non-space byte, which must be one of `allowed`; returns it. */
  take(...allowed: number[]): number {
    const b = this.peek();
    if (!allowed.includes(b)) this.fail(b === -1 ? 'the file ends early' : `unexpected "${String.fromCharCode(b)}"`);
    this.pos++;
    return b;
  }

  /** The text of the JSON value that starts here (object, array, string or scalar), consumed. */
  value(): string {
    if (this.peek() === -1) this.fail('the file ends early');
    const pieces: Buffer[] = [];
    let start = this.pos;
    let depth = 0;
    let inString = false;
    let escaped = false;
    const first = this.buffer[this.pos]!;
    const scalar = first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== QUOTE;
    for (;;) {
      const { buffer, end } = this;
      let i = this.pos;
      let done = false;
      for (; i < end; i++) {
        const b = buffer[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) {
            inString = false;
            if (depth === 0) {
              i++;
              done = true;
              break;
            }
          }
        } else if (b === QUOTE) {
          inString = true;
        } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
          depth++;
        } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          if (depth === 0) {
            done = true; // a scalar ended by its container
            break;
          }
          depth--;
          if (depth === 0) {
            i++;
            done = true;
            break;
          }
        } else if (scalar && (b === COMMA || isSpace(b))) {
          done = true;
          break;
        }
      }
      if (done) {
        this.pos = i;
        pieces.push(buffer.subarray(start, i));
        return Buffer.concat(pieces).toString('utf8');
      }
      // The value goes on past this chunk: keep a copy of its bytes (the buffer is reused).
      pieces.push(Buffer.from(buffer.subarray(start, end)));
      this.pos = end;
      if (!this.fill()) {
        if (scalar && !inString && depth === 0) return Buffer.concat(pieces).toString('utf8');
        this.fail('the file ends inside a value');
      }
      start = 0;
    }
  }
}

function parse(text: string, reader: ChunkReader): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return reader.fail(error instanceof Error ? error.message : String(error));
  }
}

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, at: string): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${at}${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`)
    .join('; ');
}

const nodeSchema = graphJsonSchema.shape.nodes.element;
const edgeSchema = graphJsonSchema.shape.edges.element;
const attributesSchema = graphJsonSchema.shape.attributes;

/**
 * Load graph.json at `file` element by element; `source` names it in messages. Same checks
 * as graphFromJson: the schema, duplicate keys, dangling or undirected edges, self-loops.
 */
export function streamGraphFile(file: string, source: string): PaperGraph {
  const fd = openSync(file, 'r');
  try {
    const reader = new ChunkReader(fd, source);
    const graph = createGraph();
    const pendingEdges: unknown[] = []; // edges written before the nodes (not papergraph's order)
    let sawNodes = false;
    let sawEdges = false;
    let edgeIndex = 0;
    const addNode = (value: unknown, i: number) => {
      const node = nodeSchema.safeParse(value);
      if (!node.success) throw new InputError(`${source} is not a valid papergraph graph: ${issues(node.error, `nodes[${i}]`)}`);
      if (graph.hasNode(node.data.key)) throw new InputError(`${source}: node "${node.data.key}" appears twice`);
      graph.addNode(node.data.key, node.data.attributes);
    };
    const addEdge = (value: unknown) => {
      const i = edgeIndex++;
      const edge = edgeSchema.safeParse(value);
      if (!edge.success) throw new InputError(`${source} is not a valid papergraph graph: ${issues(edge.error, `edges[${i}]`)}`);
      addCheckedEdge(graph, edge.data, i, source);
    };
    if (reader.peek() !== OPEN_BRACE) {
      throw new InputError(`${source} is not a papergraph graph: expected graphology's export {"nodes": [...], "edges": [...]} as written by papergraph build`);
    }
    reader.take(OPEN_BRACE);
    let attributes: unknown;
    if (reader.peek() !== CLOSE_BRACE) {
      for (;;) {
        const key = parse(reader.value(), reader);
        reader.take(COLON);
        if ((key === 'nodes' || key === 'edges') && reader.peek() === OPEN_BRACKET) {
          reader.take(OPEN_BRACKET);
          let i = 0;
          if (reader.peek() === CLOSE_BRACKET) reader.take(CLOSE_BRACKET);
          else
            for (;;) {
              const element = parse(reader.value(), reader);
              if (key === 'nodes') addNode(element, i++);
              else if (sawNodes) addEdge(element);
              else pendingEdges.push(element);
              if (reader.take(COMMA, CLOSE_BRACKET) === CLOSE_BRACKET) break;
            }
          if (key === 'nodes') {
            sawNodes = true;
            for (const edge of pendingEdges.splice(0)) addEdge(edge);
          } else sawEdges = true;
        } else {
          const value = parse(reader.value(), reader);
          if (key === 'attributes') attributes = value;
        }
        if (reader.take(COMMA, CLOSE_BRACE) === CLOSE_BRACE) break;
      }
    } else reader.take(CLOSE_BRACE);
    if (!sawNodes || !sawEdges) {
      throw new InputError(`${source} is not a papergraph graph: expected graphology's export {"nodes": [...], "edges": [...]} as written by papergraph build`);
    }
    if (reader.peek() !== -1) reader.fail('more text after the graph');
    const attrs = attributesSchema.safeParse(attributes);
    if (!attrs.success) throw new InputError(`${source} is not a valid papergraph graph: ${issues(attrs.error, 'attributes')}`);
    if (attrs.data.schemaVersion > SCHEMA_VERSION) {
      throw new InputError(
        `${source} has schema version ${attrs.data.schemaVersion}, newer than this papergraph reads (${SCHEMA_VERSION}); upgrade papergraph`,
      );
    }
    graph.replaceAttributes(attrs.data);
    return graph;
  } finally {
    closeSync(fd);
  }
}
