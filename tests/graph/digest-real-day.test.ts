// The digest of a real day: a slice of the real arXiv stream (../shared/corpora, read in place
// at test time, never copied into the project) built as day 1 (its first five listing days)
// and day 2 (the sixth), with the digest's structure and invariants checked on whatever the
// extractors find. Skipped, with a message, where the corpus is absent.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDigest, keysBeforeBuild, type Digest, type DigestEntity, type DigestLink } from '../../graph/digest.js';
import { digestToAtom, feedId } from '../../graph/digest-atom.js';
import { digestToHtml } from '../../graph/digest-html.js';
import { digestToMarkdown } from '../../graph/digest-markdown.js';
import { hasLatexMarkup } from '../../graph/digest-text.js';
import type { PaperGraph } from '../../graph/schema.js';
import { buildGraph, dedupePapers } from '../../src/pipeline.js';
import { parseCorpus } from '../../src/readers/detect.js';
import type { NodeType } from '../../src/types.js';
import { updateGraph } from '../../src/update-graph.js';
import { atomProblems } from '../helpers/atom-validate.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpora/arxiv-daily-2025-2026.jsonl');
const DAY1_LISTINGS = 5;
const present = existsSync(CORPUS);
if (!present) console.warn(`digest-real-day: ${CORPUS} is absent; the real-day digest test is skipped`);

/** The JSON lines of the first `days` listing dates of the stream, by date (the corpus is in date order). */
async function firstListings(days: number): Promise<Map<string, string[]>> {
  const byDate = new Map<string, string[]>();
  const lines = createInterface({ input: createReadStream(CORPUS, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const date = /"published":\s*"(\d{4}-\d{2}-\d{2})"/.exec(line)?.[1];
    if (!date) continue;
    if (!byDate.has(date) && byDate.size === days) break;
    byDate.set(date, [...(byDate.get(date) ?? []), line]);
  }
  lines.close();
  return byDate;
}

let graph: PaperGraph;
let digest: Digest;
let day2: string;

beforeAll(async () => {
  if (!present) return;
  const listings = [...(await firstListings(DAY1_LISTINGS + 1)).entries()];
  const papersOf = (entries: [string, string[]][]) => dedupePapers(parseCorpus(entries.flatMap(([, l]) => l).join('\n'), CORPUS, 'jsonl').papers).papers;
  const last = listings.at(-1);
  if (!last) throw new Error(`no listings read from ${CORPUS}`);
  day2 = last[0];
  graph = buildGraph(papersOf(listings.slice(0, -1)), { firstAdded: 'day1', layout: false });
  graph.setAttribute('builds', ['day1']);
  digest = updateGraph(graph, papersOf([last]), { label: day2, iterations: 0 }).digest;
}, 120_000);

const links = (d: Digest): DigestLink[] => [...[...d.models, ...d.mentioned, ...d.methods, ...d.benchmarks].flatMap((e) => e.derivedFrom), ...d.lineage];
const typeOf = (key: string): NodeType => graph.getNodeAttribute(key, 'type');

describe.skipIf(!present)('the digest of a real day', () => {
  it('has something to say: papers, models, and lineage', () => {
    expect(digest.papers.length).toBeGreaterThan(100);
    expect(digest.models.length).toBeGreaterThan(0);
    expect(links(digest).length).toBeGreaterThan(0);
  });

  it('lists under models only nodes of type model, under methods only methods, and so on', () => {
    const sections: [DigestEntity[], NodeType][] = [
      [digest.models, 'model'],
      [digest.mentioned, 'model'],
      [digest.methods, 'method'],
      [digest.benchmarks, 'benchmark'],
      [digest.tasks, 'task'],
      [digest.languages, 'language'],
    ];
    for (const [entities, type] of sections) for (const e of entities) expect([e.label, typeOf(e.key)]).toEqual([e.label, type]);
    for (const group of digest.groups) for (const key of group.models) expect(typeOf(key)).toBe('model');
    // A listed model is one a paper of the day introduces or derives; variants only named are not.
    for (const m of digest.models) expect(m.introducedBy.length > 0 || m.derivedFrom.some((l) => l.edge === 'derived_from')).toBe(true);
  });

  it('backs every lineage line with a sentence from a paper of that day, each sentence once, no LaTeX in display text', () => {
    const dayPapers = new Set(digest.papers.map((p) => p.key));
    for (const link of links(digest)) {
      expect(link.evidence.length, `${link.child.label} -> ${link.parent.label}`).toBeGreaterThan(0);
      for (const e of link.evidence) {
        expect(dayPapers.has(e.paper)).toBe(true);
        expect(graph.getNodeAttribute(e.paper, 'firstAdded')).toBe(day2);
        expect([e.text, hasLatexMarkup(e.text)]).toEqual([e.text, false]);
      }
      const shown = link.evidence.map((e) => `${e.paper} ${e.text}`);
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('reads in order: summary first, models by base, models without a base, benchmarks and methods, papers last and folded', () => {
    const md = digestToMarkdown(digest);
    expect(md).toMatch(new RegExp(`^# papergraph digest — ${day2}\\n\\n\\d+ new papers · \\d+ new models \\(\\d+ with a known base\\)`));
    const order = ['## New models by base', '## New models without a known base', '## New benchmarks', '## New methods', '<details>'].map((h) => md.indexOf(h));
    const found = order.filter((i) => i >= 0);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect(md.indexOf('<details>')).toBeGreaterThan(0);
    // At most one sentence per line of the list: a quote always follows its entry.
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('  > ')) expect(lines[i - 1]?.startsWith('- **')).toBe(true);
    });
  });

  it('a re-run of the day gives the same digest; the page and the feed are written beside it', () => {
    expect(computeDigest(graph, keysBeforeBuild(graph, day2), { label: day2 })).toEqual(digest);
    const html = digestToHtml(digest, { feed: 'digest.atom' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('#node=model%3A');
    const feed = digestToAtom(digest, { id: feedId(graph), updated: `${day2}T06:00:00Z` }).xml;
    expect(atomProblems(feed)).toEqual([]);
    expect(digestToAtom(digest, { id: feedId(graph), updated: `${day2}T06:00:00Z`, previous: feed }).xml).toBe(feed);
  });
});
