import type { Store } from "../store/index.js";
import { buildCatalog, type Catalog } from "./catalog.js";
import type { ApiData, BodyRecord } from "./data.js";
import * as Q from "./queries.js";
import type { Offload } from "./offload.js";
import type { DocumentRef, IngestAnswer, Page } from "./schemas.js";

type PageQuery = { readonly page?: number; readonly limit?: number };

/**
 * `ApiData` over today's Store (one analysis blob): the stored report is indexed once per
 * content version (src/api/catalog.ts) and every read filters that index. The version is a
 * counter this object bumps on each write it makes. After the table store lands, this is the
 * one file to rewire to its read methods.
 *
 * @param offload runs extraction and analysis on the worker thread, so reads go on meanwhile.
 */
export function dataFromStore(store: Store, offload: Offload): ApiData {
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
      const report = await offload.analyze({ documents: await store.documents(), rejections: await store.rejections() });
      await store.putReport(report);
      storyCount = report.stories.length;
      version += 1;
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
