// Renders a digest (graph/digest.ts) as Markdown for the terminal and DIR/digest.md, in the
// order of graph/digest-view.ts: summary first, the paper list last and collapsed.
// Pure string building: no graph access, no I/O; every name from the corpus is escaped.

import type { Digest, DigestNodeRef, DigestPaper } from './digest-types.js';
import { digestView, type ViewEntry } from './digest-view.js';

/** Escape Markdown syntax in corpus text so a title like "*BERT* [v2]" prints as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** Parentheses and spaces would end a Markdown link target early. */
const percentEncode = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

function paperLink(paper: DigestPaper): string {
  const title = escapeMarkdown(paper.title);
  return paper.url ? `[${title}](${paper.url.replace(/[()\s]/g, percentEncode)})` : `*${title}*`;
}

function nodeName(node: DigestNodeRef): string {
  return `**${escapeMarkdown(node.label)}**${node.isNew ? ' (new)' : ''}`;
}

/** "- **HKVLM** — built on **Qwen2.5-VL**; also built on Grounding DINO", then its one sentence. */
function entryLines(entry: ViewEntry): string[] {
  const variants = entry.variants.length ? ` (also ${entry.variants.map((v) => escapeMarkdown(v.label)).join(', ')})` : '';
  const count = entry.papers > 1 ? ` (${entry.papers} papers)` : '';
  const [first, ...others] = entry.links;
  const lineage = first ? ` — ${first.relation} ${nodeName(first.parent)}` : '';
  const also = others.length ? `; also ${others.map((l) => `${l.relation} ${escapeMarkdown(l.parent.label)}`).join(', ')}` : '';
  const head = `- **${escapeMarkdown(entry.label)}**${variants}${count}${lineage}${also}`;
  if (entry.evidence) return [head, `  > ${escapeMarkdown(entry.evidence.text)} — ${paperLink(entry.evidence.paper)}`];
  return [entry.paper ? `${head} — ${paperLink(entry.paper)}` : head];
}

function paperLine(paper: DigestPaper): string {
  return `- ${paperLink(paper)}${paper.published ? ` (${paper.published})` : ''}`;
}

/** The digest as Markdown: a title, the summary, then one section per kind of news. */
export function digestToMarkdown(digest: Digest): string {
  const view = digestView(digest);
  const heading = `# papergraph digest${view.label ? ` — ${escapeMarkdown(view.label)}` : ''}`;
  const lines: string[] = [heading, ''];
  if (view.note) lines.push(view.note, '');
  if (view.empty) {
    lines.push(digest.since ? 'Nothing new since then.' : 'Nothing new: every paper was already in the graph.', '');
    return lines.join('\n');
  }
  lines.push(`${view.counts.join(' · ')}.`, '');
  for (const h of view.highlights) {
    const more = h.more ? `, and ${h.more} more` : '';
    lines.push(`- **${h.title}**: ${h.items.map(escapeMarkdown).join(', ')}${more}.`);
  }
  if (view.highlights.length) lines.push('');

  if (view.groups.length) {
    const count = view.groups.reduce((n, g) => n + g.entries.length, 0);
    lines.push(`## New models by base (${count})`, '');
    for (const group of view.groups) {
      lines.push(`### ${escapeMarkdown(group.base.label)}${group.base.isNew ? ' (new)' : ''}`, '');
      for (const entry of group.entries) lines.push(...entryLines(entry));
      lines.push('');
    }
  }
  if (view.withoutBase.length) {
    lines.push(`## New models without a known base (${view.withoutBase.length})`, '');
    for (const entry of view.withoutBase) lines.push(...entryLines(entry));
    lines.push('');
  }
  for (const section of view.sections) {
    lines.push(`## ${section.title} (${section.entries.length})`, '');
    for (const entry of section.entries) lines.push(...entryLines(entry));
    lines.push('');
  }
  if (view.known.length) {
    lines.push(`## New links between known models (${view.known.length})`, '');
    for (const entry of view.known) lines.push(...entryLines(entry));
    lines.push('');
  }
  if (view.mentioned.length) {
    lines.push(`## Model names first seen in passing (${view.mentioned.length})`, '');
    lines.push(`${view.mentioned.map((m) => escapeMarkdown(m.label)).join(', ')}.`, '');
  }
  // The paper list last and collapsed (GitHub and most viewers fold <details>).
  lines.push('<details>', `<summary>New papers (${view.papers.length})</summary>`, '', ...view.papers.map(paperLine), '', '</details>', '');
  return lines.join('\n');
}
