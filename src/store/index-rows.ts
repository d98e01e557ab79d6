/**
 * The persisted story index as the store sees it: opaque bytes the cluster stage encodes, keyed
 * so that an incremental ingest writes only what changed. A document's row is written once, when
 * it joins the index; a story's row (keyed by the position of its founding document, which
 * never changes) is rewritten only when the story changes.
 */
export interface IndexDocumentRow {
  /** Order in which the index took the document (0, 1, 2, …). */
  readonly position: number;
  readonly documentId: string;
  readonly state: Uint8Array;
}

export interface IndexStoryRow {
  readonly founder: number;
  readonly state: Uint8Array;
}

export interface IndexRows {
  /** The term statistics (vocabulary and document frequencies). */
  readonly stats: Uint8Array;
  /** Ordered by position. */
  readonly documents: readonly IndexDocumentRow[];
  /** Ordered by founder. */
  readonly stories: readonly IndexStoryRow[];
}

export interface IndexChanges {
  readonly stats: Uint8Array;
  /** Documents new to the index. */
  readonly documents: readonly IndexDocumentRow[];
  /** Stories new or changed. */
  readonly stories: readonly IndexStoryRow[];
  /** Founders of stories merged away. */
  readonly removedStories: readonly number[];
}
