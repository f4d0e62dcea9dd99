import { describe, expect, it } from 'vitest';
import { slug } from '../../src/normalize.js';
import { extract, findTasks } from '../../extractors/index.js';
import { itFinds, itFindsInAnyOrder, itFindsNothing, itReadsPapers } from './helpers.js';

const tasks = (s: string, title = false) => findTasks(s, title).map((h) => slug(h.mention.name));
/** Names of the tasks extract() says the paper addresses, in the order first read. */
const paperTasks = (title: string, abstract: string) =>
  extract({ title, abstract })
    .facts.filter((f) => f.edge === 'addresses')
    .map((f) => f.target.name)
    .filter((name, i, all) => all.indexOf(name) === i);

describe('tasks: positives', () => {
  itFinds(tasks, [
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
  ]);

  it('reads "language modelling" as a task in a title only', () => {
    expect(tasks('Faster Training for Language Modeling', true)).toEqual(['language-modeling']);
    expect(tasks('Recent advances in language modeling are large.')).toEqual([]);
  });
});

describe('tasks: false positives', () => {
  itFindsNothing(tasks, [
    'We pre-train with masked language modeling.',
    'A model of the task.',
    'The retrieval-augmented generator reads papers.',
    'Our models are large and fast.',
    'Opinion in the community was mixed.',
    'The model generates input embeddings from text rendered as pixels.',
  ]);

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
  itReadsPapers(
    paperTasks,
    [
      ['Lesion classification', 'We classify dermoscopy images. Our model improves classification of lesions.', ['Image classification']],
      ['Signals', 'We study EEG signals and improve classification with a new loss.', []],
      ['Reviews', 'We classify product reviews. Our method improves classification of documents.', ['Text classification']],
      ['RAG', 'We add a retrieval step to a retrieval-augmented generation pipeline for answers.', []],
      ['Robots', 'We improve motion planning for robot arms.', ['Planning']],
      ['Budgets', 'We discuss planning of research budgets.', []],
    ],
    '%s',
  );
});

// The phrasings of 2024-2026 papers, each with the passing mentions it must not read as the task.
describe('tasks: current phrasings (positives)', () =>
  itFindsInAnyOrder(tasks, [
    ['We compress the model for robotic manipulation.', ['planning']],
    ['It learns a generalist manipulation policy across robots.', ['planning']],
    ['It gives superior math performance.', ['numerical-reasoning']],
    ['We evaluate on benchmarks in math and scientific reasoning, coding, and planning.', ['numerical-reasoning', 'code-generation']],
    ['Coding tasks and competitive programming both improve.', ['code-generation']],
    ['A code completion model for fast code infilling.', ['code-generation']],
    ['It probes the code reasoning capabilities of models.', ['code-understanding']],
    ['Many models lag in reading comprehension and translation capabilities.', ['question-answering', 'machine-translation']],
    ['Whisper is a speech recognition and translation model.', ['speech-recognition', 'machine-translation']],
    ['Gains on En-X translation for six languages.', ['machine-translation']],
    ['Open speech understanding models for academia.', ['spoken-language-understanding']],
    ['State of the art on video question-answer tasks.', ['question-answering']],
    ['It tests core visual perception abilities.', ['visual-reasoning']],
    ['A promptable model for 3D medical image segmentation.', ['image-segmentation']],
    ['We introduce a family of segment anything models.', ['image-segmentation']],
    ['A framework for creating large amounts of diverse synthetic data.', ['data-augmentation']],
  ]));

describe('tasks: current phrasings (false positives)', () =>
  itFindsInAnyOrder(tasks, [
    ['LRMs matter for tasks like programming, mathematics, and commonsense reasoning.', ['commonsense-reasoning']],
    ['The model was developed through continued pre-training and instruction tuning.', []],
    ['It surpasses most instruction-tuned LLMs on the leaderboard.', []],
    ['The enhanced text instruction replaces the original input.', []],
    ['Fine-tuning leads to catastrophic forgetting of prior knowledge.', []],
    ['Generative video super-resolution (VSR) at 4K.', []],
    ['A hierarchical merging stage, effectively summarizing semantic content.', []],
    ['Distillation from LLM-generated synthetic data helps small models.', []],
    ['Thermal image translation with latent diffusion models.', []],
    ['Speaker gender classification and speaker age prediction.', []],
    ['Long caption text-image retrieval tasks improve.', ['image-text-retrieval']],
  ]));

describe('tasks: a bare "segmentation" follows the paper', () => {
  itReadsPapers(
    paperTasks,
    [
      ['Lesions', 'We study dermoscopy images. Our network improves segmentation of skin lesions.', ['Image segmentation']],
      ['Words', 'We study Chinese text. Our model improves word segmentation.', []],
      ['Heads', 'We study video inpainting. A lightweight segmentation head gives a prior.', []],
      ['Customers', 'We cluster buyers of a shop for segmentation of the market.', []],
      ['Guided', 'We study MRI scans with a segmentation-guided diffusion model.', []],
      ['Laughter', 'We study audio from video clips and set up laughter segmentation as anomaly detection.', []],
    ],
    '%s',
  );
});
