// Finds the guideline task labels a sentence names, in any of their phrasings
// (lexicons/tasks.ts). Node names are readable labels ("Named entity
// recognition") whose slug is the label. No inference from benchmark names.

import type { Mention } from '../src/types.js';
import { slug } from '../src/normalize.js';
import { TASK_LEXICON } from './lexicons/tasks.js';

export interface TaskHit {
  mention: Mention;
  rule: string;
}

/** One alternation per task and kind of phrasing, so a sentence costs one test per task. */
const join = (res: readonly RegExp[], flags: string) => (res.length ? new RegExp(res.map((r) => r.source).join('|'), flags) : undefined);
const COMPILED = TASK_LEXICON.map((task) => ({
  task,
  phrases: join(task.phrases, 'i'),
  exact: join(task.exact ?? [], ''),
  title: join(task.titlePhrases ?? [], 'i'),
}));

export function findTasks(sentence: string, isTitle = false): TaskHit[] {
  const out: TaskHit[] = [];
  const lower = sentence.toLowerCase();
  for (const { task, phrases, exact, title } of COMPILED) {
    if (!task.cues.some((c) => lower.includes(c))) continue;
    const hit =
      Boolean(phrases?.test(sentence)) || Boolean(exact?.test(sentence)) || (isTitle && Boolean(title?.test(sentence)));
    if (hit) out.push({ mention: { type: 'task', name: task.name }, rule: `task:${slug(task.name)}` });
  }
  return out;
}
