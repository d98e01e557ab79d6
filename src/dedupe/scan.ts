/**
 * One pass over a text that finds words (letters and digits, inner apostrophes kept, curly
 * apostrophes folded, lower-cased) and hashes each word from its characters, without building a
 * string per word: the hot loop of indexing 10^5 documents.
 *
 * A specialised fast scanner, kept on purpose (issue 10 lets one stay where a bench shows it is
 * needed): `node --import tsx bench/dedupe-scan.ts` gives, on the 978 extracted bench
 * documents, 0.09-0.16 ms of CPU a document for this scanner and its sentence ranges against
 * 4.8-7.2 ms for the text stage's layer (December 2026, busy 2-core machine), and
 * `npm run bench:scale` runs dedupe over 100,000 documents that have no layer. Its words are
 * copy-detection units (a contraction stays one word, so a re-typeset copy matches), not the
 * linguistic tokens later stages read.
 */
import { mix32 } from "./shingles.js";

/** Word boundaries and seeded word hashes, parallel arrays. */
export interface ScannedWords {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Uint32Array;
  /**
   * Hashes of a light stem: a final "'s", or a plural/third-person "s" after 3+ letters (not
   * "ss"), is dropped, so "strike"/"strikes" match when aligning reworded sentences.
   */
  readonly stems: Uint32Array;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;

function isWordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? width : 0;
}

function foldedCode(text: string, norm: string | null, start: number, i: number): number {
  if (norm !== null) return norm.charCodeAt(i);
  const c = text.charCodeAt(start + i);
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** Seeded FNV-1a of a word's norm, and of its stem; written into `out[0]`, `out[1]`. */
function hashWord(text: string, start: number, end: number, seed: number, out: Uint32Array): void {
  let ascii = true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) ascii = false;
  // Lower-casing can depend on context (Greek final sigma): non-ASCII words fold whole, as String.toLowerCase does.
  const norm = ascii ? null : text.slice(start, end).toLowerCase().replace(/’/g, "'");
  const length = norm !== null ? norm.length : end - start;
  const last = foldedCode(text, norm, start, length - 1);
  const before = length > 1 ? foldedCode(text, norm, start, length - 2) : 0;
  const stemLength =
    last === 0x73 && before === APOSTROPHE ? length - 2 : last === 0x73 && length > 3 && before !== 0x73 ? length - 1 : length;
  let h = (0x811c9dc5 ^ seed) >>> 0;
  let stem = h;
  for (let i = 0; i < length; i++) {
    if (i === stemLength) stem = h;
    h = Math.imul(h ^ foldedCode(text, norm, start, i), 0x01000193);
  }
  out[0] = mix32(h);
  out[1] = stemLength === length ? mix32(h) : mix32(stem);
}

/**
 * Scans `text` into words with seeded hashes; two words hash alike exactly when their
 * lower-cased, apostrophe-folded forms are equal (barring 32-bit collisions).
 * @example scanWords("Don’t stop", seed).starts // Int32Array [0, 6]
 */
export function scanWords(text: string, seed: number): ScannedWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const stems: number[] = [];
  const pair = new Uint32Array(2);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = isWordChar(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = isWordChar(text, i)) > 0) i += w;
      const c = text.charCodeAt(i);
      if ((c === APOSTROPHE || c === CURLY_APOSTROPHE) && i + 1 < n && isWordChar(text, i + 1) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    starts.push(start);
    ends.push(i);
    hashWord(text, start, i, seed, pair);
    hashes.push(pair[0] ?? 0);
    stems.push(pair[1] ?? 0);
  }
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    hashes: Uint32Array.from(hashes),
    stems: Uint32Array.from(stems),
  };
}
