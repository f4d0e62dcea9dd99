// Labels and aliases from the corpus: a node is labelled by the surface form its papers
// use most (counted once per paper, in the evidence sentences), and keeps as aliases only
// forms seen in the text, one per letter case. Deterministic: ties keep the current label,
// then the smaller string. Reads evidence; never adds or removes nodes.

import { entityForm } from '../src/normalize.js';
import type { PaperGraph } from './schema.js';

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** `form` occurs in `sentence` as a whole name: no letter or digit glued on either side ("ResNet" is not in "ResNet-101"). */
function occursAsName(sentence: string, form: string): boolean {
  let at = sentence.indexOf(form);
  while (at >= 0) {
    const before = at > 0 ? sentence.charCodeAt(at - 1) : 32;
    const end = at + form.length;
    const after = end < sentence.length ? sentence.charCodeAt(end) : 32;
    // "BERT-based" uses BERT; "ResNet-101" and "GPT-4o" name something else.
    const dashWord = after === 45 && /^-[a-z]/.test(sentence.slice(end, end + 2));
    if (!isWordCode(before) && !isWordCode(after) && (after !== 45 || dashWord)) return true;
    at = sentence.indexOf(form, at + 1);
  }
  return false;
}

/** How many papers use each of the names, read from the evidence of the node's edges. */
function usesPerName(graph: PaperGraph, key: string, names: readonly string[]): Map<string, number> {
  const papers = new Map<string, Set<string>>();
  graph.forEachEdge(key, (_e, edge) => {
    let last = '';
    for (const ev of edge.evidence) {
      if (ev.sentence === last) continue;
      last = ev.sentence;
      for (const name of names) {
        if (!occursAsName(ev.sentence, name)) continue;
        let set = papers.get(name);
        if (!set) papers.set(name, (set = new Set()));
        set.add(ev.paper);
      }
    }
  });
  return new Map([...papers].map(([name, set]) => [name, set.size]));
}

/**
 * Relabel the entity nodes given (all of them by default) from their evidence. A node none
 * of whose names is found in its evidence keeps its label and aliases.
 */
export function labelFromCorpus(graph: PaperGraph, keys?: Iterable<string>): void {
  const todo = keys ?? graph.nodes();
  for (const key of todo) {
    if (!graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    if (attrs.type === 'paper' || attrs.type === 'task' || attrs.type === 'language') continue;
    const names = [attrs.label, ...attrs.aliases];
    const uses = usesPerName(graph, key, names);
    const used = (n: string) => uses.get(n) ?? 0;
    const byUse = (a: string, b: string) => used(b) - used(a) || (a === attrs.label ? -1 : b === attrs.label ? 1 : a < b ? -1 : a > b ? 1 : 0);
    // The label is a spelling of the same name ("Qwen 2.5" -> "Qwen2.5"), never another name of the node.
    const form = entityForm(attrs.label);
    const label = names.filter((n) => entityForm(n) === form).sort(byUse)[0] ?? attrs.label;
    // With evidence to read, only names seen in it; one spelling per letter case, the most used.
    const kept = names.filter((n) => n !== label && (uses.size === 0 || used(n) > 0)).sort(byUse);
    const cases = new Set([label.toLowerCase()]);
    const aliases: string[] = [];
    for (const name of kept) {
      const lower = name.toLowerCase();
      if (cases.has(lower)) continue;
      cases.add(lower);
      aliases.push(name);
    }
    aliases.sort();
    attrs.label = label;
    attrs.aliases = aliases;
  }
}
