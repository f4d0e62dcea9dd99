// The alias index of the merge: a name's comparison form (per type) -> the node it names.
// Which node owns a form depends only on the graph, never on merge order, so an index
// rebuilt from a saved graph (before `add`) is the one the build had. No text analysis here.

import type { NodeType } from '../src/types.js';
import { entityForm } from '../src/normalize.js';
import type { PaperGraph } from './schema.js';

/** Lookup from `type|form` of a name to a node key. */
export type AliasIndex = Map<string, string>;

/** Separates a name from its sense in the key of a node that shares its name with others. */
export const SENSE_SEPARATOR = '~';

/** A node keyed by name and sense (`method:sam~spectral-attention-module`): its short name is not its own. */
export const isSenseKey = (key: string) => key.includes(SENSE_SEPARATOR);

/** A name that is a long form (has a space): the only names a sense node claims in the index. */
export const isLongForm = (name: string) => /\s/.test(name.trim());

/**
 * Index keys (`type|form`) of names seen so far, per type: a corpus repeats the same few
 * thousand names, and a key string made once keeps its hash for every later lookup.
 */
const INDEX_KEYS = new Map<NodeType, Map<string, string>>();
const INDEX_KEYS_LIMIT = 200_000;

export function indexKey(type: NodeType, name: string): string {
  let keys = INDEX_KEYS.get(type);
  if (keys === undefined) INDEX_KEYS.set(type, (keys = new Map()));
  let key = keys.get(name);
  if (key === undefined) {
    key = `${type}|${entityForm(name)}`;
    if (keys.size >= INDEX_KEYS_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/**
 * Point a name form at a node: a node whose label has the form owns it; otherwise the
 * smallest key among the nodes with it as an alias. A sense node claims only its long forms.
 */
export function claimForm(graph: PaperGraph, index: AliasIndex, form: string, key: string): void {
  const owner = index.get(form);
  if (owner === undefined || owner === key) {
    index.set(form, key);
    return;
  }
  const attrs = graph.getNodeAttributes(owner);
  if (!isSenseKey(owner) && indexKey(attrs.type, attrs.label) === form) return;
  const claimant = graph.getNodeAttributes(key);
  if ((!isSenseKey(key) && indexKey(claimant.type, claimant.label) === form) || key < owner) index.set(form, key);
}

/** Claim every name of a node (only the long ones for a sense node). */
export function claimNames(graph: PaperGraph, index: AliasIndex, key: string, type: NodeType, names: readonly string[]): void {
  const sense = isSenseKey(key);
  for (const name of names) if (!sense || isLongForm(name)) claimForm(graph, index, indexKey(type, name), key);
}

/** Build the alias index of an existing graph (used before `add`): the same index the build had. */
export function createAliasIndex(graph: PaperGraph): AliasIndex {
  const index: AliasIndex = new Map();
  const entities = graph.filterNodes((_key, attrs) => attrs.type !== 'paper');
  for (const key of entities) {
    const attrs = graph.getNodeAttributes(key);
    claimNames(graph, index, key, attrs.type, [attrs.label]);
  }
  for (const key of entities) {
    const attrs = graph.getNodeAttributes(key);
    claimNames(graph, index, key, attrs.type, attrs.aliases);
  }
  for (const key of entities) {
    if (isSenseKey(key)) continue;
    const k = indexKey(graph.getNodeAttribute(key, 'type'), key.slice(key.indexOf(':') + 1));
    if (!index.has(k)) index.set(k, key);
  }
  return index;
}
