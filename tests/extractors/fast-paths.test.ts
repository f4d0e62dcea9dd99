// The hand-written scanners that replace regexes in hot loops (word tokens, names
// with any separators, the word after a name, cue pre-checks) must find exactly
// what the regexes they stand for find: compared on tables and on arbitrary text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, WORD } from '../../extractors/scan/words.js';
import { SpellingMatcher, wordsAfterName } from '../../extractors/scan/spelling-match.js';
import { CueIndex, registerCues } from '../../extractors/scan/cue-index.js';
import { hasLowerMorpheme, MAY_BE_SHAPED, mayBeShaped } from '../../extractors/name-shapes.js';
import { matchAll } from '../../extractors/scan/match-all.js';
import { usedMidSentence } from '../../extractors/title-head.js';
import { escapeRegExp, exactForm, fastForm } from '../../extractors/scan/forms.js';
import { stripAccents } from '../../src/normalize.js';
import { asciiSource, DualRegExp, isAscii, LATIN_TABLES, partKind, textKind } from '../../extractors/scan/ascii-regex.js';
import { lineageSource } from '../../extractors/lineage.js';
import { extract } from '../../extractors/extract.js';
import { LINEAGE_RULES } from '../../extractors/rules/lineage.js';
import { BENCHMARK_RULES, EVALUATION_CUES, EVALUATION_WORDS, NAME_PHRASE, NAME_WORD } from '../../extractors/rules/benchmark-patterns.js';
import { BENCHMARK_LEXICON } from '../../extractors/lexicons/benchmarks.js';
import { mayStartForm } from '../../extractors/benchmarks.js';
import { kindOfPhrase } from '../../extractors/artifact-kinds.js';
import { FlatTrie } from '../../extractors/scan/flat-trie.js';
import { Recent } from '../../extractors/scan/recent.js';
import { TASK_LEXICON } from '../../extractors/lexicons/tasks.js';
import { ABBREVIATIONS, splitSentences } from '../../extractors/scan/sentences.js';
import { addToTrie, hasGenericSuffix, trieNode, type TrieNode } from '../../extractors/scan/name-index.js';
import { GENERIC_SUFFIXES } from '../../extractors/lexicons/generic.js';
import { ARTIFACT_KINDS, KIND_CONTAINERS } from '../../extractors/rules/introduce.js';
import { isFunctionWord } from '../../extractors/scan/nlp.js';
import { CUE_NAME_RULE, LIST_LEAD, LIST_LEAD_CUES } from '../../extractors/rules/name-shapes.js';
import { INTRODUCE_RULES } from '../../extractors/rules/introduce.js';

/** Text built from the characters the scanners treat specially. */
const ALPHABET = [
  'Å',
  'å',
  'Å',
  'ı',
  'ß',
  'ẞ',
  'ó',
  'Ó',
  'a',
  'b',
  'B',
  'A',
  's',
  'S',
  'k',
  'K',
  '1',
  '2',
  ' ',
  '-',
  '_',
  '~',
  '.',
  '+',
  "'",
  '’',
  ')',
  '(',
  'é',
  'İ',
  'ſ',
  'K',
  '\u00a0',
  '𝐀',
  '\ud835',
  'Ω',
  '⟦',
  '\n',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(''));

/** `check` (which asserts with expect) holds on `numRuns` generated values. Its result is dropped: fast-check reads a false one as a failure. */
function holdsOn<T>(values: fc.Arbitrary<T>, check: (value: T) => unknown, numRuns = 500): void {
  fc.assert(
    fc.property(values, (value) => {
      check(value);
    }),
    { numRuns },
  );
}

/** One test per written text, then one (named `arbitraryTitle`) over generated texts: `check` holds on each. */
function itHoldsOnCasesAndArbitrary(
  cases: string[],
  values: fc.Arbitrary<string>,
  check: (text: string) => unknown,
  arbitraryTitle: string,
  numRuns = 500,
): void {
  it.each(cases)('%s', (t) => {
    check(t);
  });
  it(arbitraryTitle, () => holdsOn(values, check, numRuns));
}

const hasCue = (sentence: string, cues: readonly string[]) => cues.some((c) => sentence.toLowerCase().includes(c));

/** A check that a sentence a rule matches holds one of the rule's cues: the cheap pre-check never hides a match. */
const cueWherever =
  (matches: (sentence: string) => boolean, cues: readonly string[]) =>
  (sentence: string): void => {
    if (matches(sentence)) expect([sentence, hasCue(sentence, cues)]).toEqual([sentence, true]);
  };

const matchesSomewhere = (re: RegExp) => (sentence: string) => [...sentence.matchAll(re)].length > 0;

/** A check that the fast per-word test says what the plain one says of every word token of a sentence. */
const sameForEveryWord =
  (fast: (sentence: string, word: ReturnType<typeof tokenize>[number]) => boolean, plain: (word: string) => boolean) =>
  (sentence: string): void => {
    for (const w of tokenize(sentence)) expect([w.text, fast(sentence, w)]).toEqual([w.text, plain(w.text)]);
  };

function regexWords(sentence: string) {
  return [...sentence.matchAll(WORD)].map((m) => {
    const t = /['’]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    return { start: m.index, end: m.index + t.length, text: t };
  });
}

function regexSpelling(name: string, exactCase: boolean, sentence: string): Array<[number, number]> {
  const pieces = name
    .split(/[\s\-_~]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  if (!pieces.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pieces.join('[\\s\\-_~]?')}(?![\\p{L}\\p{N}])`, exactCase ? 'gu' : 'giu');
  return [...sentence.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const regexAfter = (sentence: string, name: string) =>
  [...sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}\\)? ([a-z]+)\\b`, 'gu'))].map((m) => m[1]);

/** Tokens as plain objects (their text is read lazily from the sentence). */
const plainWords = (s: string) => tokenize(s).map(({ start, end, text }) => ({ start, end, text }));

describe('word tokens', () => {
  itHoldsOnCasesAndArbitrary(
    ['GPT-3.5-turbo and XLM-R', "the model's C++ code", 'x’s 𝐀𝐁 a.b. -c', 'İstanbul ſ K'],
    text,
    (s) => expect(plainWords(s)).toEqual(regexWords(s)),
    'match the regex on arbitrary text',
  );
});

describe('shape pre-check read from the sentence', () => {
  const shapeText = fc
    .array(fc.constantFrom('former', 'Former', 'w2v', 'wav2vec', 'wav', '2', 'X', 'x', 'É', 'é', ' ', '-', 'ſ', 'K', 'formr'), { maxLength: 12 })
    .map((cs) => cs.join(''));
  const agrees = sameForEveryWord(
    (s, w) => mayBeShaped(s, w, hasLowerMorpheme(s)),
    (w) => MAY_BE_SHAPED.test(w),
  );
  itHoldsOnCasesAndArbitrary(
    ['the Transformer and a former model', 'wav2vec and w2v-BERT', 'plain words only', 'Éclair éclair'],
    shapeText,
    agrees,
    'says what MAY_BE_SHAPED says on arbitrary text',
  );
});

describe('names with any separators', () => {
  const agrees = ([name, sentence]: [string, string]) => {
    for (const exact of [true, false]) {
      expect(new SpellingMatcher(name, exact).matches(sentence, sentence.toLowerCase())).toEqual(regexSpelling(name, exact, sentence));
    }
  };
  it.each([
    ['Hardware Phi-1.5B', 'we train Hardware Phi 1.5B and hardware-phi-1.5b.'],
    ['FooLM', 'FooLMs, FooLM, fooLM (FooLM)'],
    ['K-Net', 'the K-net and the \u212a-Net'],
    ['Bass', 'baſs and BASS'],
    ['Sabiá', 'SABIÁ and sabiá-2, Sabia'],
    ['GlórIA', 'GlórIA and glória'],
  ])('%s in %s', (name, sentence) => agrees([name, sentence]));
  it('match the regex on arbitrary text', () => {
    holdsOn(fc.tuple(text, text), agrees);
  });
});

describe('the word after a name', () => {
  const agrees = ([name, sentence]: [string, string]) => expect(wordsAfterName(sentence, name)).toEqual(regexAfter(sentence, name));
  it.each([
    ['FooLM', 'our FooLM model and (FooLM) benchmark, FooLM) set, xFooLM model, FooLM mode_'],
    ['A', 'A a A) b'],
  ])('%s', (name, sentence) => agrees([name, sentence]));
  it('matches the regex on arbitrary text', () => {
    holdsOn(fc.tuple(text, text), agrees);
  });
});

describe('cue pre-checks', () => {
  it('kept per sentence: a sentence scanned again gives the same groups as includes', () => {
    const groups = [['ab', 'b '], ['å', 'k'], ['s'], ['-a', '(']];
    const cues = registerCues(groups);
    holdsOn(
      fc.array(text, { minLength: 1, maxLength: 5 }),
      (sentences) => {
        // Each sentence twice, in two rounds, as the introductions pass and the main pass read them.
        for (const s of [...sentences, ...sentences, ...sentences.reverse()]) {
          cues.scanSentence(s);
          expect(groups.map((_, g) => cues.has(g))).toEqual(groups.map((g) => hasCue(s, g)));
        }
      },
      300,
    );
  });
  it('say the same as includes on arbitrary text', () => {
    holdsOn(fc.tuple(fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 6 }), text), ([groups, s]) => {
      const cues = new CueIndex(groups).scan(s);
      expect(groups.map((_, g) => cues.has(g))).toEqual(groups.map((g) => g.some((c) => s.includes(c))));
    });
  });
});

describe('ASCII builds of the rule regexes', () => {
  const sources: Array<[string, string]> = [
    ...LINEAGE_RULES.map((r): [string, string] => [lineageSource(r.pattern), 'giu']),
    ...BENCHMARK_RULES.map((r): [string, string] => [r.pattern.replaceAll('{N}', NAME_WORD).replaceAll('{NP}', NAME_PHRASE), 'gu']),
    [CUE_NAME_RULE.pattern.source, CUE_NAME_RULE.pattern.flags],
    ...INTRODUCE_RULES.filter((r) => r.pattern.flags.includes('u')).map((r): [string, string] => [r.pattern.source, r.pattern.flags]),
  ];
  const words = [
    'We',
    'we',
    'further',
    'pretrain',
    'pre-train',
    'fine-tuned',
    'on',
    'of',
    'from',
    'the',
    'a',
    'BERT',
    'FooQA',
    'X-1',
    'benchmark',
    'datasets',
    'such as',
    'based on',
    'as',
    'backbone',
    'using',
    'use',
    'initialized',
    'with',
    'architecture',
    'than',
    '⟦0⟧',
    '⟦1⟧',
    ',',
    ' and ',
    '(',
    ')',
    'e.g.,',
    'distilled',
    'version',
    'Kelvin',
    'ſ',
    'and',
    'than',
    'introduce',
    'model',
    'trained',
    'called',
    'our',
    'new',
    'FooNet,',
    'an',
  ];
  const asciiText = fc
    .array(fc.constantFrom(...words, 'Sabiá', 'Łódź', 'Ñandú', 'ÉCOLE', '–', '“x”', '×', 'ı', 'İ'), { maxLength: 14 })
    .map((ws) => ws.join(' '));
  it.each(sources.map(([s, f]) => [s.slice(0, 60), s, f]))('%s', (_, source, flags) => {
    const dual = new DualRegExp(source, flags);
    const slow = new RegExp(source, flags);
    expect(dual.for('ascii')).not.toBe(dual.for('unicode'));
    expect(dual.for('latin')).not.toBe(dual.for('unicode'));
    holdsOn(
      asciiText,
      (t) => {
        const a = [...t.matchAll(dual.for(textKind(t)))].map((m) => [m.index, ...m]);
        const b = [...t.matchAll(slow)].map((m) => [m.index, ...m]);
        expect(a).toEqual(b);
      },
      150,
    );
  });
  it('keeps the Unicode build where the source needs it', () => {
    expect(asciiSource('\\P{L}')).toBeUndefined();
    expect(asciiSource('[\\p{L}\\p{N}]\\p{Lu}')).toBe('[A-Za-z0-9][A-Z]');
    expect(isAscii('héllo')).toBe(false);
  });
});

describe('comparison forms', () => {
  const slowForm = (t: string) => (/[^\x00-\x7f]/.test(t) ? stripAccents(t) : t).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  itHoldsOnCasesAndArbitrary(
    ['XLM-RoBERTa', 'bert', 'GPT', 'Über-Net 2', 'a_b~c'],
    text,
    (t) => expect(fastForm(t)).toBe(slowForm(t)),
    'match the regex form on arbitrary text',
  );
  it('exact form: separators removed like the regex, on arbitrary text', () => {
    const spaced = fc
      .array(fc.constantFrom('a', 'B', '-', '_', '~', ' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u180e', '\u0085', '\u2028', 'é'), { maxLength: 20 })
      .map((cs) => cs.join(''));
    holdsOn(fc.oneof(text, spaced), (t) => expect(exactForm(t)).toBe(t.replace(/[\s\-_~]+/g, '')), 1000);
  });
});

describe('matchAll by exec loop', () => {
  const patterns = [/a*/gu, /\b[A-Z]\w*/g, /(?<x>⟦\d+⟧)|$/g, /(?:)/gu, /s|ſ/giu];
  it.each(patterns.map((p) => [String(p), p]))('%s', (_, re) => {
    holdsOn(text, (t) => expect(matchAll(re, t).map((m) => [m.index, ...m])).toEqual([...t.matchAll(re)].map((m) => [m.index, ...m])), 300);
  });
});

describe('a title head used mid-sentence', () => {
  const regex = (abstract: string, head: string) => new RegExp(`[^.!?]\\s${head.replace(/[^\p{L}\p{N}]/gu, '.')}\\b`, 'u').test(abstract);
  const head = fc.array(fc.constantFrom('a', 'B', '1', '-', '+', '.', 'é'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const abstract = fc.array(fc.constantFrom('a', 'B', '1', '-', '+', '.', ' ', '\n', '!', '_', 'é', 'x'), { maxLength: 30 }).map((cs) => cs.join(''));
  it('matches the regex', () => {
    holdsOn(fc.tuple(abstract, head), ([a, h]) => expect(usedMidSentence(a, h)).toBe(regex(a, h)), 1000);
  });
});

describe('text kind of a piece of a sentence', () => {
  it.each([
    ['Sabiá and BERT', 'BERT'],
    ['plain text', 'plain'],
    ['ÉCOLE ⟦0⟧', '⟦0⟧'],
    ['×–“x”', 'x'],
  ])('%s', (whole, part) => {
    expect(partKind(part, whole)).toBe(textKind(part));
  });
  it('says what textKind says on arbitrary pieces and masked copies', () => {
    holdsOn(fc.tuple(text, fc.nat(), fc.nat()), ([whole, a, b]) => {
      const from = Math.min(a, b) % (whole.length + 1);
      const to = Math.max(a, b) % (whole.length + 1);
      const piece = whole.slice(Math.min(from, to), Math.max(from, to));
      const masked = `${whole.slice(0, from)}⟦${a}⟧${whole.slice(to)}`;
      expect(partKind(piece, whole)).toBe(textKind(piece));
      expect(partKind(masked, whole)).toBe(textKind(masked));
    });
  });
});

describe('benchmark rule cues', () => {
  // Every match of a rule (and of the evaluation words) holds one of its cues in the lower-cased sentence.
  const words = [
    'FooQA',
    'Bar-1',
    'the',
    'a',
    'an',
    'new',
    'On',
    'on',
    'Across',
    'across',
    'benchmark',
    'benchmarks',
    'dataset',
    'datasets',
    'data set',
    'data sets',
    'test set',
    'testsets',
    'corpus',
    'evaluation suite',
    'evaluation suites',
    'challenge',
    'leaderboard',
    'suite',
    'tasks',
    'including',
    'such as',
    'e.g.,',
    'like',
    'namely',
    ',',
    ' and',
    '(',
    ')',
    'as well as',
    'evaluated',
    'SOTA',
    'F1',
    'BLEU',
    'state-of-the-art',
    'results',
    'test',
    'Testing',
    'Results',
    'İ',
    'K',
  ];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((ws) => ws.join(' ').replaceAll(' ,', ','));
  const regexes = BENCHMARK_RULES.map((r) => new RegExp(r.pattern.replaceAll('{N}', NAME_WORD).replaceAll('{NP}', NAME_PHRASE), 'gu'));
  it.each(BENCHMARK_RULES.map((r, i) => [r.id, i]))('%s', (_, i) => {
    const rule = BENCHMARK_RULES[i];
    const re = regexes[i];
    if (!rule || !re) throw new Error('rule');
    expect(hasCue(rule.example, rule.cue)).toBe(true);
    holdsOn(sentence, cueWherever(matchesSomewhere(re), rule.cue), 400);
  });
  it('evaluation words', () => {
    holdsOn(
      sentence,
      cueWherever((s) => EVALUATION_WORDS.test(s), EVALUATION_CUES),
      400,
    );
  });
});

describe('introduction rule cues', () => {
  const words = [
    'We',
    'we',
    'have',
    'also',
    'pre-',
    'pre-trained',
    'train',
    'trained',
    'training',
    'pretraining',
    'build',
    'built',
    'building',
    'develop',
    'developed',
    'developing',
    'a',
    'an',
    'the',
    'new',
    'novel',
    'our',
    'Our',
    'The',
    'proposed',
    'resulting',
    'model',
    'models',
    'encoder',
    'network',
    'LLM',
    'LM',
    'dataset',
    'datasets',
    'set',
    'suite',
    'method',
    'FooLM',
    'mFooLM',
    'X',
    '2.0',
    ',',
    'introduce',
    'this',
    'paper',
    'called',
    'named',
    'we call',
    'introducing',
    'while',
    'first',
    'İ',
  ];
  const loose = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((ws) => ws.join(' ').replaceAll(' ,', ','));
  /** Sentences from slots shaped like the rules, so that the rare ones match too. */
  const slotted = (slots: string[][]) => fc.tuple(...slots.map((o) => fc.constantFrom(...o))).map((parts) => parts.join(''));
  const apposition = slotted([
    ['', 'Specifically, ', 'Our', 'our', 'We', 'we', 'The proposed', 'A new', 'a novel', 'by'],
    ['', ' have', ' also'],
    [' ', ' pre-', ' pre', ' re'],
    ['train', 'trained', 'training', 'build', 'built', 'building', 'develop', 'developed', 'developing', 'Train', ''],
    [' a', ' an', ' A', '', ' the'],
    ['', ' compute-optimal', ' multi-lingual', ' big,', ' x-y z'],
    [' model', ' models', ' encoder', ' LLM', ' dataset', ' sets', ' Model', ' set', ' suite', ' approach'],
    [',', '', ' ,'],
    [' FooLM', ' mFooLM', ' fooLM', ''],
    ['', ' 2.0'],
    [', a ', ', an ', ' a ', ',a ', ', the ', ''],
    ['model', 'thing', ''],
  ]);
  const weTrain = slotted([
    ['We', 'we', 'So we', 'Weird'],
    ['', ' have', ' also'],
    [' ', ' pre', ' pre-'],
    ['train', 'trained', 'training'],
    ['', ' a', ' an'],
    ['', ' multi-lingual', ' x y'],
    ['', ' model', ' models'],
    [' FooLM', ' fooLM', ' X-1', ' mFooLM'],
    ['', ' 2.0'],
    [', a ', ', an ', ' a ', ','],
  ]);
  const weTrainName = slotted([
    ['We', 'we', 'Weird'],
    [' ', ' pre', ' pre-'],
    ['train', 'trained'],
    [' FooLM', ' fooLM', ' X-1', ' Foo 2'],
    ['', ' 2.0'],
    [', a ', ', an ', ' a ', ','],
  ]);
  const sentence = fc.oneof(loose, apposition, weTrain, weTrainName);
  it.each(INTRODUCE_RULES.map((r) => [r.id, r]))('%s: every match has a cue', (_, rule) => {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    expect([rule.example, hasCue(rule.example, rule.cue)]).toEqual([rule.example, true]);
    holdsOn(sentence, cueWherever(matchesSomewhere(re), rule.cue), 2000);
  });
});

describe('lineage rule cues', () => {
  const words = [
    'we',
    'We',
    'further',
    'continued',
    'continues',
    'continually',
    'additionally',
    'domain-adaptive',
    'second-stage',
    'ſecond-ſtage',
    'pre-train',
    'pretrained',
    'pre-trained',
    'retrain',
    're-trained',
    'train',
    'training',
    'tuned',
    'fine-tuned',
    'instruction-tuned',
    'adapts',
    'adapt',
    'fine-tune',
    'the',
    'a',
    'model',
    'models',
    'LMs',
    '(in particular,',
    '(e.g.,',
    '(E.G.',
    '(i.e.',
    '(such as',
    '(ſuch aſ',
    '(namely',
    '(here,',
    '⟦0⟧',
    '⟦1⟧',
    ',',
    'and',
    'on',
    'of',
    'from',
    ')',
    '⟦0⟧)',
    'deep',
    'is',
    'that is',
    'which is',
    'language',
    'to',
    'ﬁne',
    'K',
  ];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((ws) => ws.join(' '));
  const slotted = (slots: string[][]) => fc.tuple(...slots.map((o) => fc.constantFrom(...o))).map((parts) => parts.join(''));
  const shaped = slotted([
    ['', '⟦1⟧, a ', '⟦1⟧, an language ', 'we ', 'We also '],
    ['', 'further ', 'continually ', 'additionally ', 'ſecond-ſtage ', 'second-stage ', 'continueſ '],
    ['', 'pre-', 'pre', 're', 're-'],
    ['train', 'trained', 'training', 'tuned', 'fine-tuned'],
    ['', ' deep LMs', ' the', ' of', ' on'],
    [' ', ' (in particular, ', ' (e.g., ', ' (ſuch aſ ', ' (such as ', ' (namely ', ' (here '],
    ['⟦0⟧', '⟦0⟧ model', '⟦0⟧ models that is fine-tuned'],
    ['', ')', ' from scratch', ' on'],
  ]);
  const childFirst = slotted([
    ['⟦1⟧, a ', '⟦1⟧, an x ', 'the '],
    ['⟦0⟧', '⟦0⟧ language'],
    ['', ' model', ' models', ' modelſ'],
    [' ', ' that is ', ' which is ', ' is ', ' were '],
    [
      'fine-tuned',
      'finetuned',
      'instruction-tuned',
      'further pre-trained',
      'continually pretrained',
      'additionally pre-trained',
      'further pretrained',
      'ſurther',
    ],
  ]);
  /** The example with the model names extract() finds in it (lexicon, shapes, the paper's own) written ⟦n⟧. */
  function maskModels(example: string): string {
    const names = new Set<string>();
    for (const f of extract({ title: '', abstract: example }).facts) {
      if (f.target.type === 'model') names.add(f.target.name);
      if (f.kind === 'entity' && f.source.type === 'model') names.add(f.source.name);
    }
    let out = example;
    [...names].sort((a, b) => b.length - a.length).forEach((name, i) => (out = out.replaceAll(name, `⟦${i}⟧`)));
    return out;
  }
  // Every rule's own example, its names masked as the extractor masks them, and near misses of
  // it (a word dropped, doubled or swapped for another rule's word): so every rule is matched.
  const masked = LINEAGE_RULES.map((r) => maskModels(r.example));
  const exampleWords = [...new Set(masked.flatMap((m) => m.split(' ')))];
  const nearMiss = fc
    .tuple(fc.constantFrom(...masked), fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'upper'), fc.constantFrom(...exampleWords, ...words))
    .map(([m, at, how, word]) => {
      const ws = m.split(' ');
      const i = at % ws.length;
      if (how === 'drop') ws.splice(i, 1);
      else if (how === 'double') ws.splice(i, 0, ws[i] ?? '');
      else if (how === 'swap') ws[i] = word;
      else ws[i] = (ws[i] ?? '').toUpperCase();
      return ws.join(' ');
    });
  const fromExamples = fc.array(fc.constantFrom(...exampleWords, ...words), { maxLength: 12 }).map((ws) => ws.join(' '));
  it.each(LINEAGE_RULES.map((r, i) => [r.id, r, masked[i] ?? ''] as const))('%s: its example matches, and every match has a cue', (_, rule, example) => {
    const re = new RegExp(lineageSource(rule.pattern), 'giu');
    expect([example, matchesSomewhere(re)(example)]).toEqual([example, true]);
    holdsOn(fc.oneof(sentence, shaped, childFirst, fc.constantFrom(...masked), nearMiss, fromExamples), cueWherever(matchesSomewhere(re), rule.cue), 2000);
  });
});

describe('task cues', () => {
  // Every phrasing of a task matches only where one of its cues is in the lower-cased sentence.
  const words = [
    'RE',
    're',
    'RE)',
    'RE,',
    'RE )',
    'RE ,',
    'relation',
    'Relationship',
    'extraction',
    'classification',
    'code',
    'Code',
    'code,',
    'search',
    'defect',
    'clone',
    'detection',
    'representations',
    'generation',
    'understanding and',
    'program',
    'synthesis',
    'generate',
    'generating',
    'encoder',
    'decoder',
    'and',
    '(',
    ')',
    ',',
    'the',
    '.',
  ];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((ws) => ws.join(' '));
  it.each(TASK_LEXICON.map((t) => [t.name, t]))('%s', (_, task) => {
    const regexes = [...task.phrases, ...(task.exact ?? []), ...(task.titlePhrases ?? [])];
    expect(hasCue(task.example, task.cues)).toBe(true);
    holdsOn(
      fc.oneof(sentence, fc.constant(task.example)),
      cueWherever((s) => regexes.some((r) => r.test(s)), task.cues),
      300,
    );
  });
});

describe('name-shape cues', () => {
  const words = [
    'the',
    'a',
    'an',
    'FooNet',
    'NEZHA',
    'BERT',
    'architecture of',
    'Architecture of',
    'based on',
    'built on',
    'built on top of',
    'initialized from',
    'initialised with',
    'initialized by',
    'distilled from',
    'fine-tune',
    'fine-tuned',
    'fine-tuning',
    'further pretrained',
    'further pre-training',
    'adopt',
    'adopted',
    'adopts',
    'such as',
    'like',
    'including',
    'e.g.',
    'e.g.,',
    'i.e.',
    'i.e.,',
    'Such as',
    'LIKE',
    ',',
    'İ',
  ];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((ws) => ws.join(' '));
  const cases: Array<[string, RegExp, readonly string[]]> = [
    ['shape-after-cue', new RegExp(CUE_NAME_RULE.pattern.source, CUE_NAME_RULE.pattern.flags), CUE_NAME_RULE.cue ?? ['']],
    ['list leads', new RegExp(LIST_LEAD.source, LIST_LEAD.flags), LIST_LEAD_CUES],
  ];
  it.each(cases)('%s: every match has a cue', (_, re, cues) => {
    expect(cues.some((c) => CUE_NAME_RULE.example.toLowerCase().includes(c) || 'models such as BERT'.includes(c))).toBe(true);
    holdsOn(sentence, cueWherever(matchesSomewhere(re), cues));
  });
});

describe('benchmark lexicon prefix walk', () => {
  const prefixes = new Set<string>();
  for (const e of BENCHMARK_LEXICON)
    for (const n of [e.name, ...e.aliases]) for (let i = 1; i <= fastForm(n).length; i++) prefixes.add(fastForm(n).slice(0, i));
  const plain = (w: string) => !fastForm(w) || prefixes.has(fastForm(w));
  const asciiWords = fc
    .array(fc.constantFrom('SQ', 'uAD', 'GLUE', 'MMLU', 'x', '-', '.', "'", '’', ' ', '2', '0', 'Hella', 'Swag', 'é'), { maxLength: 10 })
    .map((cs) => cs.join(''));
  const agrees = sameForEveryWord(mayStartForm, plain);
  itHoldsOnCasesAndArbitrary(
    ['SQuAD 2.0 and GLUE', 'Super-GLUE, MMLU’s', 'HellaSwag x-y'],
    asciiWords.filter(isAscii),
    agrees,
    'says what the prefix set says on ASCII text',
  );
});

describe('sentence split by character codes', () => {
  /**
   * The same split by regex over the same abbreviations: a candidate end is ".", "!" or "?"
   * before spaces, newlines or the end of the text.
   */
  function regexSplit(text: string): string[] {
    const pieces: string[] = [];
    let from = 0;
    for (const m of text.matchAll(/[.!?](?:[ \n]+|$)/g)) {
      const next = m.index + m[0].length;
      // A capital, digit, bracket or quote starts the next sentence (one UTF-16 unit, as the scanner reads it).
      if (next < text.length && !/[\p{Lu}\d(["'“‘]/u.test(text.charAt(next))) continue;
      const word = /[A-Za-z.]*$/.exec(text.slice(0, m.index))?.[0] ?? '';
      if (m[0].startsWith('.') && ABBREVIATIONS.has(word.toLowerCase().replace(/^\.+/, ''))) continue;
      pieces.push(text.slice(from, m.index + 1));
      from = next;
    }
    return [...pieces, text.slice(from)].map((p) => p.trim()).filter(Boolean);
  }
  const abstract = fc
    .array(fc.constantFrom('.', '. ', '!', '?', ' ', '\n', 'e.g', 'al', 'Et', 'x', 'A', '1', '(', '[', '"', "'", '“', '‘', 'É', 'é', '𝐀', 'ı', '\t'), {
      maxLength: 40,
    })
    .map((cs) => cs.join(''));
  itHoldsOnCasesAndArbitrary(
    ['We use e.g. BERT. It works! Does it? Yes 2.0 is out.', 'Fig. 2 shows it. (Also) here.', 'End.'],
    abstract,
    (t) => expect(splitSentences(t)).toEqual(regexSplit(t)),
    'splits like the regex form on arbitrary text',
    1000,
  );
});

describe('generic suffix by the last hyphen', () => {
  const plain = (t: string) => {
    const parts = t.split('-');
    return parts.length > 1 && GENERIC_SUFFIXES.includes((parts[parts.length - 1] ?? '').toLowerCase());
  };
  const word = fc.array(fc.constantFrom('BERT', '-', 'like', 'LIKE', 'style', 'based', 'x', '--', 'İ'), { maxLength: 6 }).map((ws) => ws.join(''));
  it('says what the split form says', () => {
    holdsOn(fc.oneof(word, text), (t) => expect(hasGenericSuffix(t)).toBe(plain(t)), 1000);
  });
});

describe('recent results ring', () => {
  it('gives what a Map of the last N texts gives', () => {
    holdsOn(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'ab', ''), fc.boolean()), { maxLength: 40 }), (ops) => {
      const recent = new Recent<number>(4);
      const order: Array<[string, number]> = [];
      ops.forEach(([key, write], i) => {
        // The last 4 writes, newest last; a key written twice keeps its newest value.
        const last = order.slice(-4);
        const expected = [...last].reverse().find(([k]) => k === key)?.[1];
        // The ring answers with the first slot holding the key: equal to the newest unless the key was written twice within 4.
        const holders = last.filter(([k]) => k === key);
        if (holders.length <= 1) expect(recent.get(key)).toBe(expected);
        else expect(holders.map(([, v]) => v)).toContain(recent.get(key));
        if (write) {
          recent.set(key, i);
          order.push([key, i]);
        }
      });
    });
  });
});

describe('flat tries', () => {
  it('walk like the Map tries they are built from', () => {
    holdsOn(
      fc.tuple(fc.array(text, { maxLength: 8 }), fc.array(text, { maxLength: 6 })),
      ([keys, probes]) => {
        const root = trieNode();
        for (const k of keys) addToTrie(root, k);
        const flat = new FlatTrie(root);
        for (const probe of [...keys, ...probes]) {
          let node: TrieNode | undefined = root;
          let id = 0;
          for (let i = 0; i < probe.length && node; i++) {
            node = node.next.get(probe.charCodeAt(i));
            id = flat.step(id, probe.charCodeAt(i));
            expect(id >= 0).toBe(node !== undefined);
            if (node) expect(flat.isKey(id)).toBe(node.key);
          }
        }
      },
      300,
    );
  });
});

describe('kind of a phrase, read word by word', () => {
  /** The same reading over split(/\s+/), with early returns: the kind of the last kind word before a stop. */
  function plainKind(phrase: string) {
    let kind: string | undefined;
    // "a suite of datasets": after a container word, "of" goes on to the next kind word.
    let afterContainer = false;
    for (const raw of phrase.slice(0, 160).split(/\s+/).filter(Boolean)) {
      const word = raw.toLowerCase().replace(/[^a-z]/g, '');
      const found = ARTIFACT_KINDS[word];
      if (!found && word === 'of' && afterContainer) continue;
      if (!found && word !== '' && word !== 'and' && isFunctionWord(word)) return kind;
      if (found) [kind, afterContainer] = [found, KIND_CONTAINERS.has(word)];
      if (kind && /[,;:.)]$/.test(raw)) return kind;
    }
    return kind;
  }
  const phrase = fc
    .array(
      fc.constantFrom(
        'a',
        'suite',
        'of',
        'datasets',
        'model',
        'Model,',
        'for',
        'and',
        'with',
        'new',
        'method.',
        'corpus)',
        'x',
        '\u00a0',
        '\u2003',
        '\t',
        ' ',
        '  ',
        'Ünïcode',
        '\u180e',
        '\u0085',
        '\u3000',
        '\ufeff',
        '\u2028',
        'benchmark;',
        'it',
        'FooNet',
      ),
      { maxLength: 40 },
    )
    .map((ws) => ws.join(' '));
  itHoldsOnCasesAndArbitrary(
    ['a lightweight module for retrieval', ' a suite of datasets, and', 'an encoder\u00a0model. of', 'x'.repeat(158) + ' model'],
    phrase,
    (p) => expect(kindOfPhrase(p)).toBe(plainKind(p)),
    'says what the split form says on arbitrary phrases',
  );
});

describe('ASCII and Latin class tables', () => {
  // Every character the cheap builds accept reads like the Unicode class in each mode.
  const classes = ['L', 'Lu', 'Ll', 'N', 'Nd'];
  const chars = Array.from({ length: 0x2800 }, (_, c) => String.fromCharCode(c)).filter((c) => LATIN_TABLES.LATIN_TEXT.test(c));
  it.each(classes)('\\p{%s}', (name) => {
    for (const flags of ['u', 'iu']) {
      const unicode = new RegExp(`^\\p{${name}}$`, flags);
      const unicodeNot = new RegExp(`^[^\\p{${name}}]$`, flags);
      const latin = new RegExp(`^[${LATIN_TABLES.LATIN_CLASSES[name]}]$`, flags);
      const latinNot = new RegExp(`^[^${LATIN_TABLES.LATIN_CLASSES[name]}]$`, flags);
      const ascii = new RegExp(`^[${LATIN_TABLES.ASCII_CLASSES[name]}]$`, flags.replace('u', ''));
      for (const c of chars) {
        expect([c, flags, latin.test(c), latinNot.test(c)]).toEqual([c, flags, unicode.test(c), unicodeNot.test(c)]);
        if (LATIN_TABLES.ASCII_TEXT.test(c)) expect([c, flags, ascii.test(c)]).toEqual([c, flags, unicode.test(c)]);
      }
    }
  });
  it('ASCII-build text has no character that \\w, \\b or the i flag read differently without u', () => {
    for (const c of chars.filter((ch) => LATIN_TABLES.ASCII_TEXT.test(ch) && ch.charCodeAt(0) > 127)) {
      expect([c, /^\w$/iu.test(c), /^[a-z]$/iu.test(c), /^\s$/u.test(c)]).toEqual([c, /^\w$/i.test(c), /^[a-z]$/i.test(c), /^\s$/.test(c)]);
    }
  });
});
