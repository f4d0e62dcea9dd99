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

export function findTasks(sentence: string, isTitle = false): TaskHit[] {
  const out: TaskHit[] = [];
  for (const task of TASK_LEXICON) {
    const hit = task.phrases.some((re) => re.test(sentence)) || (task.exact ?? []).some((re) => re.test(sentence)) ||
      (isTitle && (task.titlePhrases ?? []).some((re) => re.test(sentence)));
    if (hit) out.push({ mention: { type: 'task', name: task.name }, rule: `task:${slug(task.name)}` });
  }
  return out;
}
