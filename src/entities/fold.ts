import anyAscii from "any-ascii";

const NON_ALNUM = /[^a-z0-9]+/g;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * The grouping key of a name: ASCII-folded, lower-cased, punctuation and diacritics removed,
 * hyphens and runs of spaces collapsed to one space.
 *
 * @example
 * foldName("São  Tomé-Príncipe") // "sao tome principe"
 */
export function foldName(s: string): string {
  const ascii = ASCII_ONLY.test(s) ? s : anyAscii(s);
  return ascii.toLowerCase().replace(/['’`]/g, "").replace(NON_ALNUM, " ").trim();
}

/** Words that join the two halves of a compound place name and carry no identity: "Sistan-o-X", "A and B". */
const JOINERS = new Set(["and", "o", "e", "va", "u", "y", "et"]);

/**
 * A spelling-tolerant key: joiner words dropped, spaces removed, vowels (and y, w, h after a
 * consonant) removed and doubled letters collapsed. Transliterations of one name ("Baluchestan",
 * "Balochistan") share a skeleton; names that differ in a consonant or a word do not.
 *
 * @example
 * skeleton("sistan o baluchistan") === skeleton("sistan and balochistan") // true
 */
export function skeleton(folded: string): string {
  const joined = folded
    .split(" ")
    .filter((w) => !JOINERS.has(w))
    .join("");
  const first = joined.charAt(0);
  const rest = joined
    .slice(1)
    .replace(/([^aeiouy])h/g, "$1")
    .replace(/[aeiouyw]/g, "");
  return (first + rest).replace(/(.)\1+/g, "$1");
}
