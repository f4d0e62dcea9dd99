// Deterministic node and edge keys from normalised labels ("model:biobert").
// Pure functions over strings; the graph itself is never touched here.

import type { EdgeType, NodeType } from '../src/types.js';
import { slug } from '../src/normalize.js';

// Paper keys live in paper-keys.ts (the full identity of a paper, never a cut slug).
export { paperKey } from './paper-keys.js';

/**
 * Key of an entity node: `model:biobert`, `task:named-entity-recognition`. A "+" is kept
 * (`model:unet++`), so a variant written with it never lands on its family's key.
 */
export function nodeKey(type: NodeType, name: string): string {
  const pluses = name.includes('+') ? name.replace(/[^+]/g, '') : '';
  return `${type}:${slug(name) || 'unnamed'}${pluses}`;
}

/**
 * Key of a thing that shares its name with others, made by one paper: the name with its
 * expansion (`method:sam~spectral-attention-module`), else with the paper that introduced it.
 */
export function senseKey(type: NodeType, name: string, sense: { expansion?: string; paper: string }): string {
  const qualifier = sense.expansion ? slug(sense.expansion) : sense.paper.slice(sense.paper.indexOf(':') + 1);
  return `${nodeKey(type, name)}~${qualifier}`;
}

/** One edge per (type, source, target): evidence from several papers accumulates on it. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
