/** FNV-1a over a feature template id and one or two strings: a feature's bucket without building its string. */
export function featureHash(template: number, a: string, b = ""): number {
  return finishHash(hashPrefix(template, a), b);
}

/**
 * The FNV state of `featureHash(template, a, b)` once the template and `a` are read: a word's
 * share of a bigram feature, computed once per distinct word so that a token hashes only the
 * other word (`finishHash(hashPrefix(t, a), b) === featureHash(t, a, b)`).
 */
export function hashPrefix(template: number, a: string): number {
  let h = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < a.length; i += 1) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x1f, 0x01000193);
}

/** Reads `b` on from a `hashPrefix` state and mixes the result. */
export function finishHash(prefix: number, b: string): number {
  let h = prefix;
  for (let i = 0; i < b.length; i += 1) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  // Final avalanche so nearby strings spread over the whole table.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
