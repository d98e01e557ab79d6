import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Stage } from "../model/stage.js";
import type { Story } from "../model/story.js";
import { CLUSTER } from "../core/tunables.js";
import { averageLink, components, linkedPairs } from "./agglomerative.js";
import { documentVectors } from "./features.js";
import { cosine, type SparseVector } from "./tfidf.js";
import { storyTitle } from "./title.js";

function byId(a: Document, b: Document): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Earliest published first (undated last), then smallest id: a story's stable founder. */
function founderOrder(a: Document, b: Document): number {
  const pa = a.publishedAt;
  const pb = b.publishedAt;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa < pb ? -1 : 1;
  }
  return byId(a, b);
}

function mostCentral(members: readonly number[], vectors: readonly SparseVector[]): number {
  let best = members[0] ?? 0;
  let bestScore = -1;
  for (const i of members) {
    let s = 0;
    for (const j of members) {
      const a = vectors[i];
      const b = vectors[j];
      if (i !== j && a && b) s += cosine(a, b);
    }
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/**
 * Groups documents into stories: TF-IDF cosine, average-link agglomerative clustering cut at
 * `CLUSTER.LINK_THRESHOLD`, with heavy copies forced together. The story id is its founder's
 * document id, so adding a later document never renames a story.
 * @example clusterStage.run({ documents, copies }, resources).stories
 */
export function clusterDocuments(documents: readonly Document[], copies: readonly Copy[]): Story[] {
  const docs = [...documents].sort(byId);
  const position = new Map(docs.map((d, i) => [d.id, i] as const));
  const vectors = documentVectors(docs);
  const forced = new Set<string>();
  const edges = linkedPairs(vectors, CLUSTER.LINK_THRESHOLD);
  for (const c of copies) {
    if (c.overlap < CLUSTER.FORCE_LINK_OVERLAP) continue;
    const a = position.get(c.documentIds[0]);
    const b = position.get(c.documentIds[1]);
    if (a === undefined || b === undefined || a === b) continue;
    forced.add(`${Math.min(a, b)}:${Math.max(a, b)}`);
    edges.push([Math.min(a, b), Math.max(a, b)]);
  }
  const stories: Story[] = [];
  for (const component of components(docs.length, edges)) {
    for (const cluster of averageLink(component, vectors, CLUSTER.LINK_THRESHOLD, forced)) {
      const members = cluster.map((i) => docs[i]).filter((d): d is Document => d !== undefined);
      const founder = [...members].sort(founderOrder)[0];
      const central = docs[mostCentral(cluster, vectors)];
      if (!founder || !central) continue;
      stories.push({
        id: founder.id,
        title: storyTitle(central, CLUSTER.MAX_TITLE_CHARS),
        documentIds: members.map((d) => d.id).sort(),
      });
    }
  }
  return stories.sort((a, b) => b.documentIds.length - a.documentIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The cluster stage: which documents tell the same story. */
export const clusterStage: Stage<"documents" | "copies", "stories"> = {
  name: "cluster",
  requires: ["documents", "copies"],
  assigns: ["stories"],
  run(input) {
    return { stories: clusterDocuments(input.documents, input.copies) };
  },
};
