// Splits a title and abstract into sentences, keeping each sentence's original text
// as evidence. Cheap character scan: no NLP, no regex backtracking, abbreviations
// ("e.g.", "et al.", "i.e.") and decimals ("GPT-3.5") never end a sentence.

/** Words that end with a period without ending the sentence (exported for the fast-path test). */
export const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'al',
  'etc',
  'vs',
  'cf',
  'fig',
  'figs',
  'eq',
  'eqs',
  'approx',
  'resp',
  'no',
  'nos',
  'sec',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'inc',
  'ltd',
  'co',
  'jr',
  'st',
  'vol',
  'ref',
  'refs',
  'viz',
  'ca',
  'incl',
  'w.r.t',
  'a.k.a',
]);

export interface Sentence {
  text: string;
  /** 0 for the title, then 1.. for the abstract's sentences. */
  index: number;
  isTitle: boolean;
}

/** A-Z, a-z or "." (the characters of an abbreviation). */
const isAbbreviationChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && isAbbreviationChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase().replace(/^\.+/, '');
}

const STARTS_SENTENCE = /[\p{Lu}\d(["'“‘]/u;
/** What may start a sentence: a capital, a digit, a bracket or a quote (ASCII read by code). */
function startsSentence(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 40 || c === 91 || c === 34 || c === 39;
  return STARTS_SENTENCE.test(text[j] ?? '');
}

/** Split running text into sentences on ". ", "! ", "? " followed by a capital, digit or bracket. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const length = text.length;
  // The next ".", "!" and "?" found by indexOf (fast on long text): the candidates in order.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  for (;;) {
    let i = dot;
    if (bang >= 0 && (i < 0 || bang < i)) i = bang;
    if (question >= 0 && (i < 0 || question < i)) i = question;
    if (i < 0) break;
    if (i === dot) dot = text.indexOf('.', i + 1);
    else if (i === bang) bang = text.indexOf('!', i + 1);
    else question = text.indexOf('?', i + 1);
    const ch = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // Past the end, charCodeAt is NaN: the text ends here.
    if (next !== 32 && next !== 10 && i + 1 < length) continue;
    let j = i + 1;
    while (j < length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10)) j++;
    if (j < length && !startsSentence(text, j)) continue;
    if (ch === 46 && ABBREVIATIONS.has(lastWord(text, i))) continue;
    const piece = text.slice(start, i + 1).trim();
    if (piece) out.push(piece);
    start = j;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The title (index 0) followed by the abstract's sentences. */
export function paperSentences(title: string, abstract: string): Sentence[] {
  const out: Sentence[] = [];
  if (title.trim()) out.push({ text: title.trim(), index: 0, isTitle: true });
  for (const text of splitSentences(abstract)) out.push({ text, index: out.length, isTitle: false });
  return out;
}
