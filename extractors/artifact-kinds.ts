// Decides what kind of artifact a new name is (model, method or benchmark): the
// head noun of the phrase around it, the name's own last word, and "Foo model" /
// "Foo benchmark" uses elsewhere in the paper. Lexicon lookups only, no parse.

import type { EntityType } from '../src/types.js';
import { ARTIFACT_KINDS, KIND_CONTAINERS, NAME_HEAD_KINDS } from './rules/introduce.js';
import { isKnownModel } from './scan/name-index.js';
import { wordsAfterName } from './scan/spelling-match.js';
import { isFunctionWord } from './scan/nlp.js';
import { isSpaceCode } from './scan/forms.js';
import type { Sentence } from './scan/sentences.js';

export /** Kind nouns too vague to make the word before them a name ("English task"). */
const WEAK_KINDS = new Set(['task', 'setting', 'space', 'system', 'models', 'methods', 'datasets', 'benchmarks']);

/** `raw.toLowerCase().replace(/[^a-z]/g, '')`, without the copies when raw is already lower-case letters. */
function letters(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 97 || c > 122) return raw.toLowerCase().replace(/[^a-z]/g, '');
  }
  return raw;
}

/** Ends with one of , ; : . ) */
function endsClause(raw: string): boolean {
  const c = raw.charCodeAt(raw.length - 1);
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 41;
}

/**
 * The kind of artifact a phrase's head noun names ("a lightweight module for ..." -> method).
 * Reads the first 160 characters word by word (split on \s) and stops at the head.
 */
export function kindOfPhrase(phrase: string): EntityType | undefined {
  let kind: EntityType | undefined;
  let lastKindWord = '';
  const limit = Math.min(phrase.length, 160);
  let i = 0;
  while (i < limit) {
    while (i < limit && isSpaceCode(phrase.charCodeAt(i))) i++;
    if (i >= limit) break;
    const start = i;
    while (i < limit && !isSpaceCode(phrase.charCodeAt(i))) i++;
    const raw = phrase.slice(start, i);
    const word = letters(raw);
    const found = ARTIFACT_KINDS[word];
    if (found) {
      kind = found;
      lastKindWord = word;
    } else if (word === 'of' && KIND_CONTAINERS.has(lastKindWord)) {
      continue;
    } else if (word && isFunctionWord(word) && word !== 'and') {
      break;
    }
    if (kind && endsClause(raw)) break;
  }
  return kind;
}

/** The kind a name's own last word implies ("... Optimization" -> method, "FooQA" -> benchmark). */
export function kindOfName(name: string, aliases: readonly string[]): EntityType | undefined {
  for (const n of [name, ...aliases]) {
    const found = NAME_HEAD_KINDS.find((k) => k.pattern.test(n.trim()));
    if (found) return found.kind;
  }
  return undefined;
}

/** The last part of a name that makes it a benchmark: "Foo Leaderboard", "Foo MT-Bench", "LawBench". */
const BENCHMARK_HEAD = /(?:[ \-]|\p{Ll})(?:Benchmark|Leaderboard|Dataset|Corpus|Challenge|Testbed|Bench)$/u;

/** What refineKinds needs of a found artifact. */
export interface Kinded {
  name: string;
  aliases: string[];
  type: EntityType;
}

/** "our Foo model", "the Foo benchmark" anywhere in the paper decide Foo's kind over weaker evidence. */
export function refineKinds<T extends Kinded>(found: T[], sentences: readonly Sentence[]): T[] {
  for (const item of found) {
    const votes = new Map<EntityType, number>();
    for (const name of [item.name, ...item.aliases]) {
      for (const s of sentences) {
        if (!s.text.includes(name)) continue;
        for (const word of wordsAfterName(s.text, name)) {
          const kind = ARTIFACT_KINDS[word];
          // "the FooGemma collection" says nothing of what is collected.
          if (kind && !WEAK_KINDS.has(word) && !KIND_CONTAINERS.has(word)) votes.set(kind, (votes.get(kind) ?? 0) + 1);
        }
      }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    // "the Open Foo Leaderboard", "Khayyam Challenge": the name's own head word says it is a benchmark.
    if (BENCHMARK_HEAD.test(item.name)) item.type = 'benchmark';
    else if (best) item.type = best[0];
    // "RoBERTa: A Robustly Optimized BERT Pretraining Approach": a well-known model stays a model.
    else if (item.type === 'method' && isKnownModel(item.name)) item.type = 'model';
  }
  return found;
}
