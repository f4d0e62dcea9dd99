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
}

/** One alternation per task and kind of phrasing, so a sentence costs one test per task. */
const join = (res: readonly RegExp[], flags: string) => (res.length ? new RegExp(res.map((r) => r.source).join('|'), flags) : undefined);
const COMPILED = TASK_LEXICON.map((task) => ({
  task,
  phrases: join(task.phrases, 'i'),
  exact: join(task.exact ?? [], ''),
  title: join(task.titlePhrases ?? [], 'i'),
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
    const { phrases, exact, title } = row;
    const hit =
      Boolean(phrases?.test(sentence)) || Boolean(exact?.test(sentence)) || (isTitle && Boolean(title?.test(sentence)));
    if (hit) out.push({ mention: { ...row.hit.mention }, rule: row.hit.rule });
  }
  return out;
}
