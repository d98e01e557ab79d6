const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * An ISO 8601 form of a date string: ISO input is kept as given (with "T" between date and
 * time); other formats `Date` understands (RFC 2822 in feeds and meta tags) become UTC ISO; the
 * rest is null.
 *
 * @example normaliseDate("Tue, 02 Jan 2031 10:00:00 GMT") // "2031-01-02T10:00:00.000Z"
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const time = Date.parse(trimmed.replace(" ", "T"));
  if (ISO.test(trimmed)) return Number.isNaN(time) ? null : trimmed.replace(" ", "T");
  const loose = Date.parse(trimmed);
  return Number.isNaN(loose) ? null : new Date(loose).toISOString();
}

/** The primary subtag of a language tag, lower-cased: "en-GB" → "en". */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = tag === null || tag === undefined ? null : /^([a-z]{2,3})(?:[-_]|$)/iu.exec(tag.trim());
  return match?.[1]?.toLowerCase() ?? null;
}
