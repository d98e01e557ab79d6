import type { Span } from "../model/span.js";
import { TEXT } from "../core/tunables.js";

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
    if (prev && continues(text, prev, s) && !/[\n\r]/.test(text.slice(prev.end, s.start))) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/** True when the sentence `s` cannot end where it does, so `next` goes on with it. */
function continues(text: string, s: Span, next: Span): boolean {
  return endsOnAbbreviation(text, s) || endsOnPartyState(text, s) || endsInBrackets(text, s, next);
}

/**
 * "Sen. X (D-Ore.)", "Rep. Y, R-N.Y.,": a party letter and a state abbreviation after a
 * legislator's name. wink ends a sentence after the state's full stop (and splits "N." | "Y.").
 */
const PARTY_STATE = /(?:^|[\s(,[])[DRI]-(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){1,2})\)?$/u;

function endsOnPartyState(text: string, s: Span): boolean {
  return PARTY_STATE.test(text.slice(Math.max(s.start, s.end - 12), s.end));
}

const MAX_BRACKET_NOTE = TEXT.MAX_BRACKET_NOTE;

/**
 * An abbreviation with a full stop inside brackets never ends a sentence: the bracket opened
 * mid-sentence is still open ("officials (incl." | "the mayor)"), or it closes right after the
 * abbreviation and the next sentence goes on in lower case ("(Calif.)" | "said"). A bracket that
 * opens the sentence may hold a whole sentence ("(He was tired.)") and ends as wink says.
 */
function endsInBrackets(text: string, s: Span, next: Span): boolean {
  // Only the sentence's tail is read: a sentence joined again and again is not re-read whole.
  const from = Math.max(s.start, s.end - 2 * MAX_BRACKET_NOTE);
  const tail = text.slice(from, s.end);
  const open = Math.max(tail.lastIndexOf("("), tail.lastIndexOf("["));
  if (open < 0 || from + open === s.start) return false;
  const inside = tail.slice(open + 1);
  if (!/[)\]]/.test(inside)) return /(?:^|[^\p{L}])\p{L}{1,6}\.$/u.test(inside);
  return inside.length <= MAX_BRACKET_NOTE && /(?:^|[^\p{L}])\p{L}{1,6}\.[)\]]$/u.test(inside) && /^\p{Ll}/u.test(text.slice(next.start, next.start + 2));
}

function endsOnAbbreviation(text: string, s: Span): boolean {
  const tail = /(?:^|[\s(“"‘'])([A-Za-z.]{2,7})$/.exec(text.slice(Math.max(s.start, s.end - 8), s.end));
  return tail !== null && ABBREVIATIONS.has(tail[1] ?? "");
}
