import type { Entity } from "../model/entity.js";
import type { Quote, QuoteMention } from "../model/quote.js";
import type { Stage } from "../model/stage.js";
import { makeId } from "../core/hash.js";
import { clusterQuotes } from "./cluster.js";
import { placeMentions, quotesInDocument, type FoundQuote } from "./document.js";
import { drift } from "./merge.js";

/**
 * Finds direct quotes and their speakers in every document of every story, then merges the same
 * statement quoted by several outlets (in full, trimmed, partly quoted, reworded or re-translated)
 * into one Quote whose occurrences each carry their exact span, their drift from the fullest
 * version and the speaker their own outlet credits.
 */
export const quotesStage: Stage<"documents" | "texts" | "stories" | "entities", "quoteMentions" | "quotes"> = {
  name: "quotes",
  requires: ["documents", "texts", "stories", "entities"],
  assigns: ["quoteMentions", "quotes"],
  run(input, resources) {
    const docs = new Map(input.documents.map((d) => [d.id, d]));
    const layers = new Map(input.texts.map((t) => [t.documentId, t]));
    const quoteMentions: QuoteMention[] = [];
    const quotes: Quote[] = [];
    const entitiesOf = new Map<string, Entity[]>();
    for (const e of input.entities) {
      const list = entitiesOf.get(e.storyId);
      if (list) list.push(e);
      else entitiesOf.set(e.storyId, [e]);
    }
    for (const story of input.stories) {
      const placed = placeMentions(entitiesOf.get(story.id) ?? []);
      const found: FoundQuote[] = [];
      for (const id of story.documentIds) {
        const doc = docs.get(id);
        const layer = layers.get(id);
        if (doc && layer) for (const f of quotesInDocument(doc, layer, placed.get(id) ?? [], resources.gazetteer, found.length)) found.push(f);
      }
      for (const f of found) quoteMentions.push(f.mention);
      for (const cluster of clusterQuotes(found)) {
        const fullest = [...cluster].sort((a, b) => b.words.all.length - a.words.all.length || a.order - b.order)[0];
        if (!fullest) continue;
        const text = docs.get(fullest.mention.documentId)?.text.slice(fullest.mention.start, fullest.mention.end) ?? "";
        quotes.push({
          id: makeId(resources.hasher, "quo", story.id, `${fullest.mention.documentId}:${fullest.mention.start}`),
          storyId: story.id,
          speaker: voteSpeaker(cluster, fullest),
          text,
          occurrences: cluster.map((f) => ({
            documentId: f.mention.documentId,
            start: f.mention.start,
            end: f.mention.end,
            drift: f === fullest ? 0 : drift(f.words, fullest.words),
            speaker: f.speaker,
          })),
        });
      }
    }
    return { quoteMentions, quotes };
  },
};

/** Weaker evidence of who spoke: a country standing for its government loses to a named body or person. */
const TYPE_RANK: Readonly<Record<string, number>> = { person: 0, organization: 0, other: 1, location: 2 };

/**
 * The speaker most occurrences credit; ties go to a person or organisation over a place, then to
 * the fullest occurrence's speaker, then to the smallest id.
 */
function voteSpeaker(cluster: readonly FoundQuote[], fullest: FoundQuote): string | null {
  const counts = new Map<string, { n: number; rank: number }>();
  for (const f of cluster) {
    if (!f.speaker) continue;
    const c = counts.get(f.speaker);
    counts.set(f.speaker, { n: (c?.n ?? 0) + 1, rank: TYPE_RANK[f.speakerType ?? "other"] ?? 1 });
  }
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1].n - a[1].n || a[1].rank - b[1].rank || (a[0] === fullest.speaker ? -1 : b[0] === fullest.speaker ? 1 : a[0].localeCompare(b[0])),
  );
  return ranked[0]?.[0] ?? null;
}
