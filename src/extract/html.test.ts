import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { extractHtml } from "./html.js";

const PAGE = readFileSync("test/fixtures/extract/html-page/page.html", "utf8");

describe("extractHtml", () => {
  const article = extractHtml(PAGE);

  test("keeps the article's paragraphs as separate paragraphs, in order", () => {
    assert.equal(article.paragraphs.length, 5);
    assert.match(article.paragraphs[0] ?? "", /^A section of the harbour wall at Port Verrin gave way/);
    assert.match(article.paragraphs[1] ?? "", /checked the remaining sections of the wall\.$/);
    assert.match(article.paragraphs[3] ?? "", /^"We have been warning/);
    assert.match(article.paragraphs[4] ?? "", /winter of 2019/);
  });

  test("leaves out navigation, footer, comments, the headline and the byline", () => {
    const text = article.paragraphs.join("\n");
    for (const chrome of ["Sport", "All rights reserved", "Leave a Reply", "Post Comment", "By Corin Vale"]) {
      assert.ok(!text.includes(chrome), `found ${chrome}`);
    }
    assert.ok(!article.paragraphs.includes("Harbour wall breached at Port Verrin"));
  });

  test("never lets scripts, styles, handlers or javascript: URLs reach text or metadata", () => {
    const everything = JSON.stringify(article);
    assert.ok(!everything.includes("SECRET"), everything);
  });

  test("reads title, author, outlet, date, canonical url and language from the page", () => {
    assert.equal(article.title, "Harbour wall breached at Port Verrin");
    assert.equal(article.author, "Corin Vale");
    assert.equal(article.outlet, "The Verrin Gazette");
    assert.equal(article.publishedAt, "2031-09-14T06:30:00Z");
    assert.equal(article.url, "https://gazette.example/news/harbour-wall");
    assert.equal(article.language, "en");
  });

  test("falls back to the body's blocks for a fragment Readability cannot score", () => {
    const fragment = extractHtml("<p>The Oster lock reopened on Thursday.</p><p>Boats queued from early morning to pass the new gates.</p>");
    assert.deepEqual(fragment.paragraphs, ["The Oster lock reopened on Thursday.", "Boats queued from early morning to pass the new gates."]);
  });

  test("separates block elements instead of gluing their text", () => {
    const page = extractHtml("<div><h2>Tolls rise</h2><ul><li>Cars pay more from May.</li><li>Lorries pay double.</li></ul></div>");
    assert.deepEqual(page.paragraphs, ["Tolls rise", "Cars pay more from May.", "Lorries pay double."]);
  });
});

describe("extractHtml: what a rule removes", () => {
  test("drops ruby readings printed over words, keeping the words", () => {
    const page = extractHtml("<article><p><ruby>港<rt>みなと</rt></ruby>の<ruby>門<rp>(</rp><rt>もん</rt><rp>)</rp></ruby>が木曜日に再び開き、船が朝から並びました。今回の修理には三週間かかり、町の人たちは喜んでいます。</p></article>");
    assert.deepEqual(page.paragraphs, ["港の門が木曜日に再び開き、船が朝から並びました。今回の修理には三週間かかり、町の人たちは喜んでいます。"]);
  });

  test("enters a section named for its ad slots when it holds the article's prose, and still drops the slot", () => {
    const prose = "The Oster lock reopened on Thursday after three weeks of repairs to its lower gates, and boats that had waited in the basin since the start of the month passed through from early morning, the harbour master said.";
    const section = (n: number): string => `<section class="report-section report-section--ads"><div class="part"><h2>Part ${n}</h2><p>${prose} Part ${n}.</p></div><div class="ad-slot">Advertisement</div></section>`;
    const page = extractHtml(`<html><body><nav><a href="/">Home</a></nav><main>${[1, 2, 3, 4].map(section).join("")}</main></body></html>`);
    assert.equal(page.paragraphs.filter((p) => p.startsWith("The Oster lock")).length, 4);
    assert.ok(!page.paragraphs.includes("Advertisement"));
  });
});

describe("extractHtml: an article cut into sections", () => {
  test("takes every section of an article whose CMS nests each subheading's paragraphs deep in its own block", () => {
    const sentence = (n: number, k: number): string => `In part ${n}, the surveyors of the Oster lock measured the lower gates again, found ${k + 2} worn hinges, and asked the council for new timber before the winter floods, the harbour master said.`;
    const section = (n: number): string =>
      `<div class="outer"><div class="container"><div class="row"><div class="col"><div class="text"><h3>Part ${n}</h3>${[0, 1, 2].map((k) => `<p>${sentence(n, k)}</p>`).join("")}</div></div></div></div></div>`;
    const page = extractHtml(`<html><body><div class="site"><div class="page-body">${[1, 2, 3, 4, 5].map(section).join("")}</div><div class="aside-box"><a href="/a">Other news</a></div></div></body></html>`);
    for (const n of [1, 2, 3, 4, 5]) assert.ok(page.paragraphs.includes(sentence(n, 0)), `part ${n} missing`);
  });
});

describe("extractHtml: the block model never leaves a label where the article was", () => {
  test("keeps the chosen blocks unjudged, with method fallback, when the model would keep only a date", () => {
    // A model that drops every sentence: at the article's edge it would leave the dateline alone.
    const model = { threshold: 0.5, weights: { bias: 5, "ends:sentence": -20 } };
    const html = "<html><body><article><div>4 May 2031</div><p>The Oster lock reopened on Thursday after three weeks of repairs to its lower gates.</p><p>Boats that had waited in the basin since the start of the month passed through from early morning.</p></article></body></html>";
    const page = extractHtml(html, { blockModel: model });
    assert.equal(page.method, "fallback");
    assert.ok(page.paragraphs.some((p) => p.startsWith("The Oster lock reopened")), page.paragraphs.join(" | "));
    assert.ok(!page.removed.some((r) => r.kind === "boilerplate"), "no model removal is recorded for blocks that stayed");
    assert.notEqual(extractHtml(html).method, "fallback");
  });
});
