// Renders a digest (graph/digest.ts) as Markdown for the terminal and DIR/digest.md.
// Pure string building: no graph access, no I/O; every name from the corpus is escaped.

import type { LineageRelation } from '../src/types.js';
import { isEmptyDigest, type Digest, type DigestEntity, type DigestLink, type DigestNodeRef, type DigestPaper } from './digest.js';
import type { Evidence } from './schema.js';

/** Evidence sentences shown per link; the rest stay in digest.json. */
export const MAX_SENTENCES = 3;

/** Escape Markdown syntax in corpus text so a title like "*BERT* [v2]" prints as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** Parentheses and spaces would end a Markdown link target early. */
const percentEncode = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function paperLine(paper: DigestPaper): string {
  const title = escapeMarkdown(paper.title);
  const linked = paper.url ? `[${title}](${paper.url.replace(/[()\s]/g, percentEncode)})` : title;
  return `- ${linked}${paper.published ? ` (${paper.published})` : ''}`;
}

function nodeName(node: DigestNodeRef): string {
  return `**${escapeMarkdown(node.label)}**${node.isNew ? ' (new)' : ''}`;
}

/** How a child relates to its parent, as a phrase: "BioBERT further pre-trained from BERT". */
export const RELATION_PHRASES: Record<LineageRelation, string> = {
  'fine-tuned': 'fine-tuned from',
  'continued-pretraining': 'further pre-trained from',
  distilled: 'distilled from',
  initialized: 'initialized from',
  adapted: 'adapted from',
  backbone: 'built on',
  extends: 'extends',
  architecture: 'uses the architecture of',
};

function relationText(link: DigestLink): string {
  if (link.edge === 'variant_of') return 'variant of';
  return link.relation ? RELATION_PHRASES[link.relation] : 'derived from';
}

function evidenceLines(evidence: readonly Evidence[], titles: ReadonlyMap<string, string>, indent: string): string[] {
  const shown = evidence.slice(0, MAX_SENTENCES).map((e) => {
    const title = titles.get(e.paper);
    return `${indent}> ${escapeMarkdown(e.sentence)} — *${escapeMarkdown(title ?? e.paper)}*`;
  });
  const more = evidence.length - shown.length;
  return more > 0 ? [...shown, `${indent}> (${plural(more, 'more sentence')} in digest.json)`] : shown;
}

function entitySection(title: string, entities: readonly DigestEntity[]): string[] {
  if (entities.length === 0) return [];
  const items = entities.map((e) => `- **${escapeMarkdown(e.label)}** (${plural(e.papers.length, 'paper')})`);
  return [`## ${title} (${entities.length})`, '', ...items, ''];
}

function summary(digest: Digest): string {
  const parts = [
    plural(digest.papers.length, 'new paper'),
    plural(digest.models.length, 'new model'),
    plural(digest.bases.length, 'base model') + ' gained descendants',
    plural(digest.benchmarks.length, 'new benchmark'),
    plural(digest.tasks.length, 'new task'),
    plural(digest.languages.length, 'new language'),
  ];
  return parts.join(' · ');
}

/** The digest as Markdown: a title, a one-line summary, then one section per kind of news. */
export function digestToMarkdown(digest: Digest): string {
  const titles = new Map(digest.papers.map((p) => [p.key, p.title]));
  const heading = `# papergraph digest${digest.label ? ` — ${escapeMarkdown(digest.label)}` : ''}`;
  const lines: string[] = [heading, ''];
  if (digest.since) {
    const notes = [`Papers published since ${digest.since}`];
    if (digest.excludedBySince) notes.push(`${plural(digest.excludedBySince, 'earlier paper')} left out`);
    if (digest.undated) notes.push(`${plural(digest.undated, 'paper')} without a date kept`);
    lines.push(`${notes.join('; ')}.`, '');
  }
  if (isEmptyDigest(digest)) {
    lines.push(digest.since ? 'Nothing new since then.' : 'Nothing new: every paper was already in the graph.', '');
    return lines.join('\n');
  }
  lines.push(`${summary(digest)}.`, '');

  lines.push(`## New papers (${digest.papers.length})`, '', ...digest.papers.map(paperLine), '');

  if (digest.models.length) {
    lines.push(`## New models (${digest.models.length})`, '');
    for (const model of digest.models) {
      const from = model.derivedFrom.map((l) => `${relationText(l)} ${nodeName(l.parent)}`);
      const count = model.papers.length > 1 ? ` (${model.papers.length} papers)` : '';
      lines.push(`- **${escapeMarkdown(model.label)}**${count}${from.length ? ` — ${from.join('; ')}` : ''}`);
      for (const link of model.derivedFrom) lines.push(...evidenceLines(link.evidence, titles, '  '));
    }
    lines.push('');
  }

  if (digest.lineage.length) {
    lines.push(`## New lineage links (${digest.lineage.length})`, '');
    for (const link of digest.lineage) {
      lines.push(`- ${nodeName(link.child)} ${relationText(link)} ${nodeName(link.parent)}`);
      lines.push(...evidenceLines(link.evidence, titles, '  '));
    }
    lines.push('');
  }

  if (digest.bases.length) {
    lines.push(`## Base models that gained descendants (${digest.bases.length})`, '');
    digest.bases.forEach((base, i) => {
      const children = base.children.map((c) => `${escapeMarkdown(c.label)}${c.isNew ? ' (new)' : ''}`).join(', ');
      lines.push(`${i + 1}. ${nodeName(base)} +${base.children.length}: ${children}`);
    });
    lines.push('');
  }

  lines.push(
    ...entitySection('New benchmarks', digest.benchmarks),
    ...entitySection('New tasks', digest.tasks),
    ...entitySection('New languages', digest.languages),
    ...entitySection('New methods', digest.methods),
  );
  return lines.join('\n');
}
