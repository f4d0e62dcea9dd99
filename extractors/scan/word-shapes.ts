// Shapes of single words that tell a name from an ordinary word: capitals inside
// ("DeCLUTR"), digits mixed with letters ("E2S2"), version numbers ("2.0", "v2").
// Pure predicates on strings.

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
/** Upper-case letter after the first character, or letters mixed with digits: "DeCLUTR", "E2S2", "nanoT5". */
export function isNameShaped(w: string): boolean {
  if (!/^\p{L}/u.test(w) || !/\p{Lu}/u.test(w)) return false;
  return /.\p{Lu}/u.test(w) || /\d/.test(w) || /[^\x00-\x7f]/.test(w);
}
/** Some word of the phrase is name-shaped: "Gemma Encoder" no, "T5Gemma 2" yes. */
export const nameShapedPhrase = (phrase: string) => phrase.split(/\s+/).some(isNameShaped);

/** A version or size written as its own word: "2", "2.0", "v2", "1.5B". */
export const isVersionWord = (w: string) => /^v?\d{1,3}(?:\.\d{1,2})?[BMK]?\+?$/.test(w);
