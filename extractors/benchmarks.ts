// Finds benchmarks and datasets in a sentence: the lexicon of well-known ones on
// the raw text, then patterns for the rest ("the X benchmark", "X, a ... dataset",
// "evaluated on X"). A name already read as a model, language or task is no benchmark.

import type { Mention } from '../src/types.js';
import { BENCHMARK_LEXICON } from './lexicons/benchmarks.js';
import { BENCHMARK_RULES, EVALUATION_WORDS, NAME_WORD, NOT_BENCHMARK } from './rules/benchmark-patterns.js';
import { escapeRegExp, fastForm } from './forms.js';
import { isGenericName } from './names.js';
import { isLanguageWord } from './languages.js';

interface Compiled {
  id: string;
  re: RegExp;
  needsEvaluation: boolean;
}

const LEXICON_RES = BENCHMARK_LEXICON.map((entry) => {
  const names = [entry.name, ...entry.aliases].sort((a, b) => b.length - a.length);
  const body = names.map((n) => escapeRegExp(n).replace(/[\s-]+/g, '[\\s\\-]?')).join('|');
  return {
    entry,
    re: new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${body})(?![\\p{L}\\p{N}]|-[\\p{L}])`, entry.exactCase ? 'gu' : 'giu'),
  };
});

const RULES: Compiled[] = BENCHMARK_RULES.map((r) => ({
  id: r.id,
  re: new RegExp(r.pattern.replaceAll('{N}', NAME_WORD), 'gu'),
  needsEvaluation: r.needsEvaluation ?? false,
}));

export interface BenchmarkHit {
  mention: Mention;
  rule: string;
  start: number;
  end: number;
}

/** A word that can be a dataset's name: capitals or digits inside, not a known other thing. */
function benchmarkName(word: string): boolean {
  if (NOT_BENCHMARK.has(word) || isGenericName(word) || isLanguageWord(word)) return false;
  if (word.length < 3) return false;
  return /.\p{Lu}|\d/u.test(word);
}

/**
 * Benchmarks of one sentence. `taken` are character ranges already read as
 * other entities (model names), skipped by the patterns.
 */
export function findBenchmarks(sentence: string, taken: ReadonlyArray<{ start: number; end: number }>): BenchmarkHit[] {
  const out: BenchmarkHit[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && t.start < e);
  for (const { entry, re } of LEXICON_RES) {
    for (const m of sentence.matchAll(re)) {
      out.push({
        mention: { type: 'benchmark', name: entry.name, aliases: entry.aliases },
        rule: `benchmark-lexicon`,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  const known = new Set(out.map((h) => fastForm(h.mention.name)));
  const evaluation = EVALUATION_WORDS.test(sentence);
  for (const rule of RULES) {
    if (rule.needsEvaluation && !evaluation) continue;
    for (const m of sentence.matchAll(rule.re)) {
      let from = m.index;
      for (const name of m.slice(1)) {
        if (!name) continue;
        const start = sentence.indexOf(name, from);
        from = start + name.length;
        if (!benchmarkName(name) || overlaps(start, start + name.length)) continue;
        if (known.has(fastForm(name))) continue;
        known.add(fastForm(name));
        out.push({ mention: { type: 'benchmark', name }, rule: rule.id, start, end: start + name.length });
      }
    }
  }
  return out;
}
