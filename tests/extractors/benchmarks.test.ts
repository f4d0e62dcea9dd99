import { describe, expect, it } from 'vitest';
import { createNameIndex, findBenchmarks, scanNames } from '../../extractors/index.js';
import { itFindsInAnyOrder, itFindsNothing } from './helpers.js';

const index = createNameIndex();
const benches = (s: string) => findBenchmarks(s, scanNames(index, s)).map((h) => h.mention.name);

describe('benchmarks: positives', () =>
  itFindsInAnyOrder(benches, [
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
  ]));

describe('benchmarks: false positives', () =>
  itFindsNothing(benches, [
    'We drop the last layer.',
    'We fine-tune on BERT embeddings and test on GPUs.',
    'Experiments on English datasets show gains.',
    'Additionally, the scarcity of datasets is a hurdle.',
    'Results on NLU tasks and QA benchmarks improve.',
    'Our code in PyTorch is on GitHub.',
    'Previous work on Bi-LSTMs reached 80 F1.',
  ]));

describe('benchmarks: an acronym that abbreviates the words before it', () => {
  it('is not the benchmark spelled the same way', () => {
    expect(benches('It uses grouped-query attention (GQA) for speed.')).toEqual([]);
    expect(benches('We report accuracy on GQA.')).toEqual(['GQA']);
    expect(benches('Gains on the general language understanding evaluation (GLUE) benchmark.')).toEqual(['GLUE']);
    expect(benches('We test on the FOO-SLU dataset.')).toEqual(['FOO-SLU']);
  });
});

// 2024-2026 name shapes and phrasings: each new pattern with the false positives it must not give.
describe('benchmarks: editions, shapes and titled names (positives)', () =>
  itFindsInAnyOrder(benches, [
    ['Accuracy on AIME 2024 rises to 60%.', ['AIME 2024']],
    ['It reaches 46.7% on AIME24 and 80% on AMC23.', ['AIME 2024', 'AMC 2023']],
    ["Scores on HMMT'25 improve.", ['HMMT 2025']],
    ['We report pass@1 on MATH-500 and GPQA.', ['MATH-500', 'GPQA']],
    ['Evaluated on the Massive Text Embedding Benchmark (MTEB), it leads.', ['MTEB']],
    ['In the Harbor Multitask Understanding (HMUB) benchmark, it sets a record.', ['HMUB']],
    ['We submit to the Open Foo-LLM Leaderboard.', ['Open Foo-LLM Leaderboard']],
    ['We collect the Riverside Traffic Dataset (RTD) for training.', ['RTD']],
    ['It improves over baselines on Alpha-T, Beta-E, and GammaHard benchmarks.', ['Alpha-T', 'Beta-E', 'GammaHard']],
    ['Scores rise on DragBench, Foo-Bench-Lite and BarEval.', ['DragBench', 'Foo-Bench-Lite', 'BarEval']],
    ['Accuracy on HarborQA improves.', ['HarborQA']],
    ['Experiments on RoomScan and ARKitLike demonstrate the gains.', ['RoomScan', 'ARKitLike']],
    ['Results on ScanNet++ and uFoo3D are strong.', ['ScanNet++']],
  ]));

describe('benchmarks: editions, shapes and titled names (false positives)', () =>
  itFindsInAnyOrder(benches, [
    ['Extensive experiments on 29 VDR datasets show gains.', []],
    ['Results on three NER benchmarks improve.', []],
    ['We study analytics on NATO sentiments in the news.', []],
    ['On FooBench, BarNet achieves the best accuracy.', ['FooBench']],
    ['We use plugins such as NeuS and Neuralangelo, the average error on the DTU dataset drops.', ['DTU']],
    ['Egocentric Video Question Answering (Egocentric VideoQA) is hard, and VQA too.', []],
    ['The models answer MMLU-style questions and a Filipino-centric benchmark.', []],
    ['IrokoBench: A New Benchmark for African Languages', ['IrokoBench']],
    ['This paper, written for the MSLR 2025 Workshop Challenge, studies signs.', []],
    ['It was organised as part of the MediaEval task series and SemEval 2023 Task 3.', []],
    ['Validated on COCO 2017, the detector improves.', ['MS COCO']],
  ]));

describe('benchmarks: kinds, campaigns and descriptions after a name', () =>
  itFindsInAnyOrder(benches, [
    ['Experiments on a Large Eddy Simulation (LES) dataset show gains.', []],
    ['The spread of MultiLingual Visual Question Answering (MLVQA) benchmarks helps.', []],
    ['SemEval-2025 Task 7: claim retrieval across languages.', []],
    ['Error rates fall by 50% on Mandarin-English code-switching benchmarks.', []],
    ['Results on the FOOEB multimodal embedding benchmark improve.', ['FOOEB']],
    ['We achieve state-of-the-art results on the Core4D and OAKFOO2 online generation tasks.', ['Core4D', 'OAKFOO2']],
    ['Scores on the Landslide4Sense (L4S) benchmark improve.', ['L4S']],
    ['Scores on the FooSense (FS4) benchmark improve.', ['FS4']],
  ]));
