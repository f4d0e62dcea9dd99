// Reads base models and lineage from one sentence: model names are masked as ⟦n⟧
// and the cue rules of rules/lineage.ts run on the masked text. Gives builds_on
// (paper -> parent) and, when the new model has a name, derived_from (child ->
// parent). Comparisons and mere mentions give nothing here.

import type { LineageRelation, Mention } from '../src/types.js';
import { COMPARISON_BEFORE, DATA_AFTER, EVALUATION_BEFORE, LINEAGE_RULES, NOT_A_BASE_AFTER } from './rules/lineage.js';
import { isNegatedClause } from './scan/nlp.js';
import type { NameSpan } from './scan/name-index.js';
import { fastForm } from './scan/forms.js';
import { registerCues } from './scan/cue-index.js';
import { DualRegExp, partKind } from './scan/ascii-regex.js';
import { matchAll } from './scan/match-all.js';

interface CompiledRule {
  id: string;
  relation?: LineageRelation;
  firstPerson: boolean;
  own: boolean;
  weak: boolean;
  modifier: boolean;
  ownSubject: boolean;
  cue: readonly string[];
  re: DualRegExp;
}

const M = '⟦\\d+⟧';
/** {D} of the rule rows: up to three modifier words, never a comparison word ({D}, {P}, {C} exported for tests). */
export const LINEAGE_D = '(?:(?!than |over |against |versus |vs |compared |outperform|and |or )[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]* ){0,3}?';
/** {D6}: up to six modifier words, for cues whose parent often follows a long description. */
export const LINEAGE_D6 = LINEAGE_D.replace('{0,3}?', '{0,6}?');
export const LINEAGE_P = `(?<parents>${M}(?:(?:,? and |, | or |,? as well as |/)${M})*)`;
export const LINEAGE_C = `(?<child>${M})`;
/** Several children, each with an optional bracketed alias ("C1 (C1') and C2, two models derived from P"). */
export const LINEAGE_CS = `(?<children>${M}(?: \\(${M}\\))?(?:(?:,? and |, )${M}(?: \\(${M}\\))?)*)`;
/** A second list of parents in one pattern ("combines P with P2"). */
export const LINEAGE_P2 = LINEAGE_P.replace('<parents>', '<parents2>');

/** A rule row's pattern with its {P}, {P2}, {C}, {CS} and {D} slots filled in. */
export function lineageSource(pattern: string): string {
  return pattern
    .replaceAll('{P2}', LINEAGE_P2)
    .replaceAll('{P}', LINEAGE_P)
    .replaceAll('{CS}', LINEAGE_CS)
    .replaceAll('{C}', LINEAGE_C)
    .replaceAll('{D6}', LINEAGE_D6)
    .replaceAll('{D}', LINEAGE_D);
}

const RULES: CompiledRule[] = LINEAGE_RULES.map((r) => ({
  id: r.id,
  relation: r.relation,
  firstPerson: r.firstPerson ?? false,
  own: r.own ?? false,
  weak: r.weak ?? false,
  modifier: r.modifier ?? false,
  ownSubject: r.ownSubject ?? false,
  cue: r.cue,
  re: new DualRegExp(lineageSource(r.pattern).replaceAll('{C}', LINEAGE_C).replaceAll('{D}', LINEAGE_D), 'giu'),
}));

const CUES = registerCues(RULES.map((r) => r.cue));

const FIRST_PERSON = /\b(?:we|our|us|it|its)\b/i;
/** The sentence's subject is the paper's model without a name: "The proposed model combines ...". */
const OWN_SUBJECT = /\b(?:the|this|our) (?:proposed|resulting|new|final) (?:\w+ )?models?\b/i;
/** A sentence about other people's work ("Existing methods ...", "Prior studies ..."). */
const PRIOR_WORK =
  /^(?:however,? |yet,? |while |although )?(?:existing|prior|previous|earlier|conventional|traditional|many|most|some|other) (?:[\w\-]+ ){0,3}?(?:methods|approaches|works|studies|models|systems|techniques|efforts|solutions|pipelines|frameworks|research)\b/i;
const FIRST_PERSON_STRICT = /\b(?:we|our|us)\b/i;
/** A negation just before a cue: only then is compromise asked whether the clause is negated. */
const NEGATION_NEAR = /\b(?:not|never|no|without|instead of|rather than)\b|n['’]t\b/i;

export interface LineageHit {
  parent: Mention;
  child?: Mention;
  relation?: LineageRelation;
  /** The rule's relation, also when no child was known in the sentence (a later sentence may name it). */
  relationOf?: LineageRelation;
  /** The child was named by the rule's {C} itself, not taken from the paper's default. */
  explicitChild?: boolean;
  rule: string;
}

/** The sentence speaks of the paper's own work: "we", "the proposed model", one of its own names. */
function ownSentence(sentence: string, spans: readonly NameSpan[], defaultChild: Mention | undefined): boolean {
  if (FIRST_PERSON.test(sentence) || OWN_SUBJECT.test(sentence)) return true;
  return spans.some((s) => s.source === 'introduced' || (defaultChild !== undefined && s.mention.name === defaultChild.name));
}

/** The clause before a cue (from its last comma or semicolon) plus the cue is negated: "without distillation from P". */
function isNegated(before: string, cue: string): boolean {
  const tail = before.slice(-60);
  if (!NEGATION_NEAR.test(tail) && !NEGATION_NEAR.test(cue)) return false;
  const cut = Math.max(tail.lastIndexOf(','), tail.lastIndexOf(';'), tail.lastIndexOf(':'));
  return isNegatedClause(`${tail.slice(cut + 1)}${cue}`.replace(/⟦\d+⟧/g, 'X'));
}

/** A plural class of systems as the subject of a clause, right before a cue: "that LLM agents based on P". */
const CLASS_SUBJECT_BEFORE =
  /\b(?:that|while|whereas|although|but|when|as)\s(?:[\p{L}\p{N}\-]+\s){0,3}?(?:agents|models|methods|approaches|systems|baselines|detectors|pipelines|LLMs|VLMs|MLLMs)\s$/iu;

const APPOSITION = /⟦(\d+)⟧, (?:a|an|which|that) [^,;:.()⟦]*$/;
/** The text before a cue ends in the apposition of a model that is not the paper's ("P, a model that ..."). */
function describesOther(before: string, spans: readonly NameSpan[], child: Mention | undefined): boolean {
  const m = APPOSITION.exec(before);
  if (!m) return false;
  const span = spans[Number(m[1])];
  return span !== undefined && span.source !== 'introduced' && span.mention.name !== child?.name;
}

/**
 * The paper's model is a member of the parents list ("namely C and P"), not the subject after
 * it: "like P and Q, C adds ..." (a comma after a list closed by "and" starts the clause).
 */
function isPeer(parents: string, spans: readonly NameSpan[], child: Mention): boolean {
  for (const m of matchAll(SPAN_INDEX, parents)) {
    if (spans[Number(m[1])]?.mention.name !== child.name) continue;
    const before = parents.slice(0, m.index);
    if (before.endsWith(', ') && /⟦\d+⟧,? (?:and|or) /.test(before)) continue;
    return true;
  }
  return false;
}

const INSTRUMENT = /^ (?:with|using|via|through|by) (?:the |our )?⟦(\d+)⟧/;
/** The paper's model follows the cue as its means: "fine-tuned with C". */
function isInstrument(after: string, spans: readonly NameSpan[], child: Mention): boolean {
  const m = INSTRUMENT.exec(after);
  return m !== null && spans[Number(m[1])]?.mention.name === child.name;
}

/** "Building upon FooVL, we introduce FooVLA": an own model of this sentence outside the parents (one new here first). */
function ownChild(spans: readonly NameSpan[], parents: readonly number[], earlierOwn: ReadonlySet<string>): Mention | undefined {
  if (!earlierOwn.size || !parents.some((i) => spans[i]?.source === 'introduced')) return undefined;
  let pick: Mention | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.source !== 'introduced' || s.mention.type !== 'model' || parents.some((p) => spans[p]?.mention.name === s.mention.name)) continue;
    // One introduced here is the new one; else the first own model outside the parents.
    if (!earlierOwn.has(s.mention.name)) return s.mention;
    pick ??= s.mention;
  }
  return pick;
}

const SUBJECT_BEFORE = /⟦(\d+)⟧(?:['’]s)? (?:[\p{Ll}\-]+ly )?$/u;
/** The name right before a cue is someone else's model: "GPT-4o improves P" is not the paper's work. */
function otherSubject(before: string, spans: readonly NameSpan[], child: Mention | undefined): boolean {
  const m = SUBJECT_BEFORE.exec(before);
  if (!m) return false;
  const span = spans[Number(m[1])];
  return span !== undefined && span.source !== 'introduced' && span.mention.name !== child?.name;
}

/** The sentence with each span replaced by ⟦index⟧. */
export function maskSentence(sentence: string, spans: readonly NameSpan[]): string {
  let out = '';
  let pos = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    out += `${sentence.slice(pos, span.start)}⟦${i}⟧`;
    pos = span.end;
  }
  return out + sentence.slice(pos);
}

const SPAN_INDEX = /⟦(\d+)⟧/g;
function spanIndexes(text: string): number[] {
  const out: number[] = [];
  for (const m of matchAll(SPAN_INDEX, text)) out.push(Number(m[1]));
  return out;
}

/**
 * Lineage cues of one sentence. `spans` are its names (scanNames), `defaultChild`
 * the paper's own model that an unnamed subject ("we", "it") refers to.
 */
export function findLineage(
  sentence: string,
  spans: readonly NameSpan[],
  defaultChild?: Mention,
  ownFamilies: ReadonlyMap<string, Mention> = new Map(),
  earlierOwn: ReadonlySet<string> = new Set(),
): LineageHit[] {
  if (!spans.length) return [];
  // "Existing methods, such as variants of SAM, ...": other people's work, unless the sentence says "we".
  if (PRIOR_WORK.test(sentence) && !FIRST_PERSON_STRICT.test(sentence)) return [];
  const masked = maskSentence(sentence, spans);
  const out: LineageHit[] = [];
  const seen = new Set<number>();
  // Read only when a first-person rule's cue is there.
  let firstPerson: boolean | undefined;
  const cues = CUES.scanSentence(sentence);
  const kind = partKind(masked, sentence);
  let own: boolean | undefined;
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    if (!rule || !cues.has(r)) continue;
    if (rule.firstPerson && !(firstPerson ??= FIRST_PERSON.test(sentence))) continue;
    if (rule.own && !(own ??= ownSentence(sentence, spans, defaultChild))) continue;
    for (const m of matchAll(rule.re.for(kind), masked)) {
      const parents = m.groups?.parents;
      if (!parents) continue;
      const after = masked.slice(m.index + m[0].length);
      if (NOT_A_BASE_AFTER.test(after)) continue;
      const before = masked.slice(Math.max(0, m.index - 100), m.index);
      if (COMPARISON_BEFORE.test(before.slice(-50))) continue;
      if (rule.weak && EVALUATION_BEFORE.test(masked.slice(0, m.index))) continue;
      if (isNegated(before, m[0])) continue;
      if (rule.ownSubject && otherSubject(before, spans, defaultChild)) continue;
      const childIndexes = m.groups?.child ? spanIndexes(m.groups.child) : m.groups?.children ? spanIndexes(m.groups.children) : [];
      const childSpan = childIndexes[0] === undefined ? undefined : spans[childIndexes[0]];
      const indexes = spanIndexes(parents);
      if (m.groups?.parents2) indexes.push(...spanIndexes(m.groups.parents2));
      // "We show that LLM agents based on P struggle": the cue describes a class of other systems.
      if (!childSpan && CLASS_SUBJECT_BEFORE.test(masked.slice(Math.max(0, m.index - 80), m.index))) continue;
      // "built on P, a hybrid combining Q": the cue describes P in its apposition, not the paper's model.
      if (!childSpan && describesOther(masked.slice(Math.max(0, m.index - 120), m.index), spans, defaultChild)) continue;
      const own = childSpan ? undefined : ownChild(spans, indexes, earlierOwn);
      // "backbones, namely C and P": the paper's model listed beside the others is a peer, and so are they.
      if (!childSpan && !own && defaultChild && isPeer(parents, spans, defaultChild)) continue;
      // "a P model fine-tuned with C": the paper's work is the instrument, the tuned model has no name.
      if (!childSpan && defaultChild && isInstrument(after, spans, defaultChild)) continue;
      const child = childSpan?.mention ?? own ?? defaultChild;
      // Bracketed aliases of listed children are the same models: one child each.
      const moreChildren = childIndexes.slice(1).flatMap((i) => {
        const c = spans[i];
        return c && !/\($/.test(masked.slice(0, masked.indexOf(`⟦${i}⟧`)).trimEnd()) ? [c.mention] : [];
      });
      for (const i of indexes) {
        const span = spans[i];
        if (!span || seen.has(i) || span.mention.type !== 'model') continue;
        // The paper's own model is a parent only when introduced before and another own model is the child.
        if (span.source === 'introduced' && !(rule.relation && !rule.weak && !rule.own && earlierOwn.has(span.mention.name) && (childSpan ?? own))) continue;
        if (span.modifier && !rule.modifier) continue;
        if (DATA_AFTER.test(masked.slice(masked.indexOf(`⟦${i}⟧`) + `⟦${i}⟧`.length))) continue;
        seen.add(i);
        // "Retro" after the paper introduced "Retro 48B" names that own model, when another own model is the child.
        const family = ownFamilies.get(fastForm(span.mention.name));
        const parent = family && childSpan && childSpan.mention.name !== family.name ? family : span.mention;
        const hit: LineageHit = { parent, rule: rule.id };
        if (childSpan) hit.explicitChild = true;
        if (rule.relation && child && child.type === 'model' && child.name !== parent.name) {
          hit.child = child;
          hit.relation = rule.relation;
        }
        if (rule.relation) hit.relationOf = rule.relation;
        out.push(hit);
        if (hit.child) for (const c of moreChildren) if (c.name !== parent.name) out.push({ ...hit, child: c });
      }
    }
  }
  return out;
}
