// Deterministic node and edge keys from normalised labels ("model:biobert").
// Pure functions over strings; the graph itself is never touched here.

import type { EdgeType, NodeType } from '../src/types.js';
import { slug } from '../src/normalize.js';

// Paper keys live in paper-keys.ts (the full identity of a paper, never a cut slug).
export { paperKey } from './paper-keys.js';

/** Key of an entity node: `model:biobert`, `task:named-entity-recognition`. */
export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${slug(name) || 'unnamed'}`;
}

/** One edge per (type, source, target): evidence from several papers accumulates on it. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
