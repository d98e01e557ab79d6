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
  // Most names are plain ASCII letters and digits with single spaces ("Barack Obama", "iran"):
  // lower-casing them is the whole fold, and the regexes below are the stage's hot path.
  const plain = plainness(s);
  if (plain === FOLDED) return s;
  if (plain === PLAIN) return s.toLowerCase();
  const ascii = (ASCII_ONLY.test(s) ? s : anyAscii(s)).replace(DOTTED_INITIALS, "$1");
  return ascii.toLowerCase().replace(/['’`]/g, "").replace(NON_ALNUM, " ").trim();
}

const FOLDED = 0;
const PLAIN = 1;
const OTHER = 2;

/**
 * FOLDED when `s` is its own fold (a-z, 0-9 and single inner spaces), PLAIN when lower-casing
 * makes it so (A-Z too), else OTHER.
 */
function plainness(s: string): number {
  let upper = false;
  // A leading space, two spaces in a row and a trailing space all fold differently.
  let afterSpace = true;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return OTHER;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) upper = true;
    else return OTHER;
  }
  if (afterSpace && s.length > 0) return OTHER;
  return upper ? PLAIN : FOLDED;
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
  // Most keys are one word: no array to split into.
  const joined = folded.indexOf(" ") < 0 ? folded : withoutJoiners(folded);
  let out = joined.charAt(0);
  let last = out.length > 0 ? joined.charCodeAt(0) : -1;
  // One pass for what was three regex replaces (hot: every look-up and merge calls this):
  // drop an "h" after a consonant, then vowels, y and w, then collapse doubled letters.
  for (let i = 1; i < joined.length; i += 1) {
    const c = joined.charCodeAt(i);
    if (!isVowel(c) && joined.charCodeAt(i + 1) === H) {
      if (c !== W && last !== c) {
        out += joined.charAt(i);
        last = c;
      }
      i += 1;
      continue;
    }
    if (isVowel(c) || c === W) continue;
    if (last !== c) {
      out += joined.charAt(i);
      last = c;
    }
  }
  return out;
}

/** The words of `folded` other than joiners, run together: `split(" ").filter(...).join("")` without the arrays. */
function withoutJoiners(folded: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const to = folded.indexOf(" ", from);
    const word = folded.slice(from, to < 0 ? folded.length : to);
    if (!JOINERS.has(word)) out += word;
    if (to < 0) return out;
    from = to + 1;
  }
}

const H = 104;
const W = 119;

/** a, e, i, o, u and y, by char code. */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}
