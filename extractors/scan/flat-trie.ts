// A trie of name keys as flat typed arrays: a walk reads one array cell per
// character instead of a Map lookup per node (the name scan walks it for almost
// every word). Built once from a TrieNode tree; same keys, same walks. No NLP.

import type { TrieNode } from './name-index.js';

export class FlatTrie {
  /** Symbol of each ASCII character code (0: no key has it). */
  private readonly ascii = new Int32Array(128);
  /** Symbols of the other character codes. */
  private readonly other = new Map<number, number>();
  private readonly width: number;
  /** node * width + symbol -> child node + 1 (0: no child). */
  private readonly next: Int32Array;
  /** 1 where a whole key ends. */
  private readonly keys: Uint8Array;

  constructor(root: TrieNode) {
    // Number the nodes breadth first (the root is 0) and the characters as they appear.
    const nodes: TrieNode[] = [root];
    let width = 1;
    for (let i = 0; i < nodes.length; i++) {
      for (const [c, child] of nodes[i]?.next ?? []) {
        if (this.symbolOf(c) === 0) {
          if (c < 128) this.ascii[c] = width;
          else this.other.set(c, width);
          width++;
        }
        nodes.push(child);
      }
    }
    this.width = width;
    this.next = new Int32Array(nodes.length * width);
    this.keys = new Uint8Array(nodes.length);
    const ids = new Map<TrieNode, number>(nodes.map((n, i) => [n, i]));
    nodes.forEach((node, i) => {
      if (node.key) this.keys[i] = 1;
      for (const [c, child] of node.next) this.next[i * width + this.symbolOf(c)] = (ids.get(child) ?? 0) + 1;
    });
  }

  private symbolOf(c: number): number {
    return c < 128 ? (this.ascii[c] ?? 0) : (this.other.get(c) ?? 0);
  }

  /** The node reached from `node` by character code `c`; -1 when no key continues so. */
  step(node: number, c: number): number {
    const symbol = c < 128 ? (this.ascii[c] ?? 0) : (this.other.get(c) ?? 0);
    if (symbol === 0) return -1;
    return (this.next[node * this.width + symbol] ?? 0) - 1;
  }

  /** A whole key ends at `node` (a node from `step`, or 0 for the root). */
  isKey(node: number): boolean {
    return this.keys[node] === 1;
  }
}
