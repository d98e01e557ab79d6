/**
 * Term statistics for TF-IDF: every term interned to a small integer and its document
 * frequency. An index either keeps these running (each added document counts) or is handed a
 * set primed from a whole batch, which it then only reads.
 */
export interface TermStats {
  readonly ids: Map<string, number>;
  /** Document frequency by term id; grown by doubling. */
  df: Uint32Array;
  /** Documents counted. */
  documents: number;
}

/** An empty set of term statistics. */
export function createTermStats(): TermStats {
  return { ids: new Map(), df: new Uint32Array(1024), documents: 0 };
}

/** The id of `term`, interning it when new. */
export function termId(stats: TermStats, term: string): number {
  const known = stats.ids.get(term);
  if (known !== undefined) return known;
  const id = stats.ids.size;
  stats.ids.set(term, id);
  if (id >= stats.df.length) {
    const grown = new Uint32Array(stats.df.length * 2);
    grown.set(stats.df);
    stats.df = grown;
  }
  return id;
}

/**
 * Counts one document's distinct terms.
 * @example observeDocument(stats, counts.keys())
 */
export function observeDocument(stats: TermStats, terms: Iterable<string>): void {
  for (const t of terms) {
    const id = termId(stats, t);
    stats.df[id] = (stats.df[id] ?? 0) + 1;
  }
  stats.documents++;
}

/**
 * Smoothed inverse document frequency ln(1 + N / df): never zero, so two documents that share
 * only terms every document has still score above nothing in a small run.
 */
export function idf(stats: TermStats, id: number): number {
  const df = Math.max(1, stats.df[id] ?? 0);
  return Math.log(1 + Math.max(1, stats.documents) / df);
}
