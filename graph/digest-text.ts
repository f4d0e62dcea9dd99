// Display text of an evidence sentence for the digest: LaTeX resolved (src/normalize) and the
// markup resolveLatex leaves (footnotes, size commands, `{\sim}`, stray braces) turned into
// plain text. Pure; the raw sentence stays in graph.json.

import { matchForm, resolveLatex } from '../src/normalize.js';

/** Commands that stand for one character. */
const SYMBOLS: Record<string, string> = {
  sim: '~', approx: '≈', simeq: '≃', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', pm: '±', mp: '∓',
  cdot: '·', times: '×', div: '÷', to: '→', rightarrow: '→', Rightarrow: '⇒', leftarrow: '←', uparrow: '↑', downarrow: '↓',
  infty: '∞', ell: 'ℓ', partial: '∂', nabla: '∇', sum: 'Σ', prod: 'Π', in: '∈', dagger: '†', ddagger: '‡', star: '*',
  ldots: '…', dots: '…', cdots: '…', textasciitilde: '~', degree: '°', circ: '°', checkmark: '✓',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Pi: 'Π',
  Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** Commands whose braced argument is kept as plain text (`\underline{X}` -> X). */
const KEEP_ARGUMENT = /\\(?:underline|overline|textbf|textit|texttt|textsc|textrm|textsf|emph|mathbf|mathrm|mathit|mathcal|mathbb|mathsf|mathtt|operatorname|boldsymbol|bm|hat|tilde|bar|vec|widehat|widetilde|mbox|text|url|textsuperscript|textsubscript|footnotesize)\s*\{([^{}]*)\}/g;

/** Anything that still reads as LaTeX markup: a command, an escaped brace, a math span. */
const LATEX_MARKUP = /\\[A-Za-z]+|\\[{}$%&_#\\]|\$[^$\s][^$]*\$|\{\\/;

/** True when `text` still shows LaTeX markup (the digest's display text never does). */
export function hasLatexMarkup(text: string): boolean {
  return LATEX_MARKUP.test(text);
}

/** An evidence sentence as the digest shows it. */
export function displayText(raw: string): string {
  const hadMarkup = /[\\$]/.test(raw);
  let out = resolveLatex(raw);
  if (!hadMarkup && !out.includes('--')) return out;
  // \href{url}{text} -> text; \footnote{...} -> (...)
  out = out.replace(/\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}/g, '$1');
  for (let i = 0; i < 3; i++) {
    out = out.replace(KEEP_ARGUMENT, '$1');
    out = out.replace(/\\footnote\s*\{([^{}]*)\}/g, (_m, inner: string) => ` (${inner.trim()})`);
  }
  out = out.replace(/\\([A-Za-z]+)\b\s?/g, (_m, name: string) => (SYMBOLS[name] !== undefined ? SYMBOLS[name] : ''));
  out = out.replace(/\\\\/g, ' ').replace(/\\([{}$%&_#])/g, '$1').replace(/\\(?=\s|$)/g, '');
  if (hadMarkup) {
    out = out.replace(/[{}]/g, '');
    // A math span resolveLatex left (too long, or opened by a stray dollar).
    // A dollar stays only where it reads as money (" $5", "US$5").
    out = out.replace(/\$([^$]*)\$/g, '$1').replace(/([^\sA-Za-z])\$|\$(?!\d)/g, '$1');
  }
  out = out.replace(/---/g, '—').replace(/(\S)--(?=\S)/g, '$1–').replace(/ -- /g, ' – ');
  out = out.replace(/\s+([,.;:)])/g, '$1').replace(/\(\s+/g, '(');
  return out.replace(/\s+/g, ' ').trim();
}

/** True when the name, in match form, appears in the text (for choosing the clearest evidence). */
export function textNames(text: string, names: readonly string[]): boolean {
  const form = matchForm(text);
  return names.some((n) => {
    const m = matchForm(n);
    return m.length > 0 && form.includes(m);
  });
}
