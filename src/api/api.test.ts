import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Report } from "../model/report.js";
import { startApi, type TestApi } from "./test-support/harness.js";
import { join } from "node:path";
import { openStore } from "../store/index.js";
import { ferryStory, twoStoryReport } from "./test-support/fixtures.js";

interface Listing {
  readonly items: readonly Record<string, unknown>[];
  readonly total: number;
  readonly page: number;
  readonly nextPage: number | null;
}
const ids = (body: unknown) => (body as Listing).items.map((i) => i["id"]);

describe("the read routes of /api/v1", () => {
  let api: TestApi;
  let report: Report;
  let golden: string;
  before(async () => {
    report = twoStoryReport();
    golden = report.stories[0]?.id ?? "";
    api = await startApi({ report });
  });
  after(() => api.close());

  test("stories are listed newest first with their summaries", async () => {
    const { status, body } = await api.fetch("/api/v1/stories");
    assert.equal(status, 200);
    assert.deepEqual(ids(body), ["s-ferry", golden]);
    const ferry = (body as Listing).items[0];
    assert.deepEqual(ferry?.["outlets"], ["Illan Courier", "Korvath Post"]);
    assert.equal(ferry?.["lastPublished"], "2031-03-06");
    assert.ok(((body as Listing).items[1]?.["disputedCount"] as number) > 0);
  });

  test("story filters: text, place, entity, event type, outlet, disputes, dates", async () => {
    const cases: [string, string[]][] = [
      ["q=pier", ["s-ferry"]],
      ["place=illan", ["s-ferry"]],
      ["place=Tajikistan", [golden]],
      ["entity=ent-korvath", ["s-ferry"]],
      ["entity=KORVATH", ["s-ferry"]],
      ["type=air-strike", [golden]],
      ["type=disaster", ["s-ferry"]],
      ["outlet=korvath%20post", ["s-ferry"]],
      ["disputed=true", [golden]],
      ["disputed=false", ["s-ferry"]],
      ["from=2031-01-01", ["s-ferry"]],
      ["to=2019-01-01", [golden]],
      ["from=2019-01-01&to=2030-01-01", []],
      ["place=nowhere", []],
    ];
    for (const [query, expected] of cases) {
      const { status, body } = await api.fetch(`/api/v1/stories?${query}`);
      assert.equal(status, 200, query);
      assert.deepEqual(ids(body), expected, query);
    }
  });

  test("lists are paginated: limit, page and the next page", async () => {
    const first = await api.fetch("/api/v1/stories?limit=1");
    assert.deepEqual({ ids: ids(first.body), total: (first.body as Listing).total, next: (first.body as Listing).nextPage }, { ids: ["s-ferry"], total: 2, next: 2 });
    const second = await api.fetch("/api/v1/stories?limit=1&page=2");
    assert.deepEqual({ ids: ids(second.body), next: (second.body as Listing).nextPage }, { ids: [golden], next: null });
    const beyond = await api.fetch("/api/v1/stories?limit=1&page=9");
    assert.deepEqual(ids(beyond.body), []);
  });

  test("a bad query value, an unknown or repeated parameter, or broken percent-encoding is a 400 problem", async () => {
    for (const query of ["limit=0", "limit=101", "page=two", "disputed=maybe", "from=yesterday", "colour=red", "q=a&q=b", "q=%E0%A4%A", "type="]) {
      const { status, headers, body } = await api.fetch(`/api/v1/stories?${query}`);
      assert.equal(status, 400, query);
      assert.match(headers.get("content-type") ?? "", /^application\/problem\+json/u);
      assert.equal((body as { status: number }).status, 400);
    }
    assert.equal((await api.fetch("/api/v1/stories/%E0%A4%A")).status, 400);
  });

  test("a story answers its report record and its documents without text; an unknown id is a 404 problem", async () => {
    const { status, body } = await api.fetch(`/api/v1/stories/${golden}`);
    assert.equal(status, 200);
    const detail = body as { story: { id: string; facts: unknown[] }; documents: Record<string, unknown>[] };
    assert.equal(detail.story.id, golden);
    assert.deepEqual(detail.story, report.stories[0]);
    assert.ok(detail.documents.length > 0 && detail.documents.every((d) => !("text" in d) && !("source" in d)));
    const missing = await api.fetch("/api/v1/stories/no-such-story");
    assert.equal(missing.status, 404);
    assert.match((missing.body as { detail: string }).detail, /no-such-story/u);
  });

  test("a story exports as JSON, Markdown, HTML, CSV and GeoJSON", async () => {
    const json = await api.fetch("/api/v1/stories/s-ferry/export");
    assert.deepEqual((json.body as Report).stories.map((s) => s.id), ["s-ferry"]);
    assert.match(json.headers.get("content-disposition") ?? "", /attachment; filename="s-ferry\.json"/u);
    const md = await api.fetch("/api/v1/stories/s-ferry/export?format=md");
    assert.match(md.text, /Storm halts the Korvath ferry/u);
    const html = await api.fetch("/api/v1/stories/s-ferry/export?format=html");
    assert.match(html.headers.get("content-security-policy") ?? "", /script-src 'none'/u);
    const csv = await api.fetch("/api/v1/stories/s-ferry/export?format=csv");
    assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/u);
    const geo = await api.fetch("/api/v1/stories/s-ferry/export?format=geojson");
    const features = (geo.body as { features: { properties: { kind: string; name?: string }; geometry: { coordinates: number[] } }[] }).features;
    assert.deepEqual(features.map((f) => [f.properties.kind, f.geometry.coordinates]), [["place", [20.25, 10.5]], ["event", [20.25, 10.5]]]);
    assert.equal((await api.fetch("/api/v1/stories/s-ferry/export?format=pdf")).status, 400);
    assert.equal((await api.fetch("/api/v1/stories/nope/export?format=md")).status, 404);
  });

  test("a search exports every story it selects, unpaginated, in one file", async () => {
    const all = await api.fetch("/api/v1/export");
    assert.deepEqual((all.body as Report).stories.map((s) => s.id), ["s-ferry", golden]);
    const disputed = await api.fetch("/api/v1/export?disputed=true&format=json");
    const narrowed = disputed.body as Report;
    assert.deepEqual(narrowed.stories.map((s) => s.id), [golden]);
    assert.ok(narrowed.documents.every((d) => !d.id.startsWith("ferry")));
    const csv = await api.fetch("/api/v1/export?place=illan&format=csv");
    assert.match(csv.headers.get("content-disposition") ?? "", /filename="search\.csv"/u);
    assert.equal((await api.fetch("/api/v1/export?page=2")).status, 400);
  });

  test("documents: listed newest first with filters, one with its text, unknown id 404", async () => {
    assert.deepEqual(ids((await api.fetch("/api/v1/documents?story=s-ferry")).body), ["ferry-b", "ferry-a"]);
    assert.deepEqual(ids((await api.fetch("/api/v1/documents?outlet=Illan%20Courier")).body), ["ferry-a"]);
    assert.deepEqual(ids((await api.fetch("/api/v1/documents?q=waves")).body), ["ferry-b"]);
    const one = await api.fetch("/api/v1/documents/ferry-a");
    const doc = one.body as { text: string; url: string; storyIds: string[] };
    assert.equal(doc.text, report.documents.find((d) => d.id === "ferry-a")?.text);
    assert.deepEqual([doc.url, doc.storyIds], ["https://illan-courier.example/ferry", ["s-ferry"]]);
    assert.equal((await api.fetch("/api/v1/documents/nope")).status, 404);
  });

  test("entities: filtered by spelling and type; one with every mention in context and its stories", async () => {
    assert.deepEqual(ids((await api.fetch("/api/v1/entities?q=korv")).body), ["ent-korvath"]);
    const locations = (await api.fetch("/api/v1/entities?type=location&story=s-ferry")).body;
    assert.deepEqual(ids(locations), ["ent-illan", "ent-korvath"]);
    const { body } = await api.fetch("/api/v1/entities/ent-illan");
    const entity = body as { mentions: { documentId: string; start: number; end: number; text: string; before: string; after: string }[]; stories: { id: string }[] };
    assert.equal(entity.mentions.length, 2);
    for (const m of entity.mentions) {
      const text = report.documents.find((d) => d.id === m.documentId)?.text ?? "";
      assert.equal(m.text, "Illan");
      assert.equal(`${m.before}${m.text}${m.after}`, text.slice(m.start - m.before.length, m.end + m.after.length));
    }
    assert.deepEqual(entity.stories.map((s) => s.id), ["s-ferry"]);
    assert.equal((await api.fetch("/api/v1/entities?type=planet")).status, 400);
    assert.equal((await api.fetch("/api/v1/entities/nope")).status, 404);
  });

  test("events, facts and quotes are listed by story and filtered", async () => {
    assert.deepEqual(ids((await api.fetch("/api/v1/events?story=s-ferry")).body), ["evt-storm"]);
    assert.deepEqual(ids((await api.fetch("/api/v1/events?type=disaster&from=2031-03-01&to=2031-03-31")).body), ["evt-storm"]);
    const disputed = (await api.fetch("/api/v1/facts?status=disputed")).body as Listing;
    assert.ok(disputed.total > 0 && disputed.items.every((f) => f["status"] === "disputed" && f["storyId"] === golden));
    assert.equal(((await api.fetch("/api/v1/facts?story=s-ferry")).body as Listing).total, 0);
    const quotes = (await api.fetch(`/api/v1/quotes?story=${golden}`)).body as Listing;
    assert.equal(quotes.total, report.stories[0]?.quotes.length);
    assert.equal((await api.fetch("/api/v1/facts?status=rumoured")).status, 400);
  });

  test("an answer carries an ETag, and the same ETag in If-None-Match gets 304 without a body", async () => {
    const first = await api.fetch("/api/v1/stories");
    const etag = first.headers.get("etag");
    assert.ok(etag);
    const again = await api.fetch("/api/v1/stories", { headers: { "if-none-match": etag } });
    assert.deepEqual([again.status, again.text], [304, ""]);
    const other = await api.fetch("/api/v1/stories", { headers: { "if-none-match": '"stale"' } });
    assert.equal(other.status, 200);
  });

  test("JSON answers carry nosniff; HTML pages carry a CSP forbidding script and remote loads", async () => {
    assert.equal((await api.fetch("/api/v1/stories")).headers.get("x-content-type-options"), "nosniff");
    assert.equal((await api.fetch("/api/v1/nope")).headers.get("x-content-type-options"), "nosniff");
    for (const path of ["/", "/stories/s-ferry"]) {
      const page = await api.fetch(path);
      assert.equal(page.status, 200, path);
      const csp = page.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'none'/u);
      assert.match(csp, /script-src 'none'/u);
      assert.doesNotMatch(csp, /https?:|\*/u);
    }
    assert.equal((await api.fetch("/stories/nope")).status, 404);
  });

  test("unknown routes are 404 problems and other methods 405 with Allow", async () => {
    const missing = await api.fetch("/api/v1/nothing");
    assert.equal(missing.status, 404);
    const wrong = await api.fetch("/api/v1/stories", { method: "DELETE" });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get("allow"), "GET");
  });

  test("no answer mentions where the store lives", async () => {
    for (const path of ["/api/v1/stories", `/api/v1/stories/${golden}`, "/api/v1/documents?limit=100", "/api/v1/documents/ferry-a", "/api/v1/nothing", "/api/openapi.json"]) {
      assert.ok(!(await api.fetch(path)).text.includes(api.dir), path);
    }
  });
});

describe("an empty store", () => {
  test("lists are empty pages, look-ups 404, and / says no analysis is held", async () => {
    const api = await startApi({ report: null });
    try {
      const { body } = await api.fetch("/api/v1/stories");
      assert.deepEqual(body, { items: [], total: 0, page: 1, limit: 20, nextPage: null });
      assert.equal((await api.fetch("/api/v1/entities/x")).status, 404);
      assert.equal((await api.fetch("/")).status, 404);
    } finally {
      await api.close();
    }
  });
});

describe("writes another connection commits to the store file", () => {
  test("are served on the next request, the rewritten story's page included", async () => {
    const api = await startApi({ report: twoStoryReport() });
    const other = await openStore(join(api.dir, "store.db"));
    try {
      const before = (await api.fetch("/api/v1/documents")).body as Listing;
      const ferryPage = (await api.fetch("/stories/s-ferry")).text;
      const { documents, story } = ferryStory();
      const late = { ...documents[0]!, id: "ferry-late", source: "late.txt", title: "Ferry runs again", publishedAt: "2031-03-09" };
      await other.putDocuments([late]);
      const after = (await api.fetch("/api/v1/documents")).body as Listing;
      assert.equal(after.total, before.total + 1);
      assert.equal(after.items[0]?.["id"], "ferry-late");

      const index = { stats: new Uint8Array(), documents: [], stories: [], removedStories: [] };
      await other.updateStories({ stories: [{ ...story, title: "Ferry back after the storm" }], removed: [], analysed: [], index });
      assert.match((await api.fetch("/stories/s-ferry")).text, /Ferry back after the storm/u);
      assert.notEqual((await api.fetch("/stories/s-ferry")).text, ferryPage);
      assert.deepEqual(ids((await api.fetch("/api/v1/stories?q=pier")).body), ["s-ferry"]);
      assert.equal(((await api.fetch("/api/v1/stories/s-ferry")).body as { summary: { title: string } }).summary.title, "Ferry back after the storm");
    } finally {
      await other.close();
      await api.close();
    }
  });
});

test("a large answer goes gzipped to a client that takes gzip, with its own tag, and plain to one that does not", async () => {
  const api = await startApi({ report: twoStoryReport() });
  try {
    const zipped = await api.fetch("/stories/s-ferry", { headers: { "accept-encoding": "gzip" } });
    const plain = await api.fetch("/stories/s-ferry", { headers: { "accept-encoding": "identity" } });
    const refused = await api.fetch("/stories/s-ferry", { headers: { "accept-encoding": "gzip;q=0, identity" } });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers.get("content-encoding"), "gzip");
    assert.equal(plain.headers.get("content-encoding"), null);
    assert.equal(refused.headers.get("content-encoding"), null);
    assert.equal(zipped.headers.get("vary"), "accept-encoding");
    assert.ok(plain.text.length > 1024 && zipped.text === plain.text, "the same page either way");
    assert.notEqual(zipped.headers.get("etag"), plain.headers.get("etag"));
    const again = await api.fetch("/stories/s-ferry", { headers: { "accept-encoding": "gzip", "if-none-match": zipped.headers.get("etag") ?? "" } });
    assert.equal(again.status, 304);
  } finally {
    await api.close();
  }
});
