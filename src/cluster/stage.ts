import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Stage } from "../model/stage.js";
import type { Story } from "../model/story.js";
import type { TextLayer } from "../model/text.js";
import { createStoryIndex, featureOptions, type StoryIndexOptions } from "./story-index.js";
import { primeTerms, type DocTerms } from "./views.js";
import { createTermStats } from "./vocabulary.js";

/**
 * Processing order: earliest published first, undated after dated, then by id. It fixes which
 * document founds each story, so a story's id is the id of its earliest document.
 */
export function processingOrder(a: Document, b: Document): number {
  const pa = a.publishedAt;
  const pb = b.publishedAt;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa < pb ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Index settings, and whether to run the batch refinement after the online pass (default yes). */
export interface ClusterOptions extends StoryIndexOptions {
  readonly refine?: boolean;
  /** The documents' text layers (any order; matched by document id): their typed names feed the people and places views. */
  readonly texts?: readonly TextLayer[];
}

/**
 * Groups documents into stories by adding them, in processing order, to an online story index
 * (see `createStoryIndex`), then refining once. The batch is known, so term statistics are
 * primed from all of it first: every document is weighed with the same IDF, whatever its place
 * in the order.
 *
 * Order: the input order never matters (the stage sorts by processing order). Which document
 * comes first does decide which founds a story (its id) and which joins at once; strict joins
 * and a best-first refinement make the grouping itself nearly order-free (on the ECB+ dev set
 * five id shuffles gave the same B-cubed F1), but it is not guaranteed identical across orders.
 * @example clusterDocuments(documents, copies) // [{ id, title, documentIds }, …]
 */
export function clusterDocuments(
  documents: readonly Document[],
  copies: readonly Copy[],
  options: ClusterOptions = {},
): Story[] {
  const ordered = [...documents].sort(processingOrder);
  const stats = options.stats ?? createTermStats();
  const features = featureOptions(options);
  const layers = new Map((options.texts ?? []).map((t) => [t.documentId, t] as const));
  // Each document's terms are counted once: kept from priming to its add (see primeTerms).
  const primed = options.stats ? new Map<string, DocTerms>() : primeTerms(stats, ordered, (id) => layers.get(id), features);
  const linksOf = copyLinks(copies);
  const index = createStoryIndex({ ...options, stats });
  for (const d of ordered) {
    index.add(d, linksOf.get(d.id) ?? [], layers.get(d.id), primed.get(d.id));
    primed.delete(d.id);
  }
  if (options.refine ?? true) index.refine();
  return index.stories();
}

/** Each document's copy links (the copies it is one side of), as `StoryIndex.add` takes them. */
export function copyLinks(copies: readonly Copy[]): Map<string, Copy[]> {
  const out = new Map<string, Copy[]>();
  for (const c of copies) {
    for (const id of c.documentIds) {
      const list = out.get(id);
      if (list) list.push(c);
      else out.set(id, [c]);
    }
  }
  return out;
}

/** The cluster stage: which documents tell the same story. */
export const clusterStage: Stage<"documents" | "copies" | "texts", "stories"> = {
  name: "cluster",
  requires: ["documents", "copies", "texts"],
  assigns: ["stories"],
  run(input, resources) {
    // The model is read once per run into the resources; a caller without it gets the shipped file.
    const options: ClusterOptions = { texts: input.texts, ...(resources.storyModel ? { model: resources.storyModel } : {}) };
    return { stories: clusterDocuments(input.documents, input.copies, options) };
  },
};
