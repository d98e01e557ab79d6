import anyAscii from "any-ascii";

const NON_ALNUM = /[^a-z0-9]+/g;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
/** The dots of an initialism ("U.S.", "U.N.") go, so it folds like "US", "UN". */
const DOTTED_INITIALS = /\b([A-Za-z])\.(?=[A-Za-z]\.|[A-Za-z]\b)/g;

/**
 * The grouping key of a name: ASCII-folded, lower-cased, punctuation and diacritics removed,
 * hyphens and runs of spaces collapsed to one space.
 *
 * @example
 * foldName("São  Tomé-Príncipe") // "sao tome principe"
 */
export function foldName(s: string): string {
  const ascii = (ASCII_ONLY.test(s) ? s : anyAscii(s)).replace(DOTTED_INITIALS, "$1");
  return ascii.toLowerCase().replace(/['’`]/g, "").replace(NON_ALNUM, " ").trim();
}

/** Words that join the two halves of a compound place name and carry no identity: "Sistan-o-X", "A and B". */
const JOINERS = new Set(["and", "o", "e", "va", "wa", "u", "y", "et"]);

/**
 * A spelling-tolerant key: joiner words dropped, spaces removed, vowels (and y, w, h after a
 * consonant) removed and doubled letters collapsed. Transliterations of one name ("Baluchestan",
 * "Balochistan") share a skeleton; names that differ in a consonant or a word do not.
 *
 * @example
 * skeleton("sistan o baluchistan") === skeleton("sistan and balochistan") // true
 */
export function skeleton(folded: string): string {
  const words = folded.split(" ");
  const joined = words.length === 1 ? folded : words.filter((w) => !JOINERS.has(w)).join("");
  let out = joined.charAt(0);
  // One pass for what was three regex replaces (hot: every look-up and merge calls this):
  // drop an "h" after a consonant, then vowels, y and w, then collapse doubled letters.
  for (let i = 1; i < joined.length; i += 1) {
    const c = joined.charAt(i);
    if (!VOWELS.has(c) && joined.charAt(i + 1) === "h") {
      if (c !== "w" && out.charAt(out.length - 1) !== c) out += c;
      i += 1;
      continue;
    }
    if (VOWELS.has(c) || c === "w") continue;
    if (out.charAt(out.length - 1) !== c) out += c;
  }
  return out;
}

const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);
