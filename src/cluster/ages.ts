/** Number words a report spells an age with ("a five-year-old"); news style spells one to nine, often more. */
const NUMBER_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
const NUMBER = `(\\d{1,3}|${NUMBER_WORDS.join("|")})`;
/**
 * The ways a report states a person's age: "14-year-old", "14 years old", "five-month-old",
 * "aged 14", "age 14", and the appositive after a name or a person noun ("Ana Brel, 20,",
 * "Boy, 15,", "Brel (20)").
 */
const AGE = new RegExp(
  [
    `\\b${NUMBER}[- ](?:year|yr|month|week)s?[- ]old\\b`,
    `\\bage(?:d|s)?\\s+${NUMBER}\\b`,
    `\\b\\p{Lu}[\\p{L}'’.-]*,\\s+(\\d{1,3}),`,
    `\\b\\p{Lu}[\\p{L}'’.-]*\\s+\\((\\d{1,3})\\)`,
  ].join("|"),
  "giu",
);
/** The oldest age a report states; a larger figure in the same pattern is a count or an address. */
const MAX_AGE = 110;

/**
 * The ages a text states of the people it is about, as "age:14" terms ("age:5m" for months and
 * weeks: a five-month-old is not five). Two reports of one shooting state the same victims' ages;
 * two shootings of one city in one week seldom do, while both share the city, the police and
 * the vocabulary. Ages are kept apart from the numbers view, where they drown among times,
 * street numbers and counts.
 * @example statedAges("Ana Brel, 20, and a 5-year-old boy were hurt.") // ["age:20", "age:5"]
 */
export function statedAges(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AGE)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
    const spelled = NUMBER_WORDS.indexOf(raw);
    const age = spelled >= 0 ? spelled : Number(raw);
    if (!Number.isFinite(age) || age < 1 || age > MAX_AGE) continue;
    const months = m[1] !== undefined && /month|week/iu.test(m[0]);
    out.push(`age:${age}${months ? "m" : ""}`);
  }
  return out;
}
