/** The BIO tags of the name tagger, in weight-table order. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type NameType = "PER" | "ORG" | "LOC" | "MISC";
export const TYPES: readonly NameType[] = ["PER", "ORG", "LOC", "MISC"];
export const TAG_COUNT = TAGS.length;

/** Type index 0..3 of a tag, or -1 for O. */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1;
}

/** True for an I- tag. */
export function isInside(tag: number): boolean {
  return tag > 0 && (tag & 1) === 0;
}

/** I-X may only follow B-X or I-X: BIO's one hard constraint, enforced in decoding. */
export function allowed(prev: number, tag: number): boolean {
  return !isInside(tag) || (prev > 0 && tagType(prev) === tagType(tag));
}
