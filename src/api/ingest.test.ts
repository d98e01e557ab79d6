import assert from "node:assert/strict";
import { test } from "node:test";
import { startApi, type TestApi } from "./test-support/harness.js";

/** Invented articles: two outlets on one harbour fire in a fictional town. */
const ARTICLES = [
  {
    id: "quay-fire-1",
    title: "Fire destroys warehouses at Brennock quay",
    outlet: "Brennock Tribune",
    publishedAt: "2033-05-02",
    text: "A fire destroyed three warehouses at the Brennock quay on Monday night, the town's fire service said. Two workers were injured and taken to the Brennock general hospital. Firefighters from four stations fought the blaze for six hours before it was brought under control. The cause of the fire is not yet known, a spokesman for the harbour board said.",
  },
  {
    id: "quay-fire-2",
    title: "Brennock quay blaze injures workers",
    outlet: "Coastal Ledger",
    publishedAt: "2033-05-03",
    text: "Three workers were injured when fire swept through warehouses on the Brennock quay late on Monday, according to the harbour board. The fire service said crews from four stations spent the night fighting the flames. Shipping at the quay was suspended on Tuesday while inspectors checked the damaged buildings.",
  },
];

const post = (api: TestApi, body: string, headers: Record<string, string> = {}) =>
  api.fetch("/api/v1/documents", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

interface IngestAnswer {
  readonly added: { id: string }[];
  readonly existing: { id: string }[];
  readonly rejected: { code: string; source: string; line: number | null; reason: string }[];
  readonly storyCount: number;
}

test("POST documents stores and analyses new records, and the same records again change nothing", async () => {
  const api = await startApi({ report: null });
  try {
    const first = await post(api, JSON.stringify(ARTICLES));
    assert.equal(first.status, 200);
    const answer = first.body as IngestAnswer;
    assert.deepEqual(answer.added.map((d) => d.id), ["quay-fire-1", "quay-fire-2"]);
    assert.deepEqual([answer.existing, answer.rejected], [[], []]);
    assert.ok(answer.storyCount >= 1);
    const stories = await api.fetch("/api/v1/stories");
    assert.ok((stories.body as { total: number }).total >= 1);
    const etag = stories.headers.get("etag") ?? "";

    const again = (await post(api, JSON.stringify(ARTICLES))).body as IngestAnswer;
    assert.deepEqual(again.added, []);
    assert.deepEqual(again.existing.map((d) => d.id), ["quay-fire-1", "quay-fire-2"]);
    const unchanged = await api.fetch("/api/v1/stories", { headers: { "if-none-match": etag } });
    assert.equal(unchanged.status, 304);
    assert.deepEqual((await api.fetch("/api/v1/documents/quay-fire-1")).status, 200);
  } finally {
    await api.close();
  }
});

test("POST documents takes JSON lines and rejects the items that are not records, naming their lines", async () => {
  const api = await startApi({ report: null });
  try {
    const body = [JSON.stringify(ARTICLES[0]), "", "not json", "[1,2]", JSON.stringify({ title: "no body" })].join("\n");
    const { status, body: answer } = await post(api, body, { "content-type": "application/x-ndjson" });
    assert.equal(status, 200);
    const { added, rejected } = answer as IngestAnswer;
    assert.deepEqual(added.map((d) => d.id), ["quay-fire-1"]);
    assert.deepEqual(rejected.map((r) => [r.code, r.source, r.line]), [["malformed", "body:3", 3], ["malformed", "body:4", 4], ["malformed", "body:5", 5]]);
    assert.match(rejected[2]?.reason ?? "", /neither "text" nor "html"/u);
  } finally {
    await api.close();
  }
});

test("POST documents refuses a body that is not JSON (400), another media type (415), or over the limit (413)", async () => {
  const api = await startApi({ report: null, maxBodyBytes: 2048 });
  try {
    assert.equal((await post(api, "{not json")).status, 400);
    assert.equal((await post(api, "text", { "content-type": "text/plain" })).status, 415);
    const big = await post(api, JSON.stringify([{ text: "x".repeat(4096) }]));
    assert.equal(big.status, 413);
    assert.equal((big.body as { status: number }).status, 413);
  } finally {
    await api.close();
  }
});

test("with a token, writes need it as a bearer token; reads do not", async () => {
  const token = "a-long-enough-test-token";
  const api = await startApi({ report: null, token });
  try {
    const none = await post(api, JSON.stringify(ARTICLES.slice(0, 1)));
    assert.equal(none.status, 401);
    assert.match(none.headers.get("www-authenticate") ?? "", /^Bearer/u);
    assert.equal((await post(api, JSON.stringify(ARTICLES.slice(0, 1)), { authorization: "Bearer wrong-token" })).status, 401);
    assert.equal((await post(api, JSON.stringify(ARTICLES.slice(0, 1)), { authorization: `Bearer ${token}` })).status, 200);
    assert.equal((await api.fetch("/api/v1/stories")).status, 200);
  } finally {
    await api.close();
  }
});

test("a later POST of another happening adds a story and leaves the stored one as it was (incremental)", async () => {
  const api = await startApi({ report: null });
  try {
    await post(api, JSON.stringify(ARTICLES));
    const before = (await api.fetch("/api/v1/stories")).body as { items: { id: string }[] };
    const first = before.items[0]?.id ?? "";
    const storyBefore = await api.fetch(`/api/v1/stories/${encodeURIComponent(first)}`);
    const other = {
      id: "ferry-vote-1",
      title: "Island council votes to keep winter ferry",
      outlet: "Orrin Isle Gazette",
      publishedAt: "2033-09-14",
      text: "The Orrin Isle council voted on Thursday to keep the winter ferry running to the mainland. Councillors approved the budget by seven votes to two after a long debate. The ferry company said the timetable would not change.",
    };
    const answer = (await post(api, JSON.stringify([other]))).body as IngestAnswer;
    assert.deepEqual(answer.added.map((d) => d.id), ["ferry-vote-1"]);
    const after = (await api.fetch("/api/v1/stories")).body as { items: { id: string }[] };
    assert.equal(after.items.length, before.items.length + 1);
    const storyAfter = await api.fetch(`/api/v1/stories/${encodeURIComponent(first)}`);
    assert.deepEqual(storyAfter.body, storyBefore.body, "the untouched story reads the same");
  } finally {
    await api.close();
  }
});
