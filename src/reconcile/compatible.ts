import type { CountQualifier } from "../model/event.js";

/** The range of true counts a stated count allows. */
export function countRange(value: number, qualifier: CountQualifier | null, aboutMargin: number, upper?: number): [number, number] {
  switch (qualifier) {
    case "between":
      return [value, upper ?? value];
    case "at-least":
      return [value, Infinity];
    case "more-than":
      return [value + 1, Infinity];
    case "up-to":
      return [0, value];
    case "fewer-than":
      return [0, Math.max(0, value - 1)];
    case "about": {
      const slack = Math.max(1, Math.round(value * aboutMargin));
      return [Math.max(0, value - slack), value + slack];
    }
    default:
      return [value, value];
  }
}

/**
 * Whether two stated values can both be true. Counts are compatible when the ranges they allow
 * overlap: "at least 7" and "7" agree, "7" and "9" conflict, "at least 9" and "7" conflict,
 * "about 30" and "32" agree (within `aboutMargin`). Strings agree when equal ignoring case.
 * Pairwise overlap of intervals implies one common value (Helly), so checking every pair of
 * values decides whether all of them can hold at once.
 * @example compatible({ value: 7, qualifier: "at-least" }, { value: 7, qualifier: "exact" }, 0.1) // true
 */
export function compatible(
  a: { value: number | string; qualifier: CountQualifier | null; upper?: number },
  b: { value: number | string; qualifier: CountQualifier | null; upper?: number },
  aboutMargin: number,
): boolean {
  if (typeof a.value === "number" && typeof b.value === "number") {
    const [a0, a1] = countRange(a.value, a.qualifier, aboutMargin, a.upper);
    const [b0, b1] = countRange(b.value, b.qualifier, aboutMargin, b.upper);
    return a0 <= b1 && b0 <= a1;
  }
  return String(a.value).toLowerCase() === String(b.value).toLowerCase();
}
