// Deterministic large corpora for the benchmark, made from the seed abstracts: copy k of a
// seed paper renames the model the paper introduces (BioBERT -> BioBERT-K3), so the graph
// grows with new models built on the same well-known bases, as a real stream of papers does.

import type { Paper } from '../src/types.js';

/** The name a paper introduces, read off its title ("X: ...") or a "we introduce X" phrase. */
function introducedName(paper: Paper): string | undefined {
  const title = /^([A-Z][\w.\-]*[A-Z0-9][\w.\-]*)\s*[:\-–]/u.exec(paper.title);
  if (title?.[1]) return title[1];
  const cue = /\b(?:introduce|present|propose|release)\s+([A-Z][\w\-]*[A-Z0-9][\w\-]*)/u.exec(paper.abstract);
  return cue?.[1];
}

/** "K3", "K27": a suffix that reads as part of a model name. */
const variant = (k: number) => `K${k}`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `count` papers as JSON Lines, cycling through the seed papers. */
export function generateCorpus(seeds: readonly Paper[], count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    if (!seed) break;
    const k = Math.floor(i / seeds.length);
    let { title, abstract } = seed;
    const name = k > 0 ? introducedName(seed) : undefined;
    if (name) {
      const re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w])`, 'gu');
      title = title.replace(re, `${name}-${variant(k)}`);
      abstract = abstract.replace(re, `${name}-${variant(k)}`);
    }
    if (k > 0) title = `${title} (${variant(k)})`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    lines.push(JSON.stringify({ id: `bench-${i}`, title, abstract, published: `2025-${month}-${day}` }));
  }
  return `${lines.join('\n')}\n`;
}
