// Deterministic node and edge keys from normalised labels ("model:biobert").
// Pure functions over strings; the graph itself is never touched here.

import type { EdgeType, NodeType } from '../src/types.js';
import { slug } from '../src/normalize.js';

/** Key of an entity node: `model:biobert`, `task:named-entity-recognition`. */
export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${slug(name) || 'unnamed'}`;
}

/** Key of a paper: its source id when known, else its title's slug. */
export function paperKey(paper: { id?: string; title: string }): string {
  const id = paper.id?.trim();
  return id ? `paper:${id.toLowerCase()}` : nodeKey('paper', paper.title);
}

/** One edge per (type, source, target): evidence from several papers accumulates on it. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
