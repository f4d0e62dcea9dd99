// Adversarial text (long runs of capitals, hyphens, brackets, repeated cue phrases) must cost
// linear time: growing the input 16x may grow the work about 16x, never ~256x as a regular
// expression that backtracks catastrophically would. Compares two runs in the same process,
// with a wide margin so that a busy machine cannot fail it but quadratic work does.
import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { parseCorpus } from '../../src/readers/index.js';
import { resolveLatex } from '../../src/normalize.js';

const ADVERSARIAL: Record<string, (n: number) => string> = {
  capitals: (n) => 'A'.repeat(n),
  'capital words': (n) => 'ABC '.repeat(n / 4),
  hyphens: (n) => 'A-'.repeat(n / 2),
  'hyphenated digits': (n) => 'GPT-3.5-'.repeat(n / 8),
  brackets: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'nested names': (n) => 'X (Y (Z '.repeat(n / 8),
  'repeated cues': (n) => 'fine-tuned from BERT based on '.repeat(n / 30),
  'repeated introductions': (n) => 'We introduce XLM-R, a '.repeat(n / 22),
  'no spaces': (n) => 'aB3-'.repeat(n / 4),
  'latex escapes': (n) => "\\'{".repeat(n / 3),
  dots: (n) => 'v1.'.repeat(n / 3),
};

/** Best of nine runs, in milliseconds: on a shared machine the best run is the one
 *  least disturbed by other processes and by collections. */
function cost(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const SMALL = 2_000;
const FACTOR = 16;
// Linear work gives a ratio near 16, quadratic near 256: the bound sits far from both.
const MAX_RATIO = 64;

// Retried: a busy machine can slow one timing; quadratic work fails every attempt.
describe('extraction time grows linearly with input length', { retry: 2 }, () => {
  it.each(Object.keys(ADVERSARIAL))('%s', (name) => {
    const make = ADVERSARIAL[name]!;
    const small = make(SMALL);
    const large = make(SMALL * FACTOR);
    const run = (text: string) => () => {
      extract({ title: text.slice(0, 200), abstract: text });
      parseCorpus(`T\n${text}\n`, 'f.txt');
      resolveLatex(text);
    };
    run(small)(); // warm up the JIT and the caches on both sizes, so neither pays it
    run(large)();
    const ratio = cost(run(large)) / Math.max(cost(run(small)), 0.5);
    expect(ratio).toBeLessThan(MAX_RATIO);
  });
});
