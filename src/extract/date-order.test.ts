import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { dateOrderFor, numericDay } from "./date-order.js";
import { extractHtml } from "./html.js";

describe("dateOrderFor", () => {
  test("a day above 12 elsewhere in the document decides the order", () => {
    assert.deepEqual(dateOrderFor({ language: "en", host: null, samples: ["Updated 25/03/2031"] }), { order: "day-first", basis: "document-dates" });
    assert.deepEqual(dateOrderFor({ language: "de", host: null, samples: ["03/25/2031"] }), { order: "month-first", basis: "document-dates" });
  });

  test("a region subtag, then a non-English language, then the domain's country decide", () => {
    assert.deepEqual(dateOrderFor({ language: "en-GB", host: "news.example.com", samples: [] }), { order: "day-first", basis: "language" });
    assert.deepEqual(dateOrderFor({ language: "en-US", host: "news.example.co.uk", samples: [] }), { order: "month-first", basis: "language" });
    assert.deepEqual(dateOrderFor({ language: "fr", host: null, samples: [] }), { order: "day-first", basis: "language" });
    assert.deepEqual(dateOrderFor({ language: "en", host: "www.harbourpost.co.nz", samples: [] }), { order: "day-first", basis: "country" });
    assert.deepEqual(dateOrderFor({ language: "en", host: "www.harbourpost.com", samples: [] }), { order: "month-first", basis: "language" });
    assert.deepEqual(dateOrderFor({ language: null, host: null, samples: [] }), { order: "day-first", basis: "default" });
  });
});

describe("numericDay", () => {
  test("reads the ambiguous date in the given order and an unambiguous one whatever the order", () => {
    assert.equal(numericDay("Posted 03/04/2031", "day-first"), "2031-04-03");
    assert.equal(numericDay("Posted 03/04/2031", "month-first"), "2031-03-04");
    assert.equal(numericDay("Posted 25.03.2031", "month-first"), "2031-03-25");
    assert.equal(numericDay("Posted 13/13/2031", "day-first"), null);
  });
});

describe("numeric datelines in pages", () => {
  const page = (lang: string, canonical: string): string =>
    `<html lang="${lang}"><head><link rel="canonical" href="${canonical}"></head><body><article><p class="date">Posted 03/04/2031</p>` +
    `<p>The Pell ferry crossed to Tamsin three times on Tuesday, the harbour office said in its notice to passengers.</p>` +
    `<p>Crews loaded the morning boat early because the tide turned before seven, and the last crossing left on time.</p></article></body></html>`;

  test("an English page on a .com domain is read month first and a German one day first, and the choice is recorded", () => {
    const us = extractHtml(page("en", "https://pellpost.example.com/a"));
    assert.equal(us.publishedAt, "2031-03-04");
    assert.deepEqual(us.dateOrder, { order: "month-first", basis: "language" });
    const de = extractHtml(page("de", "https://pellpost.example.com/a"));
    assert.equal(de.publishedAt, "2031-04-03");
    assert.deepEqual(de.dateOrder, { order: "day-first", basis: "language" });
    const uk = extractHtml(page("en", "https://pellpost.example.co.uk/a"));
    assert.deepEqual(uk.dateOrder, { order: "day-first", basis: "country" });
  });

  test("a page parsed with a stray element before <html> still yields its article", () => {
    const html = `<b>Warning</b>: cache unavailable<br>\n${page("en", "https://pellpost.example.com/a")}`;
    assert.match(extractHtml(html).paragraphs.join("\n"), /Pell ferry crossed/u);
  });
});
