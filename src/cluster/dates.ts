const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
/** "May 3, 2031", "3 May 2031", "3rd of May 2031", "May 2031", ending where the year starts. */
const BEFORE_YEAR = new RegExp(`\\b(?:${MONTH}\\s+${DAY},?|${DAY}(?:\\s+of)?\\s+${MONTH},?|${MONTH},?)\\s+$`, "iu");
const YEAR = /\b(?:19|20)\d\d\b/g;
const ISO_REST = /^-(\d\d)-(\d\d)\b/;
/** Characters before a year that can hold its month and day ("September 30th, "). */
const LOOK_BACK = 24;

function month(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
}

/**
 * The calendar dates a text states, normalised: each full date gives its day ("2031-05-03") and
 * its month ("2031-05"), a month and year give the month. Two reports of one happening state the
 * same dates however they spell them; two events of one kind rarely do. A bare year is left to
 * the number terms.
 * @example statedDates("On 3 May 2031 and in June 2031") // ["2031-05-03", "2031-05", "2031-06"]
 */
export function statedDates(text: string): string[] {
  const out: string[] = [];
  const push = (year: string, mo: string, day: string | undefined): void => {
    if (mo === "00" || Number(mo) > 12) return;
    if (day && Number(day) >= 1 && Number(day) <= 31) out.push(`${year}-${mo}-${day.padStart(2, "0")}`);
    out.push(`${year}-${mo}`);
  };
  // Every form names a year, and a text states few: look only around them.
  for (const y of text.matchAll(YEAR)) {
    const year = y[0];
    const iso = ISO_REST.exec(text.slice(y.index + 4, y.index + 10));
    if (iso) {
      push(year, iso[1]!, iso[2]);
      continue;
    }
    const m = BEFORE_YEAR.exec(text.slice(Math.max(0, y.index - LOOK_BACK), y.index));
    if (!m) continue;
    if (m[1] && m[2]) push(year, month(m[1]), m[2]);
    else if (m[3] && m[4]) push(year, month(m[4]), m[3]);
    else if (m[5]) push(year, month(m[5]), undefined);
  }
  return out;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Words that name a day by its distance back from the day of publication. */
const DAYS_BACK: ReadonlyMap<string, number> = new Map([["today", 0], ["tonight", 0], ["yesterday", 1]]);
const DAY_MS = 86_400_000;

/**
 * The calendar days a dated report names by weekday or as today, tonight or yesterday, resolved
 * against its publication day (`published`, ISO): a weekday is the last such day on or before
 * it ("Tuesday" in a report of Wednesday is the day before). Local news dates its happening
 * this way, not by calendar date, so two reports of one shooting published days apart name the
 * same day, and two shootings of one city in one week name different days. None when undated.
 * @example resolvedDays(["police", "said", "tuesday"], "2031-05-07") // ["2031-05-06"] (a Wednesday)
 */
export function resolvedDays(words: Iterable<string>, published: string | null): string[] {
  const ms = published ? Date.parse(published.slice(0, 10)) : NaN;
  if (!Number.isFinite(ms)) return [];
  const weekday = new Date(ms).getUTCDay();
  const out: string[] = [];
  for (const w of words) {
    const named = WEEKDAYS.indexOf(w);
    const back = named >= 0 ? (weekday - named + 7) % 7 : DAYS_BACK.get(w);
    if (back !== undefined) out.push(new Date(ms - back * DAY_MS).toISOString().slice(0, 10));
  }
  return out;
}
