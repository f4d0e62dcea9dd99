// Data for resolving the LaTeX that paper titles and abstracts leak: math and text
// symbols, and the Unicode superscript and subscript of each character that has one.
// Tables only; src/normalize.ts applies them.

/** `\name` -> its character. Commands of math mode and of text mode alike. */
export const LATEX_SYMBOLS: Readonly<Record<string, string>> = {
  // Text-mode symbols
  textasciicircum: '^', textasciitilde: '~', textregistered: '®', texttrademark: '™', textcopyright: '©',
  textdegree: '°', textperthousand: '‰', textpertenthousand: '‱', textbullet: '•', textendash: '–',
  textemdash: '—', textbar: '|', textless: '<', textgreater: '>', textunderscore: '_', textsection: '§',
  dag: '†', ddag: '‡', S: '§', P: '¶', copyright: '©', pounds: '£', euro: '€', ldots: '…', dots: '…', cdots: '⋯',
  // Math symbols
  circ: '∘', ell: 'ℓ', infty: '∞', times: '×', pm: '±', mp: '∓', cdot: '·', div: '÷', ast: '∗', star: '⋆',
  approx: '≈', sim: '∼', simeq: '≃', equiv: '≡', neq: '≠', ne: '≠', leq: '≤', le: '≤', geq: '≥', ge: '≥',
  ll: '≪', gg: '≫', propto: '∝', partial: '∂', nabla: '∇', forall: '∀', exists: '∃', in: '∈', notin: '∉',
  subset: '⊂', subseteq: '⊆', supset: '⊃', cup: '∪', cap: '∩', emptyset: '∅', varnothing: '∅', oplus: '⊕',
  otimes: '⊗', odot: '⊙', sum: '∑', prod: '∏', int: '∫', sqrt: '√', prime: '′', top: '⊤', bot: '⊥',
  to: '→', rightarrow: '→', leftarrow: '←', leftrightarrow: '↔', Rightarrow: '⇒', Leftarrow: '⇐',
  Leftrightarrow: '⇔', mapsto: '↦', longrightarrow: '⟶', uparrow: '↑', downarrow: '↓', Uparrow: '⇑',
  Downarrow: '⇓', checkmark: '✓', surd: '√', neg: '¬', land: '∧', lor: '∨', wedge: '∧', vee: '∨',
  langle: '⟨', rangle: '⟩', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉', mid: '|', vert: '|', Vert: '‖',
  hbar: 'ℏ', Re: 'ℜ', Im: 'ℑ', aleph: 'ℵ', wp: '℘', dagger: '†', bullet: '•', diamond: '⋄', triangle: '△',
  // Greek
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'φ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ',
  Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  // Spacing and ignorable commands
  quad: ' ', qquad: ' ', space: ' ', left: '', right: '', big: '', Big: '', bigg: '', Bigg: '', limits: '',
  displaystyle: '', textstyle: '', scriptstyle: '', nolimits: '', xspace: '', relax: '', protect: '',
  noindent: '', centering: '', newline: ' ', linebreak: ' ', footnotesize: '', small: '', tiny: '', large: '',
  Large: '', huge: '', normalsize: '', bf: '', it: '', rm: '', tt: '', sf: '', sc: '', em: '',
};

const SUPER_FROM = '0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWβγδθφχ';
const SUPER_TO = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵝᵞᵟᶿᵠᵡ';
const SUB_FROM = '0123456789+-=()aehijklmnoprstuvxβγρφχ';
const SUB_TO = '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ';

function table(from: string, to: string): ReadonlyMap<string, string> {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error('latex-symbols: superscript tables differ in length');
  return new Map(a.map((c, i) => [c, b[i] ?? c]));
}

/** Characters with a Unicode superscript (NFKD folds each back to its letter, so match forms are unchanged). */
export const SUPERSCRIPTS = table(SUPER_FROM, SUPER_TO);
/** Characters with a Unicode subscript. */
export const SUBSCRIPTS = table(SUB_FROM, SUB_TO);
