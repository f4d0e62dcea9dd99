import { describe, expect, it } from 'vitest';
import { slug } from '../../src/normalize.js';
import { extract, findTasks } from '../../extractors/index.js';

const tasks = (s: string, title = false) => findTasks(s, title).map((h) => slug(h.mention.name));

describe('tasks: positives', () => {
  const cases: Array<[string, string[]]> = [
    ['We tag named entities: NER on clinical notes.', ['named-entity-recognition']],
    ['Gains in extractive question answering.', ['question-answering']],
    ['Neural machine translation between Hindi and Tamil.', ['machine-translation']],
    ['Gains of 2 BLEU on English-German translation.', ['machine-translation']],
    ['It can generate fluent, factual and coherent Welsh text.', ['text-generation']],
    ['We test natural language understanding, text embedding, and reasoning.', ['sentence-embedding']],
    ['Abstractive summarisation of news.', ['summarization']],
    ['Textual entailment probes.', ['natural-language-inference']],
    ['Automatic speech recognition for kids.', ['speech-recognition']],
    ['Referring image segmentation with adapters.', ['image-segmentation']],
    ['Bilingual lexicon induction from embeddings.', ['lexicon-induction']],
    ['A new text-video retrieval method.', ['video-retrieval']],
    ['Zero-shot cross-lingual transfer to 40 languages.', ['cross-lingual-transfer']],
    ['Grammatical error correction for learners.', ['grammatical-error-correction']],
    ['Math word problems need arithmetic.', ['numerical-reasoning']],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(tasks(sentence)).toEqual(expected);
  });

  it('reads "language modelling" as a task in a title only', () => {
    expect(tasks('Faster Training for Language Modeling', true)).toEqual(['language-modeling']);
    expect(tasks('Recent advances in language modeling are large.')).toEqual([]);
  });
});

describe('tasks: false positives', () => {
  const cases: string[] = [
    'We pre-train with masked language modeling.',
    'A model of the task.',
    'The retrieval-augmented generator reads papers.',
    'Our models are large and fast.',
    'Opinion in the community was mixed.',
    'The model generates input embeddings from text rendered as pixels.',
  ];
  it.each(cases)('%s', (sentence) => {
    expect(tasks(sentence)).toEqual([]);
  });

  it('does not read VQA as plain question answering', () => {
    expect(tasks('Visual question answering over charts.')).toEqual(['visual-reasoning']);
  });
});

describe('tasks: every phrasing contains one of its cues', () => {
  it('so the cheap pre-check never hides a match', async () => {
    const { TASK_LEXICON } = await import('../../extractors/lexicons/tasks.js');
    for (const task of TASK_LEXICON) {
      const lower = task.example.toLowerCase();
      expect(
        task.cues.some((c) => lower.includes(c)),
        task.name,
      ).toBe(true);
      expect(
        findTasks(task.example).map((h) => h.mention.name),
        task.name,
      ).toContain(task.name);
    }
  });
});

describe('tasks the paper does, in its own field', () => {
  const tasks = (title: string, abstract: string) =>
    extract({ title, abstract })
      .facts.filter((f) => f.edge === 'addresses')
      .map((f) => f.target.name)
      .filter((name, i, all) => all.indexOf(name) === i);

  it.each([
    ['Lesion classification', 'We classify dermoscopy images. Our model improves classification of lesions.', ['Image classification']],
    ['Signals', 'We study EEG signals and improve classification with a new loss.', []],
    ['Reviews', 'We classify product reviews. Our method improves classification of documents.', ['Text classification']],
    ['RAG', 'We add a retrieval step to a retrieval-augmented generation pipeline for answers.', []],
    ['Robots', 'We improve motion planning for robot arms.', ['Planning']],
    ['Budgets', 'We discuss planning of research budgets.', []],
  ])('%s', (title, abstract, expected) => {
    expect(tasks(title, abstract)).toEqual(expected);
  });
});
