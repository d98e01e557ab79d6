import type { DatePrecision } from "../model/event.js";
import type { Word as Tok } from "./words.js";

/** A month or a year a clause dates its happening by when it names no day ("in October 2011", "the 1967 killings"). */
export interface Period {
  /** The period's first day, YYYY-MM-DD. */
  readonly date: string;
  readonly precision: Extract<DatePrecision, "month" | "year">;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const YEAR = /^(1[89]|20)\d\d$/;
/** Words before a year (or its month) that date a happening within it; "since 2004" tells how long, not when. */
const WITHIN = new Set(["in", "during", "of"]);

/** Month number (1-12) of a month word ("Oct", "October", "Sept."), else null; "may" only beside a year (see caller). */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3 || (w.length > 3 && !/^(january|february|march|april|june|july|august|sept|september|october|november|december)$/.test(w))) return null;
  const i = MONTHS.indexOf(w.slice(0, 3));
  return i < 0 ? null : i + 1;
}

/**
 * The month or year the clause `[from, to)` of the trigger at token `at` dates it by: "in 1967",
 * "in October 2011", "during Oct. 2011", or a year modifying the trigger noun ("the 1967
 * slayings"); a year before the trigger only when the clause opens the sentence. A year after `referenceYear` (the report's) is a plan, not a date: null.
 * @example periodOf(words("Two women were killed in 1967."), 0, 7, 3, 2008) // { date: "1967-01-01", precision: "year" }
 */
export function periodOf(toks: readonly Tok[], from: number, to: number, at: number, referenceYear: number | null): Period | null {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (!YEAR.test(t.text)) continue;
    const year = Number(t.text);
    if (referenceYear !== null && year > referenceYear) continue;
    // "Oct. 2011": the abbreviation's point may be a token of its own.
    const m = toks[k - 1]?.text === "." ? k - 2 : k - 1;
    const month = m >= 0 ? monthOf(toks[m]!.text) : null;
    const before = toks[month === null ? k - 1 : m - 1]?.lower ?? "";
    // "the 1967 slayings", "the 1967 double murder": the year names the happening itself.
    const modifier = month === null && (k + 1 === at || k + 2 === at) && before === "the";
    // Before the trigger, a year dates it only opening the sentence ("In 2029, rebels shelled"): after another
    // happening it is that one's ("a vigil for a man slain in 2029, killing one").
    const opening = k > at || from === 0;
    if (!(WITHIN.has(before) && opening) && !modifier) continue;
    return month === null
      ? { date: `${year}-01-01`, precision: "year" }
      : { date: `${year}-${String(month).padStart(2, "0")}-01`, precision: "month" };
  }
  return null;
}

/** The period most of a happening's reports name (earliest on a tie), or null when none names one. */
export function periodOfMembers(periods: readonly (Period | null)[]): Period | null {
  const counts = new Map<string, { n: number; p: Period }>();
  for (const p of periods) if (p) counts.set(`${p.date}|${p.precision}`, { n: (counts.get(`${p.date}|${p.precision}`)?.n ?? 0) + 1, p });
  return [...counts.values()].sort((a, b) => b.n - a.n || (a.p.date < b.p.date ? -1 : a.p.date > b.p.date ? 1 : 0))[0]?.p ?? null;
}
