import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readMetadata } from "../metadata.js";
import { parseDocument } from "../parse.js";
import { datelineDay, urlDay } from "./page-dates.js";

function meta(head: string, body = "") {
  return readMetadata(parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`));
}
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe("readMetadata", () => {
  test("reads a NewsArticle inside a JSON-LD @graph, resolving an author reference by @id", () => {
    const page = meta(ld({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "#site", name: "Kessa Courier Online" },
        { "@type": "Person", "@id": "#p1", name: "Lina Marsh" },
        { "@type": "NewsArticle", headline: "Night ferry delayed", datePublished: "2031-03-07T21:15:00+01:00", author: { "@id": "#p1" }, publisher: { "@type": "Organization", name: "Kessa Courier" } },
      ],
    }));
    assert.equal(page.title, "Night ferry delayed");
    assert.equal(page.author, "Lina Marsh");
    assert.equal(page.publishedAt, "2031-03-07T21:15:00+01:00");
    assert.equal(page.outlet, "Kessa Courier");
  });

  test("joins several author objects from a JSON-LD array of items", () => {
    const page = meta(ld([{ "@type": "BreadcrumbList" }, { "@type": ["NewsArticle"], author: [{ "@type": "Person", name: "Ada Kerr" }, { "@type": "Person", name: "Tom Vey" }] }]));
    assert.equal(page.author, "Ada Kerr, Tom Vey");
  });

  test("reads authors from lists of lists, and ignores lists nested deeper than any page names anyone", () => {
    assert.equal(meta(ld({ "@type": "NewsArticle", author: [[{ name: "Ada Kerr" }], "Tom Vey"] })).author, "Ada Kerr, Tom Vey");
    // Built as text: JSON.stringify itself would recurse this deep.
    const deep = 100_000;
    const script = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Deep","author":${"[".repeat(deep)}{"name":"Nobody"}${"]".repeat(deep)}}</script>`;
    const page = meta(script);
    assert.equal(page.title, "Deep");
    assert.equal(page.author, null);
  });

  test("reads og:, article: and link tags when there is no JSON-LD", () => {
    const page = meta(`<meta property="og:title" content="Orrin Bay ferry sails again"><meta property="og:site_name" content="Bay Herald">
      <meta property="article:published_time" content="2031-03-08T06:00:00Z"><meta property="og:url" content="https://herald.example/ferry">
      <meta property="og:locale" content="fr_FR">`);
    assert.equal(page.title, "Orrin Bay ferry sails again");
    assert.equal(page.outlet, "Bay Herald");
    assert.equal(page.publishedAt, "2031-03-08T06:00:00Z");
    assert.equal(page.url, "https://herald.example/ferry");
    assert.equal(page.language, "fr");
  });

  test("prefers link rel=canonical over og:url", () => {
    const page = meta('<link rel="canonical" href="https://herald.example/a"><meta property="og:url" content="https://herald.example/b">');
    assert.equal(page.url, "https://herald.example/a");
  });

  test("takes the site name from application-name when there is no og:site_name or publisher", () => {
    assert.equal(meta('<meta name="application-name" content="Orrin Daily">').outlet, "Orrin Daily");
  });

  test("reads the date of a <time datetime> element", () => {
    const page = meta("", '<article><time datetime="2031-03-09T10:00:00Z">9 March</time><p>Text.</p></article>');
    assert.equal(page.publishedAt, "2031-03-09T10:00:00Z");
  });

  test("reads a visible dateline when no tag states the date", () => {
    const page = meta("", '<div class="article-date">Published 4:10 pm, Tuesday, March 11, 2031</div><p>Text.</p>');
    assert.equal(page.publishedAt, "2031-03-11");
  });

  test("falls back to a date in the canonical URL's path", () => {
    const page = meta('<link rel="canonical" href="https://herald.example/2031/03/12/ferry-sails">');
    assert.equal(page.publishedAt, "2031-03-12");
  });

  test("falls back to the <title> without the site name, and to a visible byline", () => {
    const page = meta("<title>Ferry sails again | Bay Herald</title><meta property=\"og:site_name\" content=\"Bay Herald\">", '<p class="byline">By Ada Kerr</p>');
    assert.equal(page.title, "Ferry sails again");
    assert.equal(page.author, "Ada Kerr");
  });

  test("ignores broken JSON-LD and keeps reading the meta tags", () => {
    const page = meta('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:title" content="Still here">');
    assert.equal(page.title, "Still here");
  });
});

describe("datelines and URL dates", () => {
  test("reads datelines in several languages and numeric forms", () => {
    assert.equal(datelineDay("Updated: Nov 20 2031, 15:24pm IST"), "2031-11-20");
    assert.equal(datelineDay("Veröffentlicht am 20. November 2031"), "2031-11-20");
    assert.equal(datelineDay("publié le 20 novembre 2031 à 10h"), "2031-11-20");
    assert.equal(datelineDay("20.11.2031 um 10:00"), "2031-11-20");
    assert.equal(datelineDay("2031-11-20 10:00"), "2031-11-20");
  });

  test("never takes a date without a written year (the clock must not leak in)", () => {
    assert.equal(datelineDay("Updated today at 10:00"), null);
    assert.equal(datelineDay("Posted 3 hours ago"), null);
  });

  test("reads /yyyy/mm/dd/, /yyyy-mm-dd- and /yyyymmdd/ paths, not the host or an id", () => {
    assert.equal(urlDay("https://a.example/2031/03/12/x"), "2031-03-12");
    assert.equal(urlDay("https://a.example/news/2031-03-12-x"), "2031-03-12");
    assert.equal(urlDay("https://a.example/20310312/x"), "2031-03-12");
    assert.equal(urlDay("https://a.example/story/123456789"), null);
    assert.equal(urlDay(null), null);
  });
});
