/**
 * Named days news dates things by ("on New Year's Eve", "Father's Day shooting"), which the date
 * parser does not know: fixed days of the year and the US and UK floating ones (the nth weekday
 * of a month, Easter). A name resolves to its most recent occurrence on or before the reference
 * day, since a report tells of what has happened.
 */

/** A named day found in a text: the words and the month/day it falls on in a given year. */
export interface HolidayMention {
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD */
  readonly date: string;
}

type Rule = (year: number) => [number, number];

const fixed = (month: number, day: number): Rule => () => [month, day];

/** The `n`th (1-based; -1 the last) `weekday` (0 Sunday) of `month` (1-12) in `year`. */
function nthWeekday(year: number, month: number, weekday: number, n: number): [number, number] {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return [month, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7];
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return [month, lastDay - ((last - weekday + 7) % 7)];
}

/** Easter Sunday (anonymous Gregorian computus). */
function easter(year: number): [number, number] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

const HOLIDAYS: readonly (readonly [RegExp, Rule])[] = [
  [/^new year['’]?s eve$/, fixed(12, 31)],
  [/^new year['’]?s day$/, fixed(1, 1)],
  [/^christmas eve$/, fixed(12, 24)],
  [/^christmas( day)?$/, fixed(12, 25)],
  [/^boxing day$/, fixed(12, 26)],
  [/^(the )?fourth of july$|^independence day$/, fixed(7, 4)],
  [/^halloween( night)?$/, fixed(10, 31)],
  [/^valentine['’]?s day$/, fixed(2, 14)],
  [/^veterans day$/, fixed(11, 11)],
  [/^st\.? patrick['’]?s day$/, fixed(3, 17)],
  [/^thanksgiving( day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^mother['’]?s day$/, (y) => nthWeekday(y, 5, 0, 2)],
  [/^father['’]?s day$/, (y) => nthWeekday(y, 6, 0, 3)],
  [/^memorial day$/, (y) => nthWeekday(y, 5, 1, -1)],
  [/^labor day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^easter( sunday)?$/, easter],
];

/** Cheap test before the scan (and before the date parser): a word only a holiday name has. */
export const HOLIDAY_WORD = /\b(new year|christmas|boxing day|fourth of july|independence day|halloween|valentine|veterans day|patrick|thanksgiving|mother['’]?s day|father['’]?s day|memorial day|labor day|easter)/i;

const NAME = /\b(new year['’]?s (?:eve|day)|christmas(?: eve| day)?|boxing day|(?:the )?fourth of july|independence day|halloween(?: night)?|valentine['’]?s day|veterans day|st\.? patrick['’]?s day|thanksgiving(?: day)?|mother['’]?s day|father['’]?s day|memorial day|labor day|easter(?: sunday)?)(?!\s+(?:week|weekend|season|holidays?|break|parade|party|parties|tree|lights|shopping|sales?|gifts?|dinner|eve))\b/gi;

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Named days in `text[from, to)`, each resolved to its latest occurrence on or before `day`
 * (YYYY-MM-DD). "Christmas shopping", "the Thanksgiving weekend" are not days.
 * @example holidaysIn("Shot on New Year's Eve.", 0, 23, "2031-01-02")[0]?.date // "2030-12-31"
 */
export function holidaysIn(text: string, from: number, to: number, day: string): HolidayMention[] {
  const slice = text.slice(from, to);
  if (!HOLIDAY_WORD.test(slice)) return [];
  const year = Number(day.slice(0, 4));
  const out: HolidayMention[] = [];
  for (const m of slice.matchAll(NAME)) {
    const words = m[1]!.toLowerCase();
    const rule = HOLIDAYS.find(([re]) => re.test(words))?.[1];
    if (!rule) continue;
    let date = "";
    for (const y of [year, year - 1]) {
      const [mo, d] = rule(y);
      date = `${y}-${pad(mo)}-${pad(d)}`;
      if (date <= day) break;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, date });
  }
  return out;
}
