// Display text of an evidence sentence for the digest: the document commands resolveLatex
// does not read (`\footnote{...}`, `\href{url}{text}`, size switches such as `\scriptsize`)
// first, then resolveLatex (src/normalize), then LaTeX dashes. Pure; the raw sentence stays
// in graph.json.

import { matchForm, resolveLatex } from '../src/normalize.js';

export { hasLatexMarkup } from '../src/normalize.js';

/** Switches that change type size or spacing and carry no text. */
const SWITCHES = /\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|noindent|newline|linebreak|par|centering|raggedright)\b\s*/g;

/** `\footnote{Code: url}` -> " (Code: url)", `\href{url}{our page}` -> "our page". */
function documentCommands(text: string): string {
  // A dollar span holding a command is math, even when it opens on a digit ("50--$90\\times$").
  let out = text.replace(SWITCHES, '').replace(/\$([^$]{0,40}\\[A-Za-z][^$]{0,40})\$/g, '$1');
  out = out.replace(/\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}/g, '$1');
  for (let i = 0; i < 3; i++) out = out.replace(/\\footnote\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g, (_m, inner: string) => ` (${inner.trim()})`);
  return out;
}

/** An evidence sentence as the digest shows it. */
export function displayText(raw: string): string {
  let out = resolveLatex(raw.includes('\\') ? documentCommands(raw) : raw);
  if (out.includes('--'))
    out = out
      .replace(/---/g, '—')
      .replace(/(\S)--(?=\S)/g, '$1–')
      .replace(/ -- /g, ' – ');
  return out.replace(/\s+([,.;:)])/g, '$1').replace(/\(\s+/g, '(');
}

/** True when one of the names, in match form, appears in the text (to choose the clearest evidence). */
export function textNames(text: string, names: readonly string[]): boolean {
  const form = matchForm(text);
  return names.some((n) => {
    const m = matchForm(n);
    return m.length > 0 && form.includes(m);
  });
}
