// What the query commands (query, lineage, show, export) share: the --graph option, loading
// it, resolving a name to a node with "did you mean", option parsers and text helpers.

import { InvalidArgumentError, type Command } from 'commander';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findNode, suggest, type FindOptions } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';
import { NotFoundError } from '../errors.js';
import { graphSource, type QuerySource } from '../query-source.js';
import type { CommandContext } from './context.js';

const DEFAULT_GRAPH = 'out/graph.json';

export interface GraphFlags {
  graph: string;
  json?: boolean;
}

export function addGraphOption(command: Command): Command {
  return command.option('-g, --graph <file>', 'graph.json to read (or its directory)', DEFAULT_GRAPH);
}

/** The whole graph from graph.json; the validator is loaded on first use (start-up time). */
export async function openGraph(flags: GraphFlags, ctx: CommandContext): Promise<PaperGraph> {
  const { loadGraph } = await import('../io/load-graph.js');
  return loadGraph(flags.graph, { cwd: ctx.io.cwd });
}

/** The graph.json that --graph names (the file, or the directory holding it). */
export function resolveGraphFile(flags: GraphFlags, ctx: CommandContext): string {
  const path = resolve(ctx.io.cwd, flags.graph);
  try {
    return statSync(path).isDirectory() ? join(path, 'graph.json') : path;
  } catch {
    return path;
  }
}

/**
 * What a query reads: the query index beside graph.json when it matches the file (a query
 * then reads only its part of the graph), else graph.json itself.
 */
export async function openSource(flags: GraphFlags, ctx: CommandContext): Promise<QuerySource> {
  const { openQueryIndex } = await import('../io/query-index.js');
  return openQueryIndex(resolveGraphFile(flags, ctx)) ?? graphSource(await openGraph(flags, ctx));
}

/** The node named `name`, or a NotFoundError (exit 3) with suggestions. */
export function requireNode(graph: PaperGraph, name: string, flags: GraphFlags, options: FindOptions = {}): string {
  const key = findNode(graph, name, options);
  if (key !== undefined) return key;
  throw new NotFoundError(`no node named "${name}" in ${flags.graph}`, suggest(graph, name, { ...options, limit: 5 }));
}

export function parseDepth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/** Parser for repeatable, comma-separated choices: `--type model,method --type task`. */
export function choiceList<T extends string>(choices: readonly T[]) {
  return (value: string, previous: T[] | undefined): T[] => {
    const out = [...(previous ?? [])];
    for (const part of value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const choice = choices.find((c) => c === part);
      if (!choice) throw new InvalidArgumentError(`"${part}" is not one of ${choices.join(', ')}`);
      out.push(choice);
    }
    return out;
  };
}

export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Shorten for one-line display. */
export function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
