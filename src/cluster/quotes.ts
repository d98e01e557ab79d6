const QUOTED = /["“”„«»]([^"“”„«»\n]{10,800})["“”„«»]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a: a fixed 32-bit string hash, so quote shingles need no seed or vocabulary. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashes of the `size`-word windows inside a text's quotation marks, sorted and distinct. Two
 * outlets quoting one statement share them even when each trims the quote differently; reports
 * of two events of one kind almost never do.
 * @example quoteShingles('He said "we will rebuild every home".', 4).length // 2
 */
export function quoteShingles(text: string, size: number): Uint32Array {
  const out = new Set<number>();
  for (const m of text.matchAll(QUOTED)) {
    const words = (m[1] ?? "").toLowerCase().match(WORD) ?? [];
    for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(" ")));
  }
  return Uint32Array.from([...out].sort((a, b) => a - b));
}

/** Entries two sorted lists share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/**
 * The union of two sorted lists, cut to its `cap` smallest hashes: a bottom-k sample, so two
 * stories' samples still share the hashes their full sets share among the smallest.
 */
export function unionCapped(a: Uint32Array, b: Uint32Array, cap: number): Uint32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && out.length < cap) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return Uint32Array.from(out);
}
