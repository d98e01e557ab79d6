import { isCountProperty, type Fact, type FactMention, type FactSource, type FactStatus, type FactValue } from "../model/event.js";
import type { Stage } from "../model/stage.js";
import { makeId } from "../core/hash.js";
import { RECONCILE } from "../core/tunables.js";
import { compatible } from "./compatible.js";
import { countEstimate } from "./estimate.js";
import { independentSources } from "./sources.js";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return cmp(String(a), String(b));
}

/**
 * True when the source's credited speaker (not the outlet's own voice) states another value of
 * the same fact in a later-published document: the later figure is its revision.
 */
function revised(src: FactSource, mentions: readonly FactMention[], publishedOf: ReadonlyMap<string, string>): boolean {
  const who = src.attribution.trim().toLowerCase();
  const when = publishedOf.get(src.documentId) ?? "";
  const own = mentions.find((m) => m.documentId === src.documentId && m.start === src.start);
  if (!who || !when || !own) return false;
  return mentions.some((m) => m.attribution.trim().toLowerCase() === who && (publishedOf.get(m.documentId) ?? "") > when && m.value !== own.value);
}

/**
 * Reconciles what documents state about each (event, property): every distinct value with every
 * source that states it, never averaged. A fact is `single-source` when one independent source
 * states it, `agreed` when all values are compatible (see `compatible`), else `disputed`.
 * @example reconcileStage.run({ factMentions, events, copies, documents }, resources).facts
 */
export const reconcileStage: Stage<"factMentions" | "events" | "copies" | "documents", "facts"> = {
  name: "reconcile",
  requires: ["factMentions", "events", "copies", "documents"],
  assigns: ["facts"],
  run(input, resources) {
    const storyOf = new Map(input.events.map((e) => [e.id, e.storyId] as const));
    const publishedOf = new Map(input.documents.map((d) => [d.id, d.publishedAt ?? ""] as const));
    const groups = new Map<string, FactMention[]>();
    for (const m of input.factMentions) {
      // Different victim groups ("civilians", "militants") are different facts, never one range.
      const key = `${m.eventId}\u0000${m.property}\u0000${m.victims ?? ""}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const facts: Fact[] = [];
    for (const key of [...groups.keys()].sort()) {
      const mentions = [...(groups.get(key) ?? [])].sort((a, b) => cmp(a.documentId, b.documentId) || a.start - b.start);
      const first = mentions[0];
      const storyId = first ? storyOf.get(first.eventId) : undefined;
      if (!first || storyId === undefined) continue;
      const sourceKeys = independentSources(mentions, input.copies);
      const byValue = new Map<string, { mention: FactMention; sources: FactSource[]; independent: Set<string>; vague: boolean }>();
      mentions.forEach((m, i) => {
        const vk = `${typeof m.value}:${m.value}:${m.qualifier ?? ""}:${m.upper ?? ""}`;
        const entry = byValue.get(vk) ?? { mention: m, sources: [], independent: new Set<string>(), vague: true };
        if (!m.vague) entry.vague = false;
        entry.sources.push({ documentId: m.documentId, start: m.start, end: m.end, attribution: m.attribution, ...(m.field === "title" ? { field: "title" as const } : {}) });
        entry.independent.add(sourceKeys[i] ?? m.documentId);
        byValue.set(vk, entry);
      });
      const ranked = [...byValue.values()].sort(
        (a, b) =>
          b.independent.size - a.independent.size ||
          compareValues(a.mention.value, b.mention.value) ||
          cmp(a.mention.qualifier ?? "", b.mention.qualifier ?? ""),
      );
      const values: FactValue[] = ranked.map((r) => ({
        value: r.mention.value,
        qualifier: r.mention.qualifier,
        ...(r.mention.upper !== undefined ? { upper: r.mention.upper } : {}),
        ...(r.vague ? { vague: true } : {}),
        sources: r.sources,
        independentSources: r.independent.size,
      }));
      const independent = new Set(sourceKeys);
      // A source that restates its own figure later ("7", then "9") revises it: only its latest value is weighed.
      const current = values.filter((v) => !v.sources.every((src) => revised(src, mentions, publishedOf)));
      const allCompatible = current.every((a, i) => current.slice(i + 1).every((b) => compatible(a, b, RECONCILE.ABOUT_MARGIN)));
      const status: FactStatus = independent.size <= 1 ? "single-source" : allCompatible ? "agreed" : "disputed";
      facts.push({
        id: first.victims ? makeId(resources.hasher, "fct", first.eventId, first.property, first.victims) : makeId(resources.hasher, "fct", first.eventId, first.property),
        storyId,
        eventId: first.eventId,
        property: first.property,
        ...(first.victims ? { victims: first.victims } : {}),
        status,
        values,
        estimate: isCountProperty(first.property) ? countEstimate(values, RECONCILE.ABOUT_MARGIN) : null,
      });
    }
    facts.sort((a, b) => cmp(a.storyId, b.storyId) || cmp(a.eventId, b.eventId) || cmp(a.property, b.property) || cmp(a.victims ?? "", b.victims ?? ""));
    return { facts };
  },
};
