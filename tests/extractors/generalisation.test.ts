// Positive and false-positive rows for the rules added while measuring the
// held-out corpus (tests/fixtures/heldout): cue phrasings that any abstract may
// use. Sentences are our own, not taken from the held-out or seed files.

import { describe, expect, it } from 'vitest';
import { slug } from '../../src/normalize.js';
import { findTasks } from '../../extractors/index.js';
import { factsOf, itFinds, itFindsNothing, itReadsLineage, itReadsNoLineage, itReadsNothing, itReadsPapers, models, targets } from './helpers.js';

const tasks = (s: string) => findTasks(s).map((h) => slug(h.mention.name));
const introductions = (title: string, abstract: string) => targets(factsOf(abstract, title), 'introduces');

describe('lineage cues: positives', () =>
  itReadsLineage([
    ['Pika: a sentence encoder', 'We present Pika, a modification of the pretrained RoBERTa network for sentence pairs.', ['RoBERTa'], ['Pika -> RoBERTa']],
    ['Quail', 'We present Quail, a search model that adapts large encoders (e.g., ELECTRA) for ranking.', ['ELECTRA'], ['Quail -> ELECTRA']],
    ['Rook', 'We present Rook, a tagger that fine-tunes pretrained encoders (in particular, DeBERTa) for tagging.', ['DeBERTa'], ['Rook -> DeBERTa']],
    ['A Welsh encoder', 'In this work, we pre-trained RoBERTa from scratch on Welsh news.', ['RoBERTa'], []],
    ['A legal encoder', 'We explore and release BERT models for contracts and statutes.', ['BERT'], []],
    ['A study of tuning', 'We find that the recipe helps several model families (Mistral, Qwen, Gemma).', ['Gemma', 'Mistral', 'Qwen'], []],
    [
      'SmallFoo: distilling encoders',
      'We present SmallFoo. Knowledge in a large teacher RoBERTa is moved to the student SmallFoo.',
      ['RoBERTa'],
      ['SmallFoo -> RoBERTa'],
    ],
    ['A Danish encoder', 'We developed a monolingual Danish BERT model called DanFoo.', ['BERT'], ['DanFoo -> BERT']],
    [
      'Sparse experts',
      'We introduce FooMoE, a sparse model. FooMoE has the same architecture as Mistral 7B, with experts.',
      ['Mistral 7B'],
      ['FooMoE -> Mistral 7B'],
    ],
    [
      'Sparse experts',
      'We present SwitchFoo. We design models based off T5-Base and T5-Large.',
      ['T5-Base', 'T5-Large'],
      ['SwitchFoo -> T5-Base', 'SwitchFoo -> T5-Large'],
    ],
    [
      'DanRo: a Danish model',
      'We used RoBERTa, a robustly optimised BERT approach, to train a Danish language model called DanRo.',
      ['RoBERTa'],
      ['DanRo -> RoBERTa'],
    ],
    ['Evaluating code models', 'We introduce FooCoder, a GPT language model fine-tuned on public code.', ['GPT'], ['FooCoder -> GPT']],
    [
      'Portuguese encoders',
      'We train BERT (Bidirectional Encoder Representations from Transformers) models for Galician, which we nickname BERTinho.',
      ['BERT'],
      ['BERTinho -> BERT'],
    ],
    ['Tiny speech', 'We distil the Whisper model into a smaller variant, called Distil-Foo.', ['Whisper'], ['Distil-Foo -> Whisper']],
    [
      'FooLM 2: better pretraining',
      'This paper presents FooLM 2, which improves the original ELECTRA model by sharing embeddings.',
      ['ELECTRA'],
      ['FooLM 2 -> ELECTRA'],
    ],
  ]));

describe('lineage cues: false positives', () =>
  itReadsNoLineage([
    ['Heron: a new encoder', 'Pre-training methods such as BERT mask tokens; we present Heron, which does not.'],
    ['Ibis: a new encoder', 'Autoencoding pretraining like RoBERTa sees both sides; we present Ibis.'],
    ['Jay: a new encoder', 'Large-scale pretraining (e.g. GPT-2) is costly, and we present Jay instead.'],
    ['A survey of encoders', 'Prior work released BERT models for many domains.'],
    ['Kestrel: a ranker', 'Kestrel outperforms rankers that fine-tune encoders (e.g., BERT) on each query.'],
    ['Loon: a ranker', 'We present Loon, which is better than the teacher-free baselines and outperforms a teacher RoBERTa.'],
    ['Puffin: a ranker', 'We present Puffin; it improves over the original BERT by 2 points.'],
    ['Auk: a tagger', 'We present Auk, a tagger. Prior tools used RoBERTa to train taggers.'],
    ['Murre: a coder', 'Murre, a GPT-2 model trained from scratch, is small.'],
    ['Razorbill: a study', 'We present Razorbill and distil knowledge into it; Whisper is only compared.'],
  ]));

describe('introductions with two adverbs', () => {
  it('reads "we also publicly release X"', () => {
    const facts = factsOf('We also publicly release FooChat checkpoints for research.', 'A study of chat models');
    expect(targets(facts, 'introduces')).toEqual(['FooChat']);
  });
  it('does not read a released third-party name after "we also use"', () => {
    const facts = factsOf('We also publicly use FooChat checkpoints for research.', 'A study of chat models');
    expect(targets(facts, 'introduces')).toEqual([]);
  });
});

describe('introductions: more cue shapes', () => {
  itReadsPapers(introductions, [
    ['A study of scaling', 'We test this by training a compute-optimal model, Gannet, that uses the same budget.', ['Gannet']],
    ['A study of scaling', 'Specifically, we train Skua, an autoregressive language model with 9B parameters.', ['Skua']],
    ['A study of encoders', 'Furthermore, we have pre-trained a multi-lingual model mFooBERT and observed gains.', ['mFooBERT']],
    ['A study of alignment', 'We call the resulting models AlignFoo.', ['AlignFoo']],
    ['A long-document model', 'We finally introduce the Foo-Encoder-Decoder (FED), a variant for generation.', ['Foo-Encoder-Decoder']],
  ]);

  itReadsNothing(
    introductions,
    [
      ['A study of tuning', 'We train BERT on the new corpus and report results.'],
      ['A study of tuning', 'We train RoBERTa, the strongest baseline, on each task.'],
      ['A study of probes', 'We pre-trained a linear model on frozen features.'],
      ['A study of licences', 'We publicly release our models and code under the Open Foo License.'],
      ['A study of scaling', 'We design models based on T5-Base for speed.'],
    ],
    'no introduction: %s | %s',
  );
});

describe('languages', () => {
  it('reads Bangla as Bengali', () => {
    const facts = factsOf('A model pretrained in Bangla, a widely spoken language.');
    expect(facts.some((f) => f.target.type === 'language' && f.target.name === 'Bengali')).toBe(true);
  });
});

describe('model names', () => {
  it('knows AlexNet', () => {
    expect(models(factsOf('It outperforms AlexNet with fewer labels.'))).toEqual(['AlexNet']);
  });
  it('does not read "a vision Transformer" as ViT', () => {
    expect(models(factsOf('This paper presents a new vision Transformer for detection.'))).toEqual([]);
  });
  it('keeps DeBERTa-v3 apart from DeBERTa (a version, not an alias)', () => {
    const facts = factsOf('We compare DeBERTa with DeBERTa-v3 on the task.');
    expect(models(facts)).toEqual(expect.arrayContaining(['DeBERTa', 'DeBERTa v3']));
  });
  it('keeps numbered vision backbones: ResNet-50, VGG-16, DenseNet-121', () => {
    const facts = factsOf('We compare ResNet-50, VGG-16 and DenseNet-121 on the images.');
    // Depths up to two digits are versions with their own node; DenseNet-121 is an alias of DenseNet.
    expect(models(facts)).toEqual(expect.arrayContaining(['DenseNet', 'ResNet 50', 'VGG 16']));
  });
  it('never makes "BERT-Networks" or "BERT-network" a model', () => {
    const facts = factsOf('Siamese BERT-Networks and a BERT-network encoder read both inputs.', 'Siamese BERT-Networks for pairs');
    expect(models(facts)).not.toContain('BERT-Networks');
    expect(models(facts)).not.toContain('BERT-network');
  });
});

describe('benchmarks', () => {
  it('reads long lists joined by "as well as"', () => {
    const facts = factsOf('We report results on FooSpeech, BarASR, BazVox as well as QuxCorpus.');
    expect(targets(facts, 'evaluated_on')).toEqual(['BarASR', 'BazVox', 'FooSpeech', 'QuxCorpus']);
  });
  it('knows well-known speech and reasoning suites', () => {
    const facts = factsOf('We report accuracy on BBH, MGSM, ScienceQA, VoxPopuli and Libri-Light.');
    expect(targets(facts, 'evaluated_on')).toEqual(['BBH', 'Libri-Light', 'MGSM', 'ScienceQA', 'VoxPopuli']);
  });
  it('does not read an ordinary capitalised word after "as well as" in a non-evaluation sentence', () => {
    const facts = factsOf('The corpus covers London as well as Paris.');
    expect(targets(facts, 'evaluated_on')).toEqual([]);
  });
});

describe('tasks: positives', () =>
  itFinds(tasks, [
    ['We evaluate on sequence tagging and slot tagging.', ['sequence-labeling']],
    ['The model is trained to follow natural language instructions.', ['instruction-following']],
    ['Instruction finetuning helps every model size.', ['instruction-following']],
    ['Zero-shot fine-grained object classification on 30 datasets.', ['image-classification']],
    ['Tasks such as question answering and language inference.', ['question-answering', 'natural-language-inference']],
    ['State-of-the-art results on five language modeling datasets.', ['language-modeling']],
    ['We evaluate on character-level language modeling.', ['language-modeling']],
    ['Open-ended visual question-answering on photos.', ['visual-reasoning']],
    ['A pure transformer performs well on image classification tasks.', ['image-classification']],
    ['Gains in code summarization and code search.', ['code-understanding']],
    ['It reaches 80% zero-shot cross-lingual accuracy on the benchmark.', ['cross-lingual-transfer']],
  ]));

describe('tasks: false positives', () =>
  itFindsNothing(tasks, [
    'Contextual word embedding models changed the field.',
    'Token embedding models are cheap to store.',
    'We pre-train with masked object classification on regions.',
    'Follow the steps in the appendix.',
    'We pre-train with a causal language modeling objective.',
    'It needs only a simple classification loss.',
  ]));
