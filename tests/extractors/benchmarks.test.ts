import { describe, expect, it } from 'vitest';
import { createNameIndex, findBenchmarks, scanNames } from '../../extractors/index.js';

const index = createNameIndex();
const benches = (s: string) => findBenchmarks(s, scanNames(index, s)).map((h) => h.mention.name);

describe('benchmarks: positives', () => {
  const cases: Array<[string, string[]]> = [
    ['We report results on SuperGLUE and XNLI.', ['SuperGLUE', 'XNLI']],
    ['Accuracy on the HarborQA benchmark improves.', ['HarborQA']],
    ['We evaluate on the Pelican-7 dataset.', ['Pelican-7']],
    ['Results on TidePool, a new multilingual retrieval benchmark, are strong.', ['TidePool']],
    ['Our model achieves state of the art on FooQA and BarNLI.', ['FooQA', 'BarNLI']],
    ['It tops the leaderboard on MS MARCO.', ['MS MARCO']],
    ['We reach 90 F1 on DROP.', ['DROP']],
    ['It wins on three legal benchmarks, including LawBench and CaseQA.', ['LawBench', 'CaseQA']],
    ['Gains hold across evaluation benchmarks (MMLU, FooBH, TyDiQA, BarGSM).', ['MMLU', 'FooBH', 'TyDi QA', 'BarGSM']],
    ['Summaries are scored on the CNN/DailyMail and New York Times datasets.', ['CNN/DailyMail', 'New York Times']],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(benches(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('benchmarks: false positives', () => {
  const cases: string[] = [
    'We drop the last layer.',
    'We fine-tune on BERT embeddings and test on GPUs.',
    'Experiments on English datasets show gains.',
    'Additionally, the scarcity of datasets is a hurdle.',
    'Results on NLU tasks and QA benchmarks improve.',
    'Our code in PyTorch is on GitHub.',
    'Previous work on Bi-LSTMs reached 80 F1.',
  ];
  it.each(cases)('%s', (sentence) => {
    expect(benches(sentence)).toEqual([]);
  });
});

describe('benchmarks: an acronym that abbreviates the words before it', () => {
  it('is not the benchmark spelled the same way', () => {
    expect(benches('It uses grouped-query attention (GQA) for speed.')).toEqual([]);
    expect(benches('We report accuracy on GQA.')).toEqual(['GQA']);
    expect(benches('Gains on the general language understanding evaluation (GLUE) benchmark.')).toEqual(['GLUE']);
    expect(benches('We test on the FOO-SLU dataset.')).toEqual(['FOO-SLU']);
  });
});
