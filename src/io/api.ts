// The read-only JSON HTTP API of `papergraph serve`: /api/search, /api/node,
// /api/neighbours, /api/lineage, /api/papers, /api/path. A thin adapter: it checks the
// query string, calls src/queries.ts (the same functions as the CLI's --json) on a
// QuerySource opened once, and bounds list results with `limit`. No HTTP here: it maps a
// request URL to {status, body}; src/io/server.ts sends it.

import { DIRECTIONS, LINEAGE_DIRECTIONS } from '../../graph/query/index.js';
import { NotFoundError, PapergraphError } from '../errors.js';
import { lineageOf, neighboursOf, nodeInfo, papersOf, pathBetween, searchOf } from '../queries.js';
import type { QuerySource } from '../query-source.js';
import { EDGE_TYPES, NODE_TYPES } from '../types.js';

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Limits of list results: `limit` defaults to `default` and may not pass `max`. */
export const API_LIMITS = {
  search: { default: 10, max: 100 },
  neighbours: { default: 100, max: 1000 },
  papers: { default: 100, max: 1000 },
} as const;

/** Deepest walk the API allows (a depth-3 walk from a hub already spans most of a big graph). */
const API_MAX_DEPTH = { neighbours: 3, lineage: 20 } as const;

/** A bad query string: answered 400 with the message. */
class BadRequest extends Error {}

class Params {
  constructor(
    private readonly query: URLSearchParams,
    allowed: readonly string[],
  ) {
    for (const name of new Set(query.keys())) {
      if (!allowed.includes(name)) throw new BadRequest(`unknown parameter "${name}"; this endpoint takes ${allowed.join(', ')}`);
    }
  }

  text(name: string): string | undefined {
    const values = this.query.getAll(name);
    if (values.length > 1) throw new BadRequest(`parameter "${name}" given ${values.length} times`);
    return values[0];
  }

  required(name: string): string {
    const value = this.text(name)?.trim();
    if (!value) throw new BadRequest(`missing parameter "${name}"`);
    return value;
  }

  integer(name: string, fallback: number, max: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || value > max) {
      throw new BadRequest(`parameter "${name}" must be a whole number from 1 to ${max}, got "${raw}"`);
    }
    return value;
  }

  optionalInteger(name: string, max: number): number | undefined {
    return this.text(name) === undefined ? undefined : this.integer(name, 1, max);
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const found = choices.find((c) => c === raw);
    if (!found) throw new BadRequest(`parameter "${name}" must be one of ${choices.join(', ')}, got "${raw}"`);
    return found;
  }

  /** Comma-separated and/or repeated: `type=model,method&type=task`. */
  list<T extends string>(name: string, choices: readonly T[]): T[] | undefined {
    const parts = this.query
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (!parts.length) return undefined;
    return parts.map((part) => {
      const found = choices.find((c) => c === part);
      if (!found) throw new BadRequest(`parameter "${name}": "${part}" is not one of ${choices.join(', ')}`);
      return found;
    });
  }
}

/** The first `limit` items, with how many there were. */
function bounded<T>(items: readonly T[], limit: number): { total: number; limit: number; truncated: boolean; items: T[] } {
  return { total: items.length, limit, truncated: items.length > limit, items: items.slice(0, limit) };
}

type Endpoint = (query: URLSearchParams, source: QuerySource, where: string) => unknown;

const ENDPOINTS: Record<string, Endpoint> = {
  search(query, source) {
    const p = new Params(query, ['q', 'limit', 'type']);
    const q = p.required('q');
    const limit = p.integer('limit', API_LIMITS.search.default, API_LIMITS.search.max);
    const types = p.list('type', NODE_TYPES);
    return { query: q, results: searchOf(source, q, { limit, ...(types ? { types } : {}) }) };
  },
  node(query, source, where) {
    const p = new Params(query, ['name']);
    return nodeInfo(source, p.required('name'), where);
  },
  neighbours(query, source, where) {
    const p = new Params(query, ['name', 'type', 'edge', 'direction', 'depth', 'limit']);
    const name = p.required('name');
    const nodeTypes = p.list('type', NODE_TYPES);
    const edgeTypes = p.list('edge', EDGE_TYPES);
    const direction = p.choice('direction', DIRECTIONS, 'both');
    const depth = p.integer('depth', 1, API_MAX_DEPTH.neighbours);
    const limit = p.integer('limit', API_LIMITS.neighbours.default, API_LIMITS.neighbours.max);
    const result = neighboursOf(source, name, { direction, depth, ...(nodeTypes ? { nodeTypes } : {}), ...(edgeTypes ? { edgeTypes } : {}) }, where);
    const { items, ...bounds } = bounded(result.neighbours, limit);
    return { ...result, ...bounds, neighbours: items };
  },
  lineage(query, source, where) {
    const p = new Params(query, ['name', 'direction', 'depth']);
    const name = p.required('name');
    const direction = p.choice('direction', LINEAGE_DIRECTIONS, 'both');
    const depth = p.optionalInteger('depth', API_MAX_DEPTH.lineage);
    return lineageOf(source, name, { direction, depth: depth ?? API_MAX_DEPTH.lineage }, where);
  },
  papers(query, source, where) {
    const p = new Params(query, ['name', 'limit']);
    const name = p.required('name');
    const limit = p.integer('limit', API_LIMITS.papers.default, API_LIMITS.papers.max);
    const result = papersOf(source, name, where);
    const { items, ...bounds } = bounded(result.papers, limit);
    return { ...result, ...bounds, papers: items };
  },
  path(query, source, where) {
    const p = new Params(query, ['from', 'to', 'directed']);
    const from = p.required('from');
    const to = p.required('to');
    const directed = p.choice('directed', ['true', 'false'], 'false') === 'true';
    return pathBetween(source, from, to, { directed }, where);
  },
};

const API_ENDPOINTS = Object.keys(ENDPOINTS).map((name) => `/api/${name}`);

export interface Api {
  /** The answer to a GET of `url` (path and query string), or undefined outside /api/. */
  answer(url: string): ApiAnswer | undefined;
}

/** An API over `source`; `where` names the graph in not-found messages (its file). */
export function createApi(source: QuerySource, where: string): Api {
  return {
    answer(url) {
      const parsed = new URL(url, 'http://localhost');
      if (!parsed.pathname.startsWith('/api/') && parsed.pathname !== '/api') return undefined;
      const endpoint = ENDPOINTS[parsed.pathname.slice('/api/'.length)];
      if (!endpoint || !Object.hasOwn(ENDPOINTS, parsed.pathname.slice('/api/'.length))) {
        return { status: 404, body: { error: `no such endpoint: ${parsed.pathname}`, endpoints: API_ENDPOINTS } };
      }
      try {
        return { status: 200, body: endpoint(parsed.searchParams, source, where) };
      } catch (error) {
        if (error instanceof BadRequest) return { status: 400, body: { error: error.message } };
        if (error instanceof NotFoundError) return { status: 404, body: { error: error.message, suggestions: error.suggestions } };
        // graph/query's argument checks (a depth or direction it refuses) are UsageErrors.
        if (error instanceof PapergraphError) return { status: 400, body: { error: error.message } };
        throw error;
      }
    },
  };
}
