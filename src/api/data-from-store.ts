import type { Store } from "../store/index.js";
import { buildCatalog, type Catalog } from "./catalog.js";
import type { ApiData, BodyRecord } from "./data.js";
import * as Q from "./queries.js";
import type { Offload } from "./offload.js";
import type { DocumentRef, IngestAnswer, Page } from "./schemas.js";

type PageQuery = { readonly page?: number; readonly limit?: number };

/**
 * `ApiData` over the Store: writes store the documents and update the analysis incrementally
 * (only the stories new documents join or change are analysed again); reads index the stored
 * report once per content version (src/api/catalog.ts) and filter that index. The version is a
 * counter this object bumps on each write it makes. Next: answer reads from the table store's
 * own paginated methods (listStories, entity, listEvents…) instead of the whole report.
 *
 * @param offload runs extraction and the incremental analysis on the worker thread, so reads go on meanwhile.
 * @param db the store's file, which the worker opens with a connection of its own.
 */
export function dataFromStore(store: Store, offload: Offload, db: string): ApiData {
  let version = 0;
  let cached: { readonly version: number; readonly catalog: Catalog | null } | null = null;
  // Writes run one after another: two POSTs must not analyse interleaved states of the store.
  let writes: Promise<unknown> = Promise.resolve();

  const catalog = async (): Promise<Catalog | null> => {
    if (cached?.version !== version) {
      const seen = version;
      const report = await store.report();
      cached = { version: seen, catalog: report ? buildCatalog(report) : null };
    }
    return cached.catalog;
  };
  /** A list read: an empty page before any analysis is stored. */
  const list = async <T>(query: PageQuery, read: (c: Catalog) => Page<T>): Promise<Page<T>> => {
    const c = await catalog();
    return c ? read(c) : Q.paginate<T>([], query);
  };
  /** A look-up: null before any analysis is stored. */
  const look = async <T>(read: (c: Catalog) => T | null): Promise<T | null> => {
    const c = await catalog();
    return c ? read(c) : null;
  };
  const textMatches = async (q: string | undefined): Promise<Q.TextMatches> => (q === undefined ? null : new Set((await store.search(q)).map((h) => h.documentId)));

  const ingest = async (records: readonly BodyRecord[]): Promise<IngestAnswer> => {
    const extraction = await offload.extract(records.map((r) => ({ ...r.value, source: r.source })));
    const lines = new Map(records.map((r) => [r.source, r.line]));
    const rejected = extraction.rejections.map((r) => ({ ...r, line: r.line ?? lines.get(r.source) ?? null }));
    const put = await store.putDocuments(extraction.documents);
    await store.putRejections(rejected);
    const titles = new Map(extraction.documents.map((d) => [d.id, d.title]));
    const ref = (id: string): DocumentRef => ({ id, title: titles.get(id) ?? null });
    let storyCount = (await store.stories()).length;
    if (put.added.length > 0) {
      // Incremental: the new documents join the saved story index and only the stories they join
      // or change are analysed again, on the worker thread through its own connection.
      await offload.update(db);
      version += 1;
      storyCount = (await store.stories()).length;
    }
    return { added: put.added.map(ref), existing: put.existing.map(ref), rejected, storyCount };
  };

  return {
    contentVersion: async () => String(version),
    stories: async (query) => {
      const matches = await textMatches(query.q);
      return list(query, (c) => Q.listStories(c, query, matches));
    },
    story: async (id) => look((c) => Q.storyDetail(c, id)),
    storyReport: async (id) => look((c) => Q.storyReport(c, id)),
    searchReport: async (filter) => {
      const matches = await textMatches(filter.q);
      return look((c) => Q.searchReport(c, filter, matches));
    },
    report: async () => (await catalog())?.report ?? null,
    documents: async (query) => {
      const matches = await textMatches(query.q);
      return list(query, (c) => Q.listDocuments(c, query, matches));
    },
    document: async (id) => look((c) => Q.documentDetail(c, id)),
    entities: async (query) => list(query, (c) => Q.listEntities(c, query)),
    entity: async (id) => look((c) => Q.entityDetail(c, id)),
    events: async (query) => list(query, (c) => Q.listEvents(c, query)),
    facts: async (query) => list(query, (c) => Q.listFacts(c, query)),
    quotes: async (query) => list(query, (c) => Q.listQuotes(c, query)),
    putDocuments: (records) => {
      const run = writes.then(() => ingest(records));
      writes = run.catch(() => undefined);
      return run;
    },
    close: async () => {
      await writes;
      await store.close();
    },
  };
}
