import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { createHasher, makeId } from "../core/hash.js";
import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Hasher, Resources } from "../model/resources.js";
import { createExtractor, extractAll, extractDocument, extractStage } from "./index.js";

function record(fields: Partial<InputRecord>): InputRecord {
  return {
    source: "test.txt", id: null, text: null, html: null, title: null, url: null,
    outlet: null, author: null, publishedAt: null, language: null, ...fields,
  };
}

function asDocument(result: Document | Rejection): Document {
  assert.ok("text" in result, `expected a document, got ${JSON.stringify(result)}`);
  return result;
}

const BANNER = readFileSync("test/fixtures/extract/banner-title/input.txt", "utf8");
const WIRE = readFileSync("test/fixtures/extract/wire-header/input.txt", "utf8");
const PAGE = readFileSync("test/fixtures/extract/html-page/page.html", "utf8");
const FRENCH =
  "Le pont de Lowmarsh a rouvert lundi matin après trois semaines de travaux, a annoncé la mairie. " +
  "Les habitants du quartier bas pourront de nouveau traverser la rivière à pied et en voiture.";

describe("extractDocument", () => {
  let hasher: Hasher;
  before(async () => {
    hasher = await createHasher();
  });

  test("takes U+0000 out of every field, so a document stores on PostgreSQL as on SQLite", () => {
    const nul = "\u0000";
    const doc = asDocument(extractDocument(record({ id: `a${nul}1`, text: FRENCH.replace("pont", `po${nul}nt`), title: `Le pont${nul}`, outlet: `Le${nul} Courrier` }), hasher));
    assert.equal(doc.id, "a1");
    assert.equal(doc.title, "Le pont");
    assert.equal(doc.outlet, "Le Courrier");
    assert.ok(doc.text.startsWith("Le pont de Lowmarsh"));
    assert.ok(!JSON.stringify(doc).includes("\\u0000"), "no NUL anywhere in the document");
    const page = asDocument(extractDocument(record({ html: PAGE.replace("<p>", `<p>${nul}`) }), hasher));
    assert.ok(!JSON.stringify(page).includes("\\u0000"));
  });

  test("builds a document from scraped text with its inferred title, outlet, date and syndicator", () => {
    const banner = asDocument(extractDocument(record({ text: BANNER }), hasher));
    assert.equal(banner.title, "Flood barrier holds as river peaks in Lowmarsh");
    assert.equal(banner.outlet, "Lowmarsh Ledger");
    assert.equal(banner.language, "en");
    const wire = asDocument(extractDocument(record({ text: WIRE }), hasher));
    assert.equal(wire.publishedAt, "2031-03-04");
    assert.equal(wire.syndicator, "PRESSWIRE");
    assert.equal(wire.outlet, "Tamsin Herald");
  });

  test("ids a document by the hash of its cleaned text, outlet and URL unless the record gives an id", () => {
    const doc = asDocument(extractDocument(record({ text: BANNER }), hasher));
    assert.equal(doc.id, makeId(hasher, "doc", doc.text, "Lowmarsh Ledger", ""));
    assert.equal(asDocument(extractDocument(record({ text: BANNER, id: "given-7" }), hasher)).id, "given-7");
  });

  test("prefers metadata given on the record over what the page or cleaner found", () => {
    const doc = asDocument(
      extractDocument(record({ html: PAGE, title: "Given title", outlet: "Given Outlet", publishedAt: "2031-09-15" }), hasher),
    );
    assert.equal(doc.title, "Given title");
    assert.equal(doc.outlet, "Given Outlet");
    assert.equal(doc.publishedAt, "2031-09-15");
    assert.equal(doc.author, "Corin Vale");
    assert.equal(doc.url, "https://gazette.example/news/harbour-wall");
  });

  test("separates an HTML article's paragraphs with blank lines", () => {
    const doc = asDocument(extractDocument(record({ html: PAGE }), hasher));
    assert.equal(doc.text.split("\n\n").length, 5);
    assert.ok(!doc.text.includes("SECRET"));
  });

  test("detects the language of a long enough text and leaves a short one unknown", () => {
    assert.equal(asDocument(extractDocument(record({ text: FRENCH }), hasher)).language, "fr");
    const short = asDocument(extractDocument(record({ text: "The Pell ferry ran on time again today, the harbour office said in a notice." + " Crews agreed." }), hasher));
    assert.equal(short.language, null);
  });

  test("rejects a body too short to be an article as not-article", () => {
    const result = extractDocument(record({ text: "Share this article\nThe quay." }), hasher);
    assert.ok(!("text" in result));
    assert.equal(result.code, "not-article");
    assert.equal(result.source, "test.txt");
  });
});

describe("extractStage", () => {
  test("rejects a later document with the same text as a duplicate naming the later source", async () => {
    const hasher = await createHasher();
    const inputs = [
      record({ source: "a.txt", text: BANNER }),
      record({ source: "b.txt", text: `${BANNER}\n\nShare this article\n` }),
      record({ source: "c.txt", text: WIRE }),
      record({ source: "d.txt", text: "tiny" }),
    ];
    const resources = { hasher } as unknown as Resources;
    const out = extractStage.run({ inputs }, resources);
    assert.deepEqual(out.documents.map((d) => d.source), ["a.txt", "c.txt"]);
    assert.deepEqual(out.rejections.map((r) => [r.code, r.source]), [["duplicate", "b.txt"], ["not-article", "d.txt"]]);
    assert.match(out.rejections[0]?.reason ?? "", /a\.txt/);
    assert.deepEqual(Object.keys(out).sort(), ["documents", "rejections"]);
    assert.deepEqual(extractAll(inputs, hasher), out, "same input, same output");
  });
});

describe("extractAll: sources and duplicates", () => {
  const BODY =
    "The Oster canal lock reopened on Thursday after a six-month repair, the canal trust said.\n\n" +
    "Boats queued from early morning to pass through the new gates.";

  test("keeps two outlets whose cleaned texts are identical as two documents with different ids", async () => {
    const hasher = await createHasher();
    const out = extractAll([
      record({ source: "a.txt", text: BODY, outlet: "Oster Courier" }),
      record({ source: "b.txt", text: BODY, outlet: "Canal Weekly" }),
    ], hasher);
    assert.deepEqual(out.documents.map((d) => d.outlet), ["Oster Courier", "Canal Weekly"]);
    assert.notEqual(out.documents[0]?.id, out.documents[1]?.id);
    assert.deepEqual(out.rejections, []);
  });

  test("keeps two scraped copies whose credit lines name different outlets apart", async () => {
    const hasher = await createHasher();
    const out = extractAll([
      record({ source: "a.txt", text: `(QUAYWIRE- Oster Courier) ${BODY}` }),
      record({ source: "b.txt", text: `(QUAYWIRE- Canal Weekly) ${BODY}` }),
    ], hasher);
    assert.equal(out.documents.length, 2);
    assert.equal(out.documents[0]?.text, out.documents[1]?.text);
  });

  test("still rejects the same text from the same outlet and URL as a duplicate", async () => {
    const hasher = await createHasher();
    const out = extractAll([
      record({ source: "a.txt", text: BODY, outlet: "Oster Courier", url: "https://courier.example/lock" }),
      record({ source: "b.txt", text: `${BODY}\n\nShare this article`, outlet: "Oster Courier", url: "https://courier.example/lock" }),
    ], hasher);
    assert.deepEqual(out.rejections.map((r) => [r.code, r.source]), [["duplicate", "b.txt"]]);
  });

  test("a streaming extractor that keeps repeats returns both crawls of one page, and still refuses a given id's second text", async () => {
    const hasher = await createHasher();
    const page = { text: BODY, outlet: "Oster Courier", url: "https://courier.example/lock" };
    const keep = createExtractor(hasher, "keep");
    const [first, second] = [keep(record({ source: "a.txt", ...page })), keep(record({ source: "b.txt", ...page }))];
    assert.equal(asDocument(second).id, asDocument(first).id);
    assert.equal(asDocument(second).source, "b.txt");
    const given = [keep(record({ source: "c.txt", id: "lock-1", text: BODY })), keep(record({ source: "d.txt", id: "lock-1", text: `${BODY} Tolls rise in May.` }))];
    assert.ok("code" in (given[1] as Rejection) && (given[1] as Rejection).code === "duplicate");
    const reject = createExtractor(hasher);
    reject(record({ source: "a.txt", ...page }));
    assert.equal((reject(record({ source: "b.txt", ...page })) as Rejection).code, "duplicate");
  });

  test("takes an embedded post's author as the outlet only when the file is named after it", async () => {
    const hasher = await createHasher();
    const text = readFileSync("test/fixtures/extract/scraped-corpus/gull-gazette.txt", "utf8");
    const named = asDocument(extractDocument(record({ source: "corpus/gull-gazette.txt", text }), hasher));
    assert.equal(named.outlet, "Gull Gazette");
    const other = asDocument(extractDocument(record({ source: "corpus/item-17.txt", text }), hasher));
    assert.equal(other.outlet, null);
  });
});
