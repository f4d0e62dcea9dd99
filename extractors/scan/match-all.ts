// `text.matchAll(re)` without its per-call costs (a cloned regex and an iterator
// for every sentence and rule): a plain exec loop on the global regex, with the
// same matches in the same order, empty matches stepped over like matchAll does.

/** Every match of a global (g) regex in `text`, as matchAll gives them. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchAll needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/** The index after `i`: one code unit, or a whole surrogate pair in Unicode mode. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
