// Text normalisation shared by readers, extractors and the graph: LaTeX escapes,
// accents, keys and match forms. Pure string functions; no I/O, no dependencies.

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
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı',
};

/**
 * Resolve the LaTeX that paper pages leak into titles and abstracts:
 * accents (`Gl\'orIA` -> GlórIA), text commands (`\textsc{Ofa}` -> Ofa),
 * ties (`NLLB~1B` -> NLLB 1B) and lost `\times` (`4times` -> 4×).
 */
export function resolveLatex(text: string): string {
  // Most text has no LaTeX at all: skip the dozen passes below.
  if (!/[\\~$]|\dtimes/.test(text)) return collapseSpaces(text);
  let out = text;
  // \'{o}, \'o, \"{a}, \c{c} ...
  out = out.replace(/\\(['`^"~=.])\s*\{?([A-Za-z])\}?/g, (_m, accent: string, letter: string) =>
    (letter + (LATEX_ACCENTS[accent] ?? '')).normalize('NFC'),
  );
  out = out.replace(/\\([uvHck])\{([A-Za-z])\}/g, (_m, accent: string, letter: string) =>
    (letter + (LATEX_ACCENTS[accent] ?? '')).normalize('NFC'),
  );
  out = out.replace(/\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i)\b\{?\}?/g, (_m, name: string) => LATEX_LETTERS[name] ?? name);
  // \textsc{Ofa}, \textbf{x}, \emph{x}, \mathrm{x} ...
  for (let i = 0; i < 3; i++) {
    out = out.replace(/\\(?:text[a-z]*|emph|math[a-z]*|mbox|url)\s*\{([^{}]*)\}/g, '$1');
  }
  out = out.replace(/\$?\\times\$?/g, '×');
  // "4times" is a stripped "4\times": only after a digit, before a space or end.
  out = out.replace(/(\d)times(?=[\s,.;:)]|$)/g, '$1×');
  out = out.replace(/\\%/g, '%').replace(/\\&/g, '&').replace(/\\_/g, '_').replace(/\\#/g, '#');
  // A LaTeX tie between words ("NLLB~1B"); URLs ("/~user") are left alone.
  out = out.replace(/([A-Za-z0-9])~(?=[A-Za-z0-9(])/g, '$1 ');
  out = out.replace(/\$([^$]{1,40})\$/g, '$1');
  out = out.replace(/\\,/g, ' ');
  return collapseSpaces(out);
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
  return stripAccents(resolveLatex(name)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
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
