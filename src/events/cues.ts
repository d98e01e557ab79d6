import anyAscii from "any-ascii";
import type { Entity } from "../model/entity.js";
import type { Gazetteer } from "../model/resources.js";
import type { Span } from "../model/span.js";
import type { Word as Tok } from "./words.js";

/** One occurrence of a story entity in a document. */
export interface EntitySpan extends Span {
  readonly documentId: string;
  readonly entity: Entity;
}

/** A word or name in a sentence that points at a country: a place, a demonym, a national body. */
export interface CountryCue extends Span {
  readonly country: string;
  /** The entity named, when the cue is an entity mention ("Panjgur"); null for a bare demonym. */
  readonly entityId: string | null;
  readonly entityType: Entity["type"] | null;
  /** True for a nationality word ("Iranian"): it names who acted, not where ("the Iranian city"). */
  readonly demonym: boolean;
}

/**
 * Countries already looked up, built per story by the caller and passed in: an entity's country by
 * `e:` + id, a capitalised word's by `w:` + its folded form (the gazetteer is the costly part).
 */
export type CueMemo = Map<string, { readonly country: string | null; readonly demonym: boolean }>;

const fold = (s: string): string => anyAscii(s).toLowerCase().replace(/['’]s$/, "").replace(/[^a-z0-9]+/g, " ").trim();

/** The country a name points at: a place's own country, or a country/demonym opening an organisation's name. */
function entityCountry(e: Entity, gazetteer: Gazetteer): string | null {
  if (e.type === "location") return e.geo?.country ?? null;
  const first = fold(e.name.split(/\s+/)[0] ?? "");
  if (!first) return null;
  const place = gazetteer.lookup(first).find((p) => p.kind === "country");
  return place?.country ?? gazetteer.demonym(first);
}

/**
 * Country cues in `[from, to)` of one document: entity mentions whose country is known, and
 * capitalised words outside entities that are demonyms ("Iranian") or country names.
 * @example countryCues(text, toks, spans, gazetteer) // [{ start, end, country: "PK", ... }]
 */
export function countryCues(toks: readonly Tok[], spans: readonly EntitySpan[], gazetteer: Gazetteer, memo: CueMemo = new Map()): CountryCue[] {
  const from = toks[0]?.start ?? 0;
  const to = toks[toks.length - 1]?.end ?? 0;
  const out: CountryCue[] = [];
  const inside = spans.filter((s) => s.start >= from && s.end <= to);
  for (const s of inside) {
    const key = `e:${s.entity.id}`;
    let known = memo.get(key);
    if (!known) memo.set(key, (known = { country: entityCountry(s.entity, gazetteer), demonym: false }));
    if (known.country) out.push({ start: s.start, end: s.end, country: known.country, entityId: s.entity.id, entityType: s.entity.type, demonym: false });
  }
  for (const t of toks) {
    if (!/^\p{Lu}/u.test(t.text) || inside.some((s) => s.start <= t.start && t.end <= s.end)) continue;
    const key = `w:${fold(t.text)}`;
    let known = memo.get(key);
    if (!known) {
      const folded = key.slice(2);
      const nationalOf = folded.startsWith("non ") ? null : gazetteer.demonym(folded);
      const country = nationalOf ?? gazetteer.lookup(folded).find((p) => p.kind === "country")?.country ?? null;
      memo.set(key, (known = { country, demonym: nationalOf !== null }));
    }
    if (known.country) out.push({ start: t.start, end: t.end, country: known.country, entityId: null, entityType: null, demonym: known.demonym });
  }
  return out.sort((a, b) => a.start - b.start);
}
