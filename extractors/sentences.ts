// Splits a title and abstract into sentences, keeping each sentence's original text
// as evidence. Cheap character scan: no NLP, no regex backtracking, abbreviations
// ("e.g.", "et al.", "i.e.") and decimals ("GPT-3.5") never end a sentence.

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'al', 'etc', 'vs', 'cf', 'fig', 'figs', 'eq', 'eqs', 'approx', 'resp', 'no', 'nos', 'sec', 'dr', 'mr',
  'mrs', 'ms', 'prof', 'inc', 'ltd', 'co', 'jr', 'st', 'vol', 'ref', 'refs', 'viz', 'ca', 'incl', 'w.r.t', 'a.k.a',
]);

export interface Sentence {
  text: string;
  /** 0 for the title, then 1.. for the abstract's sentences. */
  index: number;
  isTitle: boolean;
}

function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase().replace(/^\.+/, '');
}

/** Split running text into sentences on ". ", "! ", "? " followed by a capital, digit or bracket. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text[i + 1];
    if (next !== ' ' && next !== '\n' && next !== undefined) continue;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\n')) j++;
    const after = text[j];
    if (after !== undefined && !/[\p{Lu}\d(["'“‘]/u.test(after)) continue;
    if (ch === '.' && ABBREVIATIONS.has(lastWord(text, i))) continue;
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
