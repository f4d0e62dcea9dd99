// Runs every extractor over one paper's title and abstract and turns what they
// find into facts (paper -> entity edges, derived_from and variant_of), each with
// its evidence sentence and rule id. Pure: no graph, no I/O.

import type { EntityType, Extraction, Fact, Mention, PaperText } from '../src/types.js';
import { slug } from '../src/normalize.js';
import { paperSentences, type Sentence } from './scan/sentences.js';
import { createNameIndex, type NameEntry, type NameSpan } from './scan/name-index.js';
import { scanNames } from './names.js';
import { findIntroduced, type Introduced } from './introduced.js';
import { findLineage } from './lineage.js';
import { findLanguages } from './languages.js';
import { findBenchmarks } from './benchmarks.js';
import { classificationOf, findTasks } from './tasks.js';
import { escapeRegExp, fastForm, lowerCase } from './scan/forms.js';
import { CHILD_RULES, EXPANSION_RULE } from './rules/lineage.js';
import { NAMING_RULE_ID } from './name-shapes.js';
import { ownHeadSpans, ownHeads } from './own-heads.js';

/** Longest sentence the pattern rules see; longer text is cut into pieces (keeps regex work linear). */
const MAX_SENTENCE = 1200;

function bounded(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let text = s.text;
    if (text.length <= MAX_SENTENCE) {
      // Nothing to cut: the sentence itself (sentences are never changed), not a copy.
      out.push(s);
      continue;
    }
    while (text.length > MAX_SENTENCE) {
      const cut = text.lastIndexOf(' ', MAX_SENTENCE);
      const at = cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE;
      out.push({ ...s, text: text.slice(0, at) });
      text = text.slice(at).trimStart();
    }
    out.push({ ...s, text });
  }
  return out;
}

/** The lexicon's names alone (nothing reads an index to change it): one for every paper's introductions pass. */
const LEXICON_ONLY = createNameIndex();

const mentionOfIntroduced = (i: Introduced): Mention => ({ type: i.type, name: i.name, aliases: i.aliases });

function entryOf(i: Introduced): NameEntry {
  const upper = i.name.replace(/[^\p{Lu}]/gu, '').length;
  return {
    id: slug(i.name),
    name: i.name,
    aliases: i.aliases,
    type: i.type,
    versioned: false,
    // Acronyms and short names only match as written ("PIXEL" is not "pixel").
    exactCase: upper >= 2 || i.name.length <= 4,
    source: 'introduced',
  };
}

class FactList {
  readonly facts: Fact[] = [];
  private readonly keys = new Set<string>();

  private readonly sentenceIds = new Map<string, number>();

  add(fact: Fact): void {
    const target = `${fact.target.type}:${fact.target.name}`;
    const source = fact.kind === 'entity' ? `${fact.source.type}:${fact.source.name}` : 'paper';
    // Sentences are long: key them by a small id instead of copying them into every key.
    let sid = this.sentenceIds.get(fact.sentence);
    if (sid === undefined) {
      sid = this.sentenceIds.size;
      this.sentenceIds.set(fact.sentence, sid);
    }
    const key = `${fact.edge}|${source}|${target}|${sid}|${fact.rule}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.facts.push(fact);
  }

  paper(edge: Extract<Fact, { kind: 'paper' }>['edge'], target: Mention, sentence: string, rule: string): void {
    this.add({ kind: 'paper', edge, target, sentence, rule });
  }
}

/** variant_of from a name to its family, and between the family's levels (Qwen2.5-VL-7B -> Qwen2.5-VL -> Qwen 2.5). */
function addFamily(out: FactList, span: NameSpan, sentence: string): void {
  const levels = span.families ?? (span.family ? [span.family] : []);
  let child = span.mention;
  for (const level of levels) {
    if (level.name === child.name) continue;
    out.add({
      kind: 'entity',
      edge: 'variant_of',
      source: child,
      target: level,
      sentence,
      rule: span.rule.startsWith('variant-') ? span.rule : 'variant-suffix',
    });
    child = level;
  }
}

/** The paper's own model a sentence's unnamed subject refers to. */
function childFor(sentence: Sentence, spans: NameSpan[], models: readonly Introduced[], order: Map<string, number>): Mention | undefined {
  for (const s of spans) if (s.source === 'introduced' && s.mention.type === 'model') return s.mention;
  for (const s of spans) if (s.rule === NAMING_RULE_ID) return s.mention;
  // The last own model introduced at or before this sentence, else the first one.
  let pick: Introduced | undefined;
  for (const i of models) if ((order.get(i.name) ?? 0) <= sentence.index) pick = i;
  pick ??= models[0];
  return pick ? mentionOfIntroduced(pick) : undefined;
}

/**
 * A child named by the sentence itself: "The resulting model, FooLM, ...", "our model FooLM",
 * "which we call FooLM" (`resulting`: it may also name the child of the sentence before).
 */
function namedChild(sentence: string, spans: readonly NameSpan[]): { mention: Mention; resulting: boolean } | undefined {
  if (!spans.length) return undefined;
  const lower = lowerCase(sentence);
  for (const rule of CHILD_RULES) {
    if (!someIn(lower, rule.cue)) continue;
    const m = rule.pattern.exec(sentence);
    if (!m) continue;
    const at = m.index + m[0].length;
    const span = spans.find((x) => x.start === at && x.mention.type === 'model');
    if (span) return { mention: span.mention, resulting: rule.resulting };
  }
  return undefined;
}

/** Other sizes of an own model written where it was introduced: "FooLM-54B and FooLM-141B". */
function siblingsOf(child: Mention, own: Mention | undefined, introduced: readonly Introduced[]): Mention[] {
  if (!own || own.name !== child.name) return [];
  const m = SIZED_NAME.exec(child.name);
  if (!m?.[1]) return [];
  const intro = introduced.find((i) => i.name === child.name);
  if (!intro) return [];
  const out: Mention[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(m[1])}[ \\-]\\d+(?:\\.\\d+)?[BMK](?![\\p{L}\\p{N}])`, 'gu');
  for (const hit of intro.sentence.matchAll(re)) if (hit[0] !== child.name && !out.some((o) => o.name === hit[0])) out.push({ type: 'model', name: hit[0] });
  return out;
}

/** Rule id of an own model's other sizes named beside it ("FooLM-54B and FooLM-141B"). */
export const SIBLING_RULE_ID = 'intro-sibling-size';

/** Some of the strings occurs in `text` (a loop: no closure per call). */
function someIn(text: string, strings: readonly string[]): boolean {
  for (const s of strings) if (text.includes(s)) return true;
  return false;
}

const SIZED_NAME = /^(.+?)[ \-]\d+(?:\.\d+)?[BMK]$/;

const UNICODE_HYPHENS = /[\u2010\u2011]/g;
/** "Scale‑SWE‑Agent" with non-breaking hyphens is "Scale-SWE-Agent": same length, so offsets hold. */
function hyphens(text: string): string {
  return text.includes('\u2010') || text.includes('\u2011') ? text.replace(UNICODE_HYPHENS, '-') : text;
}

/** "FooCAER (CLIP-based Context-aware ...)": the known model that starts the long form of an own name. */
function expansionParent(i: Introduced): Mention | undefined {
  for (const alias of i.aliases ?? []) {
    if (!alias.includes('-based ')) continue;
    const first = scanNames(LEXICON_ONLY, alias, true)[0];
    if (first?.modifier && first.start === 0 && first.mention.type === 'model') return first.mention;
  }
  return undefined;
}

/** The sentence's names plus the heads of own names written alone in it ("built on Zamba2"). */
function withOwnHeads(sentence: string, spans: NameSpan[], heads: readonly string[]): NameSpan[] {
  if (!heads.length) return spans;
  const more = ownHeadSpans(sentence, heads, spans);
  return more.length ? [...spans, ...more].sort((a, b) => a.start - b.start) : spans;
}

/** Everything papergraph reads from one paper. */
export function extract(paper: PaperText): Extraction {
  const sentences = bounded(paperSentences(hyphens(paper.title), hyphens(paper.abstract)));
  const introduced = findIntroduced(sentences, paper.abstract, LEXICON_ONLY);
  const index = createNameIndex(introduced.map(entryOf));
  const order = new Map<string, number>();
  for (const i of introduced) order.set(i.name, sentences.find((s) => s.text === i.sentence)?.index ?? 0);
  const out = new FactList();
  const paperText = `${paper.title}\n${paper.abstract}`;
  const introducedNames = new Set(introduced.map((i) => i.name));
  const models = introduced.filter((i) => i.type === 'model');
  // Own models written with a size ("Retro 48B"), by the form of the name without it.
  const ownFamilies = new Map<string, Mention>();
  for (const i of introduced) {
    const m = /^(.+?)[ \-]\d+(?:\.\d+)?[BMK]$/.exec(i.name);
    if (m?.[1] && i.type === 'model') ownFamilies.set(fastForm(m[1]), mentionOfIntroduced(i));
  }

  for (const i of introduced) {
    out.paper('introduces', mentionOfIntroduced(i), i.sentence, i.rule);
    if (i.type === 'benchmark') out.paper('evaluated_on', mentionOfIntroduced(i), i.sentence, i.rule);
    const parent = i.type === 'model' ? expansionParent(i) : undefined;
    if (parent) {
      out.paper('builds_on', parent, i.sentence, EXPANSION_RULE.id);
      out.add({
        kind: 'entity',
        edge: 'derived_from',
        source: mentionOfIntroduced(i),
        target: parent,
        relation: EXPANSION_RULE.relation,
        sentence: i.sentence,
        rule: EXPANSION_RULE.id,
      });
    }
  }

  // Two passes: names and lineage hits of every sentence first, so that a child named in a
  // later sentence ("The resulting model, FooLM, ...") can be tied to an earlier cue.
  const heads = ownHeads(
    models.map((i) => i.name),
    paper.abstract,
  );
  const read = sentences.map((s) => {
    const spans = withOwnHeads(s.text, scanNames(index, s.text, true), heads);
    return { s, spans, named: namedChild(s.text, spans) };
  });
  for (let k = 0; k < read.length; k++) {
    const { s, spans, named } = read[k] ?? { s: sentences[0], spans: [], named: undefined };
    if (!s) continue;
    for (const span of spans) {
      // "a Mamba-based model" names no model of its own; a lineage row may still take it as a parent.
      if (span.modifier) continue;
      const type: EntityType = span.mention.type;
      const isOwn = span.source === 'introduced' && introducedNames.has(span.mention.name);
      if (!isOwn) {
        const edge = type === 'benchmark' ? 'evaluated_on' : 'mentions';
        out.paper(edge, span.mention, s.text, span.rule);
      }
      addFamily(out, span, s.text);
    }
    // The child an unnamed subject refers to: named in this sentence, in the next ("The resulting model, X"), or the paper's own model.
    const next = read[k + 1]?.named;
    const child = named?.mention ?? (next?.resulting ? next.mention : undefined) ?? childFor(s, spans, models, order);
    const earlierOwn = new Set(models.filter((i) => (order.get(i.name) ?? 0) < s.index).map((i) => i.name));
    for (const hit of findLineage(s.text, spans, child, ownFamilies, earlierOwn)) {
      out.paper('builds_on', hit.parent, s.text, hit.rule);
      if (!hit.child || !hit.relation) continue;
      const siblings = hit.explicitChild ? [] : siblingsOf(hit.child, child, introduced);
      for (const c of siblings) out.paper('introduces', c, introduced.find((i) => i.name === hit.child?.name)?.sentence ?? s.text, SIBLING_RULE_ID);
      for (const c of [hit.child, ...siblings]) {
        if (c.name === hit.parent.name) continue;
        out.add({ kind: 'entity', edge: 'derived_from', source: c, target: hit.parent, relation: hit.relation, sentence: s.text, rule: hit.rule });
      }
    }
    for (const hit of findLanguages(s.text)) out.paper('covers_language', hit.mention, s.text, hit.rule);
    for (const hit of findBenchmarks(s.text, spans)) out.paper('evaluated_on', hit.mention, s.text, hit.rule);
    for (const found of findTasks(s.text, s.isTitle)) {
      const hit = classificationOf(found, s.text, paperText);
      if (hit) out.paper('addresses', hit.mention, s.text, hit.rule);
    }
  }
  return { facts: out.facts };
}
