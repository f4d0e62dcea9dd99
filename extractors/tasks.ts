// Finds the guideline task labels a sentence names, in any of their phrasings
// (lexicons/tasks.ts). Node names are readable labels ("Named entity
// recognition") whose slug is the label. No inference from benchmark names.

import type { Mention } from '../src/types.js';
import { slug } from '../src/normalize.js';
import { TASK_LEXICON } from './lexicons/tasks.js';
import { registerCues } from './scan/cue-index.js';

export interface TaskHit {
  mention: Mention;
  rule: string;
  /** Found by a phrasing that names the task only in a paper about images (`visualPhrases`). */
  visualOnly?: boolean;
}

/** One alternation per task and kind of phrasing, so a sentence costs one test per task. */
const join = (res: readonly RegExp[], flags: string) => (res.length ? new RegExp(res.map((r) => r.source).join('|'), flags) : undefined);
const COMPILED = TASK_LEXICON.map((task) => ({
  task,
  phrases: join(task.phrases, 'i'),
  exact: join(task.exact ?? [], ''),
  title: join(task.titlePhrases ?? [], 'i'),
  visual: join(task.visualPhrases ?? [], 'i'),
  // Labels are fixed: build the rule id once.
  hit: { mention: { type: 'task', name: task.name }, rule: `task:${slug(task.name)}` } satisfies TaskHit,
}));
const CUES = registerCues(TASK_LEXICON.map((task) => task.cues));

export function findTasks(sentence: string, isTitle = false): TaskHit[] {
  const out: TaskHit[] = [];
  const cues = CUES.scanSentence(sentence);
  for (let i = 0; i < COMPILED.length; i++) {
    const row = COMPILED[i];
    if (!row || !cues.has(i)) continue;
    const { phrases, exact, title, visual } = row;
    const hit = Boolean(phrases?.test(sentence)) || Boolean(exact?.test(sentence)) || (isTitle && Boolean(title?.test(sentence)));
    if (hit) out.push({ mention: { ...row.hit.mention }, rule: row.hit.rule });
    else if (visual?.test(sentence)) out.push({ mention: { ...row.hit.mention }, rule: row.hit.rule, visualOnly: true });
  }
  return out;
}

/** Words of papers about images, scans and video: their bare "classification" classifies those. */
const VISUAL_PAPER =
  /\b(?:images?|imagery|visual|videos?|pixels?|vision|cameras?|scans?|CT|MRI|X-rays?|radiograph\w*|lesions?|histolog\w*|point clouds?|remote sensing|satellite|LiDAR|hyperspectral|ultrasound|dermoscop\w*|endoscop\w*|mammogra\w*)\b/i;
/** Words of papers about text: only they classify text with a bare "classification". */
const TEXT_PAPER = /\b(?:texts?|textual|language|linguistic|documents?|sentences?|words?|NLP|tweets?|posts?|reviews?|corpus|corpora|utterances?)\b/i;
/** Classification said to be of text in so many words. */
const SAID_OF_TEXT =
  /\b(?:text|document|sentence|topic|intent|news|tweet|review|multi-label|hate speech|spam|emotion|stance) (?:classification|detection)\b|\bintent (?:detection|recognition)\b/i;

const IMAGE_CLASSIFICATION: TaskHit = { mention: { type: 'task', name: 'Image classification' }, rule: 'task:image-classification' };

/**
 * The paper decides what a bare "classification" classifies and whether a bare "segmentation" is of images: images in a paper about images
 * (never text classification), nothing in a paper about neither (signals, tables, graphs).
 */
export function classificationOf(hit: TaskHit, sentence: string, paper: string): TaskHit | undefined {
  if (hit.visualOnly) return VISUAL_PAPER.test(paper) ? { mention: hit.mention, rule: hit.rule } : undefined;
  if (hit.mention.name !== 'Text classification' || SAID_OF_TEXT.test(sentence)) return hit;
  if (VISUAL_PAPER.test(paper) && !SAID_OF_TEXT.test(paper)) return { mention: { ...IMAGE_CLASSIFICATION.mention }, rule: IMAGE_CLASSIFICATION.rule };
  return TEXT_PAPER.test(paper) ? hit : undefined;
}
