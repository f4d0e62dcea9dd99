// The lookup tables of model names: the well-known-model lexicon plus what one
// paper introduces, with the types every name module shares. Pure data access;
// scanning a sentence lives in names.ts, word shapes in name-shapes.ts.

import type { EntityType, Mention } from '../../src/types.js';
import { MODEL_LEXICON } from '../lexicons/models.js';
import { GENERIC_NAMES, GENERIC_SUFFIXES } from '../lexicons/generic.js';
import { exactForm, fastForm } from './forms.js';
import { SpellingMatcher } from './spelling-match.js';
import { FlatTrie } from './flat-trie.js';

/** One name the scanner can recognise. */
export interface NameEntry {
  id: string;
  name: string;
  aliases: string[];
  type: EntityType;
  versioned: boolean;
  exactCase: boolean;
  source: 'lexicon' | 'introduced';
}

/** A name found in a sentence. */
export interface NameSpan {
  start: number;
  end: number;
  surface: string;
  mention: Mention;
  /** The family a size or variant belongs to ("Llama 3.1" for "Llama-3.1-8B"). */
  family?: Mention;
  /** The family's levels, nearest first (`family` is the first): each is a variant of the next. */
  families?: Mention[];
  source: 'lexicon' | 'introduced' | 'shape';
  /** Id of the lexicon row or shape rule that found it. */
  rule: string;
  /**
   * The name only modifies the word after it ("Mamba-based model"): no mention of its own, and
   * a parent only for lineage rows that read that shape (`modifier` rows of rules/lineage.ts).
   */
  modifier?: boolean;
}

/** A trie of keys, one character per step: the name scan walks it instead of building prefix strings. */
export interface TrieNode {
  /** Children by UTF-16 code unit. */
  next: Map<number, TrieNode>;
  /** A whole key ends here. */
  key: boolean;
}

export const trieNode = (): TrieNode => ({ next: new Map(), key: false });

export function addToTrie(root: TrieNode, key: string): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    let child = node.next.get(ch);
    if (!child) {
      child = trieNode();
      node.next.set(ch, child);
    }
    node = child;
  }
  node.key = true;
}

/** Lookup tables of names by comparison form. */
export interface NameIndex {
  byForm: Map<string, NameEntry>;
  byExact: Map<string, NameEntry>;
  /** Every prefix of a key of byForm / byExact, so a scan can stop early. */
  formPrefixes: Set<string>;
  exactPrefixes: Set<string>;
  /** The keys of byForm / byExact as tries (same contents as the prefix sets). */
  formTrie: TrieNode;
  exactTrie: TrieNode;
  /** The same tries as flat arrays, for the scan's walks (built once, after the lexicon is read). */
  formFlat: FlatTrie;
  exactFlat: FlatTrie;
  /** Entries the paper introduced, scanned spelling by spelling so that long names match too. */
  introduced: Array<{ entry: NameEntry; spellings: SpellingMatcher[]; probe: string[] }>;
}

function addPrefixes(set: Set<string>, key: string): void {
  for (let i = 1; i <= key.length; i++) set.add(key.slice(0, i));
}

function addEntry(index: NameIndex, entry: NameEntry): void {
  for (const alias of [entry.name, ...entry.aliases]) {
    if (entry.exactCase) {
      const key = exactForm(alias);
      if (!index.byExact.has(key)) index.byExact.set(key, entry);
      addPrefixes(index.exactPrefixes, key);
      addToTrie(index.exactTrie, key);
    } else {
      const key = fastForm(alias);
      if (!index.byForm.has(key)) index.byForm.set(key, entry);
      addPrefixes(index.formPrefixes, key);
      addToTrie(index.formTrie, key);
    }
  }
}

const LEXICON_INDEX: NameIndex = {
  byForm: new Map(),
  byExact: new Map(),
  formPrefixes: new Set(),
  exactPrefixes: new Set(),
  formTrie: trieNode(),
  exactTrie: trieNode(),
  formFlat: new FlatTrie(trieNode()),
  exactFlat: new FlatTrie(trieNode()),
  introduced: [],
};
for (const row of MODEL_LEXICON) {
  addEntry(LEXICON_INDEX, {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    type: 'model',
    versioned: row.versioned ?? false,
    exactCase: row.exactCase ?? false,
    source: 'lexicon',
  });
}
LEXICON_INDEX.formFlat = new FlatTrie(LEXICON_INDEX.formTrie);
LEXICON_INDEX.exactFlat = new FlatTrie(LEXICON_INDEX.exactTrie);

/** The well-known-model index, extended with what one paper introduces. */
export function createNameIndex(introduced: readonly NameEntry[] = []): NameIndex {
  return {
    ...LEXICON_INDEX,
    introduced: introduced.map((entry) => ({
      entry,
      spellings: [entry.name, ...entry.aliases].map((n) => new SpellingMatcher(n, entry.exactCase)).filter((m) => !m.empty),
      // Lower-cased first piece of each spelling: a sentence without it cannot contain the name.
      probe: [entry.name, ...entry.aliases].map((n) => (n.split(/[\s\-_~]+/).find(Boolean) ?? n).toLowerCase()),
    })),
  };
}

/** The lexicon entry a text names exactly (no suffix), if any. */
export function lookupName(index: NameIndex, text: string): NameEntry | undefined {
  return index.byExact.get(exactForm(text)) ?? index.byForm.get(fastForm(text));
}

/** A name the well-known-model lexicon lists (any spelling). */
export function isKnownModel(name: string): boolean {
  return Boolean(lookupName(LEXICON_INDEX, name));
}

/** True when a form is a generic word ("LLMs", "Transformer") rather than a name. */
export function isGenericName(text: string): boolean {
  const form = fastForm(text);
  return GENERIC_NAMES.has(form) || (form.endsWith('s') && GENERIC_NAMES.has(form.slice(0, -1)));
}

/** A hyphenated ending that makes a name generic: "BERT-like", "T5-style". */
export function hasGenericSuffix(text: string): boolean {
  // The part after the last hyphen, without splitting the whole text.
  const dash = text.lastIndexOf('-');
  return dash >= 0 && GENERIC_SUFFIXES.includes(text.slice(dash + 1).toLowerCase());
}

/** The mention of a known entry written as `surface`. */
export function mentionOf(entry: NameEntry, surface: string): Mention {
  const aliases = entry.aliases.filter((a) => a !== entry.name);
  if (surface !== entry.name && !aliases.includes(surface)) aliases.push(surface);
  return { type: entry.type, name: entry.name, aliases };
}
