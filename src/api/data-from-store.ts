import { API, STORE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { EntityType } from "../model/entity.js";
import { REPORT_VERSION, type Report, type ReportStory } from "../model/report.js";
import type { Page as StorePage, Store, StoryFilter as StoreStoryFilter } from "../store/index.js";
import type { ApiData, BodyRecord } from "./data.js";
import type { Offload } from "./offload.js";
import type { DocumentRef, EntityStory, IngestAnswer, Page, StoryFilter } from "./schemas.js";
import { documentSummary, entitySummary, mentionsInContext, storySummary } from "./summaries.js";

type PageQuery = { readonly page?: number; readonly limit?: number };

/** The store's page (offset, limit) of the API's (1-based page, limit). */
function pageRequest(query: PageQuery): { offset: number; limit: number } {
  const limit = query.limit ?? API.DEFAULT_PAGE_SIZE;
  return { offset: ((query.page ?? 1) - 1) * limit, limit };
}

/** The API's page of a store's page, its items mapped. */
async function pageOf<T, U>(query: PageQuery, page: StorePage<T>, map: (item: T) => U | Promise<U>): Promise<Page<U>> {
  const { offset, limit } = pageRequest(query);
  const number = query.page ?? 1;
  const items = await Promise.all(page.items.map(map));
  return { items, total: page.total, page: number, limit, nextPage: offset + limit < page.total ? number + 1 : null };
}

/** Only the filters given: the store's filters take no undefined values. */
function given<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as T;
}

/** The store's story filter of the API's. */
function storyFilter(q: StoryFilter): StoreStoryFilter {
  return given({ query: q.q, from: q.from, to: q.to, place: q.place, entity: q.entity, eventType: q.type, outlet: q.outlet, disputed: q.disputed });
}

/**
 * `ApiData` over the Store's own paginated reads: every read asks the store for one page or one
 * record (the table store answers with indexed queries), so nothing holds the whole analysis in
 * memory. Writes store the documents and update the analysis incrementally on the worker thread
 * (only the stories new documents join or change are analysed again). The content version is
 * the store's, which moves on writes made by any connection or process.
 *
 * @param offload runs extraction and the incremental analysis on the worker thread, so reads go on meanwhile.
 * @param db the store's file, which the worker opens with a connection of its own.
 */
/**
 * `afterPut`, when given, takes over what follows storing a POST's documents (their ids, new and
 * already held): `serve --queue` leaves the analysis to the workers. Without it the worker thread
 * updates the analysis incrementally.
 */
export function dataFromStore(store: Store, offload: Offload, db: string, afterPut?: (ids: readonly string[]) => Promise<void>): ApiData {
  // Writes run one after another: two POSTs must not analyse interleaved states of the store.
  let writes: Promise<unknown> = Promise.resolve();

  const storyIdsOf = async (documentId: string): Promise<string[]> =>
    (await store.listStories({ documentId }, { limit: STORE.MAX_PAGE })).items.map((s) => s.id);
  const summaryOf = async (d: Document) => documentSummary(d, await storyIdsOf(d.id));
  /** A story with its documents (ordered by id), or null. */
  const storyWithDocuments = async (id: string): Promise<{ story: ReportStory; documents: Document[] } | null> => {
    const story = await store.story(id);
    return story ? { story, documents: await store.documentsById(story.documentIds) } : null;
  };
  const summaryOfStory = async (id: string) => {
    const found = await storyWithDocuments(id);
    if (!found) throw new Error(`story ${id} was listed but cannot be read`);
    return storySummary(found.story, found.documents);
  };
  /** The report narrowed to `stories` and their documents, as exports render it. */
  const narrowed = async (stories: readonly ReportStory[]): Promise<Report> => {
    const documents = await store.documentsById(stories.flatMap((s) => s.documentIds));
    return { version: REPORT_VERSION, documents, stories: [...stories], skipped: [] };
  };
  /** Every story the filter selects, newest first, page by page. */
  const everyStory = async (filter: StoreStoryFilter): Promise<ReportStory[]> => {
    const out: ReportStory[] = [];
    for (let offset = 0; ; offset += STORE.MAX_PAGE) {
      const page = await store.listStories(filter, { offset, limit: STORE.MAX_PAGE });
      for (const s of page.items) {
        const story = await store.story(s.id);
        if (story) out.push(story);
      }
      if (offset + STORE.MAX_PAGE >= page.total) return out;
    }
  };
  /** The stories where an entity of this type and name appears, with that entity's id in each. */
  const storiesNaming = async (stories: readonly { id: string; title: string }[], type: EntityType, name: string): Promise<EntityStory[]> => {
    const out: EntityStory[] = [];
    for (const s of stories) {
      const named = await store.listEntities({ storyId: s.id, type, name }, { limit: 1 });
      const entity = named.items[0];
      if (entity) out.push({ id: s.id, title: s.title, entityId: entity.id });
    }
    return out;
  };

  const ingest = async (records: readonly BodyRecord[]): Promise<IngestAnswer> => {
    const extraction = await offload.extract(records.map((r) => ({ ...r.value, source: r.source })));
    const lines = new Map(records.map((r) => [r.source, r.line]));
    const rejected = extraction.rejections.map((r) => ({ ...r, line: r.line ?? lines.get(r.source) ?? null }));
    const put = await store.putDocuments(extraction.documents);
    await store.putRejections(rejected);
    const titles = new Map(extraction.documents.map((d) => [d.id, d.title]));
    const ref = (id: string): DocumentRef => ({ id, title: titles.get(id) ?? null });
    // Incremental: the new documents join the saved story index and only the stories they join
    // or change are analysed again, on the worker thread through its own connection.
    if (afterPut) await afterPut([...put.added, ...put.existing]);
    else if (put.added.length > 0) await offload.update(db);
    const storyCount = (await store.listStories({}, { limit: 1 })).total;
    return { added: put.added.map(ref), existing: put.existing.map(ref), rejected, storyCount };
  };

  return {
    contentVersion: () => store.version(),
    storyRevision: (id) => store.storyRevision(id),
    stories: async (query) => pageOf(query, await store.listStories(storyFilter(query), pageRequest(query)), (s) => summaryOfStory(s.id)),
    story: async (id) => {
      const found = await storyWithDocuments(id);
      if (!found) return null;
      const documents = await Promise.all(found.documents.map(summaryOf));
      return { summary: storySummary(found.story, found.documents), story: found.story, documents };
    },
    storyReport: async (id) => {
      const story = await store.story(id);
      return story ? narrowed([story]) : null;
    },
    searchReport: async (filter) => {
      if ((await store.listStories({}, { limit: 1 })).total === 0) return null;
      return narrowed(await everyStory(storyFilter(filter)));
    },
    documents: async (query) =>
      pageOf(query, await store.listDocuments(given({ storyId: query.story, outlet: query.outlet, query: query.q }), pageRequest(query)), summaryOf),
    document: async (id) => {
      const d = await store.document(id);
      return d ? { ...(await summaryOf(d)), text: d.text } : null;
    },
    entities: async (query) =>
      pageOf(query, await store.listEntities(given({ storyId: query.story, type: query.type, contains: query.q }), pageRequest(query)), entitySummary),
    entity: async (id) => {
      const first = (await store.listEntities({ id }, { limit: 1 })).items[0];
      const detail = first ? await store.entity(first.storyId, id) : null;
      if (!detail) return null;
      const e = detail.entity;
      const documents = await store.documentsById(e.mentions.map((m) => m.documentId));
      const mentions = mentionsInContext(e, new Map(documents.map((d) => [d.id, d])));
      const stories = await storiesNaming(detail.stories, e.type, e.name);
      return { id: e.id, storyId: e.storyId, type: e.type, name: e.name, aliases: e.aliases, geo: e.geo, mentions, stories };
    },
    events: async (query) =>
      pageOf(query, await store.listEvents(given({ storyId: query.story, type: query.type, from: query.from, to: query.to }), pageRequest(query)), (e) => e),
    facts: async (query) =>
      pageOf(query, await store.listFacts(given({ storyId: query.story, property: query.property, status: query.status }), pageRequest(query)), (f) => f),
    quotes: async (query) => pageOf(query, await store.listQuotes(given({ storyId: query.story, speaker: query.speaker }), pageRequest(query)), (q) => q),
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
