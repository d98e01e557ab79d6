import type { Check } from "./validation.js";

/** A query string read into an object, or the reason it cannot be. */
export type ParsedQuery = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly reason: string };

/** Decodes one `application/x-www-form-urlencoded` component; null when its percent-encoding is broken. */
function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/gu, " "));
  } catch {
    return null;
  }
}

/**
 * Reads a raw query string (without "?") and checks it against a route's query schema. Broken
 * percent-encoding, a repeated parameter, an unknown one or a value of the wrong form is a
 * reason, never an exception: the caller answers 400 with it. The check coerces in place, so
 * "page=2" comes back as the number 2.
 */
export function parseQuery(raw: string, check: Check): ParsedQuery {
  const given = new Map<string, string>();
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const text = decode(at < 0 ? "" : pair.slice(at + 1));
    if (key === null || text === null) return { ok: false, reason: "malformed percent-encoding in the query string" };
    if (given.has(key)) return { ok: false, reason: `parameter "${key}" is given more than once` };
    given.set(key, text);
  }
  // fromEntries makes every key an own property, "__proto__" included, so no key reaches a prototype.
  const value: Record<string, unknown> = Object.fromEntries(given);
  const problems = check(value);
  return problems.length === 0 ? { ok: true, value } : { ok: false, reason: problems.join("; ") };
}
