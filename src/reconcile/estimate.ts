import type { CountEstimate, FactValue } from "../model/event.js";
import { countRange } from "./compatible.js";
import { maxOf, minOf } from "../core/extent.js";

/**
 * What a count's values say together, never averaged: `low`/`high` bound what the values
 * allow; `conservative` is ACLED's rule (the lowest reported value, vague amounts at their
 * conservative code); `best` is the specific value the most independent sources state (a vague
 * amount only when no number is given), ties going to an exact value, then the lower one.
 * @example countEstimate([{ value: 7, qualifier: "exact", sources: [..2], independentSources: 2 }, { value: 9, ... 1 }], 0.1).best // 7
 */
export function countEstimate(values: readonly FactValue[], aboutMargin: number): CountEstimate | null {
  const counts = values.filter((v): v is FactValue & { value: number } => typeof v.value === "number");
  if (counts.length === 0) return null;
  const lows = counts.map((v) => countRange(v.value, v.qualifier, aboutMargin, v.upper)[0]);
  const low = minOf(lows);
  const high = maxOf(counts.map((v) => v.upper ?? v.value));
  const conservative = minOf(counts.map((v) => v.value));
  const support = (v: FactValue): number => v.independentSources ?? v.sources.length;
  // A vague amount is only ACLED's stand-in for a number nobody gave: any stated number outranks it.
  const ranked = [...counts].sort(
    (a, b) =>
      Number(a.vague === true) - Number(b.vague === true) ||
      support(b) - support(a) ||
      Number(a.qualifier !== "exact") - Number(b.qualifier !== "exact") ||
      b.sources.length - a.sources.length ||
      a.value - b.value,
  );
  const best = ranked[0]!;
  const runner = ranked[1];
  const n = support(best);
  const describe = (v: FactValue): string => `${v.qualifier && v.qualifier !== "exact" ? `${v.qualifier.replace("-", " ")} ` : ""}${v.value}${v.vague ? " (vague)" : ""}`;
  let reason: string;
  if (!runner) reason = `${describe(best)} is the only value reported (${n} independent source${n === 1 ? "" : "s"})`;
  else if (runner.vague && !best.vague) reason = `${describe(best)} is the best-supported specific value (${n} independent source${n === 1 ? "" : "s"}); vague amounts only stand in for missing numbers`;
  else if (support(runner) < n) reason = `${describe(best)} has the most independent sources (${n}, against ${support(runner)} for ${describe(runner)})`;
  else reason = `${describe(best)} and ${describe(runner)} have equal support (${n}); the ${best.vague !== runner.vague ? "specific" : best.qualifier === "exact" && runner.qualifier !== "exact" ? "exact" : "lower"} value is preferred`;
  return { low, high, conservative, best: best.value, reason };
}
