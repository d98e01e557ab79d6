import type { Gazetteer, GazetteerPlace } from "../model/resources.js";

/** Kinds of place whose adjective names a people or a polity ("Balochi", "Asian"), not a town's. */
const ADJECTIVE_KINDS = new Set(["country", "admin1", "region"]);

/**
 * The country (ISO alpha-2, or "" for a multi-country region) a demonym or place adjective
 * points to, or null when `key` is not one. Official demonyms and their plurals always count;
 * derived forms ("Balochi" from Balochistan, "Asian" from Asia) count only where the word
 * modifies a noun (`modifying`), since a surname can look like one ("Hamadani").
 *
 * @example
 * placeAdjective("iranians", gaz, false) // "IR"
 * placeAdjective("balochi", gaz, true)   // "PK"
 */
export function placeAdjective(key: string, gazetteer: Gazetteer, modifying: boolean): string | null {
  const official = gazetteer.demonym(key) ?? (key.endsWith("s") ? gazetteer.demonym(key.slice(0, -1)) : null);
  if (official !== null) return official;
  if (!modifying || key.includes(" ") || key.length < 5) return null;
  // A place's own name is no adjective of it.
  if (gazetteer.lookup(key).some((p) => ADJECTIVE_KINDS.has(p.kind))) return null;
  for (const stem of stems(key)) {
    const place = gazetteer.lookup(stem).find((p) => ADJECTIVE_KINDS.has(p.kind));
    if (place) return place.country;
  }
  return null;
}

/** Place names an adjective may come from: "-i" (Balochi, Kashmiri), "-n"/"-an"/"-ian" (Asian, Tibetan, Iranian), "-ese". */
function stems(key: string): string[] {
  const out: string[] = [];
  if (key.endsWith("i")) {
    const stem = key.slice(0, -1);
    out.push(stem, `${stem}istan`, `${stem}stan`);
  }
  if (key.endsWith("ian")) out.push(key.slice(0, -3), `${key.slice(0, -3)}ia`);
  if (key.endsWith("an")) out.push(key.slice(0, -1), key.slice(0, -2));
  if (key.endsWith("ese")) out.push(key.slice(0, -3), `${key.slice(0, -3)}a`);
  return out.filter((s) => s.length >= 4);
}

/**
 * A country, world region or first-level division: names that rarely double as common words or
 * as other places, unlike towns and districts, of which many share a name.
 */
export function isMajorPlace(p: GazetteerPlace): boolean {
  return p.kind === "country" || p.kind === "admin1" || p.kind === "region";
}
