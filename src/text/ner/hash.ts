/** FNV-1a over a feature template id and one or two strings: a feature's bucket without building its string. */
export function featureHash(template: number, a: string, b = ""): number {
  let h = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < a.length; i += 1) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0x1f, 0x01000193);
  for (let i = 0; i < b.length; i += 1) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  // Final avalanche so nearby strings spread over the whole table.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
