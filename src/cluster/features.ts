import type { Document } from "../model/document.js";
import { CLUSTER } from "../core/tunables.js";
import { terms, tfidf, type SparseVector } from "./tfidf.js";

/** TF-IDF vectors of the documents' titles and bodies, in the given order. */
export function documentVectors(docs: readonly Document[]): SparseVector[] {
  return tfidf(docs.map((d) => terms(d.title ? `${d.title}\n${d.text}` : d.text, CLUSTER.NAME_WEIGHT)));
}
