// Text normalisation shared by readers, extractors and the graph: LaTeX escapes,
// accents, keys and match forms. Pure string functions; no I/O, no dependencies.

import { LATEX_SYMBOLS, SUBSCRIPTS, SUPERSCRIPTS } from './latex-symbols.js';

const LATEX_ACCENTS: Record<string, string> = {
  "'": '\u0301', // acute
  '`': '\u0300', // grave
  '^': '\u0302', // circumflex
  '"': '\u0308', // diaeresis
  '~': '\u0303', // tilde
  '=': '\u0304', // macron
  '.': '\u0307', // dot above
  u: '\u0306', // breve
  v: '\u030C', // caron
  H: '\u030B', // double acute
  c: '\u0327', // cedilla
  k: '\u0328', // ogonek
};

const LATEX_LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
};

/** Superscript (or subscript) form of a short group: every character mapped, else the group as written. */
function scripted(group: string, table: ReadonlyMap<string, string>): string {
  let out = '';
  for (const c of group) {
    const mapped = table.get(c);
    if (mapped === undefined) return group;
    out += mapped;
  }
  return out;
}

/** Wrappers whose argument is the text itself: `\textsc{Ofa}`, `\underline{f}`, `\mathbb{R}`. */
const WRAPPERS =
  /\\(?:text(?!asciicircum|asciitilde)[a-z]*|emph|math[a-z]*|mbox|url|underline|overline|uline|boldsymbol|bm|operatorname|hat|widehat|tilde|widetilde|bar|vec|dot|ddot|mathring|pmb|hbox|fbox|textsuperscript|textsubscript)\s*\{([^{}]*)\}/g;

/**
 * Resolve the LaTeX that paper pages leak into titles and abstracts:
 * accents (`Gl\'orIA` -> GlórIA), text commands (`\textsc{Ofa}` -> Ofa, `\underline{f}` -> f),
 * ties (`NLLB~1B` -> NLLB 1B), lost `\times` (`4times` -> 4×), math (`360^\circ` -> 360°,
 * `\ell_1` -> ℓ₁, `GS^2` -> GS², `\infty` -> ∞), and the braces and dollars around them.
 */
export function resolveLatex(text: string): string {
  // Most text has no LaTeX at all: skip the passes below.
  if (!/[\\~$^{}_]|\dtimes/.test(text)) return collapseSpaces(text);
  let out = text;
  // \'{o}, \'o, \"{a}, \c{c} ...
  out = out.replace(/\\(['`^"~=.])\s*\{?([A-Za-z])\}?/g, (_m, accent: string, letter: string) => (letter + (LATEX_ACCENTS[accent] ?? '')).normalize('NFC'));
  out = out.replace(/\\([uvHck])\{([A-Za-z])\}/g, (_m, accent: string, letter: string) => (letter + (LATEX_ACCENTS[accent] ?? '')).normalize('NFC'));
  out = out.replace(/\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i)\b\{?\}?/g, (_m, name: string) => LATEX_LETTERS[name] ?? name);
  if (out.includes('\\')) {
    // \textsc{Ofa}, \textbf{x}, \emph{x}, \mathrm{x}, \underline{x} ... (nested up to three deep)
    for (let i = 0; i < 3; i++) out = out.replace(WRAPPERS, '$1');
    out = out.replace(/\$?\\times\$?/g, '×');
    out = out.replace(/\^\s*\{?\s*\\circ\s*\}?/g, '°');
    out = out.replace(/\\([%&_#$])/g, '$1').replace(/\\([{}])/g, '$1');
    out = out
      .replace(/\\[,;:! ]/g, ' ')
      .replace(/\\[()[\]]/g, '')
      .replace(/\\\|/g, '‖');
    out = out.replace(/\\([A-Za-z]+)\s?(?:\{\})?/g, (m: string, name: string) => {
      // An unknown command keeps its name as a word ("\LaTeX" -> LaTeX); a space after it stays.
      const symbol = LATEX_SYMBOLS[name] ?? name;
      return m.endsWith(' ') ? `${symbol} ` : symbol;
    });
    out = out.replace(/\\\\/g, ' ');
  }
  // "4times" is a stripped "4\times": only after a digit, before a space or end.
  out = out.replace(/(\d)times(?=[\s,.;:)]|$)/g, '$1×');
  // A LaTeX tie between words ("NLLB~1B"); URLs ("/~user") are left alone.
  out = out.replace(/([A-Za-z0-9])~(?=[A-Za-z0-9(])/g, '$1 ');
  // Inline math "$x$" (a price such as "$100 and" is no math).
  out = out.replace(/\$(?!\d[\d.,]*[KMBkmb]?\s)([^$]{1,40})\$/g, '$1');
  if (out.includes('^')) {
    out = out.replace(/\^\s*\{([^{}]{1,16})\}/g, (_m, g: string) => scripted(g, SUPERSCRIPTS));
    out = out.replace(/\^([\p{L}\p{N}+\-*′])/gu, (_m, g: string) => scripted(g, SUPERSCRIPTS));
    // A caret before anything else ("T^⋆") is a superscript with no Unicode form: the text alone.
    out = out.replace(/\^\s*(?=\S)/g, '');
  }
  if (out.includes('_')) {
    out = out.replace(/_\{([^{}]{1,16})\}/g, (_m, g: string) => scripted(g, SUBSCRIPTS));
    // "ℓ_1", "x_i": a subscript right after a math letter or a single letter word.
    out = out.replace(
      /(^|[^\p{L}\p{N}_])([\p{L}ℓ])_([\p{N}a-z])(?![\p{L}\p{N}_])/gu,
      (_m, pre: string, base: string, g: string) => pre + base + scripted(g, SUBSCRIPTS),
    );
  }
  // Grouping braces left over, and a lone "$" (not a price: "$100").
  if (/[{}]/.test(out)) out = out.replace(/[{}]/g, '');
  if (out.includes('$')) out = out.replace(/\$(?!\d)/g, '');
  return collapseSpaces(out);
}

/** Whether text still holds LaTeX markup: a command, a brace, a dollar (not a price) or a caret. */
export function hasLatexMarkup(text: string): boolean {
  return /\\[A-Za-z]|\\[^\sA-Za-z0-9]|[{}^]|\$(?!\d)/.test(text);
}

/** Remove diacritics: "Glória" -> "Gloria". */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The form two names are compared in (same as the scorer): LaTeX resolved,
 * lower-case, accents removed, only letters and digits. "XLM-RoBERTa" -> "xlmroberta".
 */
export function matchForm(name: string): string {
  return stripAccents(resolveLatex(name))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The form the merge compares entity names in: the match form, but "+" is kept, so
 * variants written with it stay themselves ("UNet++" is not "U-Net", "C++" not "C").
 */
export function entityForm(name: string): string {
  const form = matchForm(name);
  if (!name.includes('+')) return form;
  const pluses = name.replace(/[^+]/g, '');
  return form + pluses;
}

/** Readable slug for keys: "Llama-3.1 8B" -> "llama-3-1-8b". */
export function slug(name: string): string {
  return stripAccents(resolveLatex(name))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Collapse whitespace and trim; returns the same string when there is nothing to do (no copy). */
export function cleanSpace(text: string): string {
  const collapsed = /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  return collapsed.trim();
}

/** Collapse runs of spaces and tabs; the same string when there are none. */
function collapseSpaces(text: string): string {
  const collapsed = /[ \t][ \t]|\t/.test(text) ? text.replace(/[ \t]+/g, ' ') : text;
  return collapsed.trim();
}
