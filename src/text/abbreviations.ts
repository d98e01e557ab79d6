import type { Span } from "../model/span.js";

/**
 * Abbreviations written with a full stop that do not end a sentence: titles and ranks before a
 * name, "St." and "Mt." before a place, months before a day, "No." before a number, and
 * country initialisms. wink-nlp knows most of them but ends sentences on some ("Maj.", "Cpl.").
 */
const ABBREVIATIONS = new Set([
  "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Fr.", "Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.",
  "Pvt.", "Adm.", "Cmdr.", "Cdr.", "Brig.", "Insp.", "Supt.", "Det.", "Amb.", "Pres.", "Hon.", "St.", "Mt.", "Ft.", "Jan.", "Feb.", "Mar.", "Apr.",
  "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Nos.", "U.S.", "U.K.", "U.N.", "U.S.A.", "E.U.",
]);

/**
 * Sentences with any that wink ended on such an abbreviation joined to the next one in the same
 * paragraph ("Sgt. Maj." | "Tom Lee said" is one sentence). A sentence is only joined across
 * the space that follows it, never across a line break.
 *
 * @example
 * joinAbbreviations("The officer, Sgt. Maj. Tom Lee, said so.", [{start: 0, end: 22}, {start: 23, end: 40}]) // [{start: 0, end: 40}]
 */
export function joinAbbreviations(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && endsOnAbbreviation(text, prev) && !/[\n\r]/.test(text.slice(prev.end, s.start))) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

function endsOnAbbreviation(text: string, s: Span): boolean {
  const tail = /(?:^|[\s(“"‘'])([A-Za-z.]{2,7})$/.exec(text.slice(Math.max(s.start, s.end - 8), s.end));
  return tail !== null && ABBREVIATIONS.has(tail[1] ?? "");
}
