import { test } from "node:test";
import assert from "node:assert/strict";
import { DOMParser } from "linkedom";
import { renderHtml } from "./html.js";
import { hostileReport } from "./test-support/hostile.js";
import { sampleReport } from "./test-support/sample.js";
import { checkOffsets } from "./validate.js";

function parse(html: string) {
  return new DOMParser().parseFromString(html, "text/html");
}

test("the hostile fixture itself has valid spans, so the test exercises real citations", () => {
  assert.deepEqual(checkOffsets(hostileReport()), []);
});

test("a hostile report renders with no script, no event handler and no javascript: link", () => {
  const html = renderHtml(hostileReport());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<(img|svg|iframe|link|b on)/i);
  const page = parse(html);
  assert.equal(page.querySelectorAll("script, img, svg, iframe, link, object, embed").length, 0);
  for (const el of page.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      assert.doesNotMatch(attr.name, /^on/i, `event handler ${attr.name} on <${el.tagName}>`);
      assert.doesNotMatch(attr.value.trim(), /^javascript:/i, `javascript: in ${attr.name}`);
    }
  }
  // The hostile strings are still shown to the reader, as text.
  assert.ok(page.body.textContent.includes("<script>alert(1)</script>"));
  assert.ok(page.body.textContent.includes("<img src=x onerror=alert(1)>"));
  assert.ok(page.body.textContent.includes("JaVaScRiPt:alert(3)"));
});

test("the page loads nothing from the network", () => {
  const page = parse(renderHtml(hostileReport()));
  for (const el of page.querySelectorAll("[src]")) assert.fail(`<${el.tagName}> has src ${el.getAttribute("src")}`);
  const styles = [...page.querySelectorAll("style")].map((s) => s.textContent).join("\n");
  assert.doesNotMatch(styles, /@import|url\(/i);
  assert.equal(page.querySelectorAll("style").length, 1);
  for (const a of page.querySelectorAll("[href]")) {
    const href = a.getAttribute("href") ?? "";
    assert.ok(a.tagName === "A", `href on <${a.tagName}>`);
    if (!href.startsWith("#")) {
      assert.match(href, /^https?:\/\//);
      assert.equal(a.getAttribute("rel"), "noopener noreferrer");
    }
  }
});

test("every citation link lands on an anchor inside the documents section", () => {
  const page = parse(renderHtml(sampleReport()));
  const links = [...page.querySelectorAll('a[href^="#"]')].map((a) => (a.getAttribute("href") ?? "").slice(1));
  assert.ok(links.length > 10);
  for (const id of links) assert.ok(page.getElementById(id), `no anchor #${id}`);
  const ids = [...page.querySelectorAll("[id]")].map((el) => el.getAttribute("id"));
  assert.equal(new Set(ids).size, ids.length, "anchor ids repeat");
});

test("each fact value's cited words are highlighted in its document text", () => {
  const report = sampleReport();
  const page = parse(renderHtml(report));
  const marked = [...page.querySelectorAll("article.doc mark.fact")].map((m) => m.textContent);
  const expected = report.stories.flatMap((s) => s.facts.flatMap((f) => f.values.flatMap((v) => v.sources.map((src) => {
    const doc = report.documents.find((d) => d.id === src.documentId);
    return doc?.text.slice(src.start, src.end);
  }))));
  assert.deepEqual([...marked].sort(), [...expected].sort());
});

test("a document's text reads the same with its highlights removed", () => {
  const report = sampleReport();
  const page = parse(renderHtml(report));
  const texts = [...page.querySelectorAll("article.doc .text")].map((t) => t.textContent);
  assert.deepEqual(texts, report.documents.map((d) => d.text));
});

test("the disputed fact is a table with one row per value and its sources", () => {
  const page = parse(renderHtml(sampleReport()));
  const table = page.querySelector("table.disputed");
  assert.ok(table);
  const rows = [...table.querySelectorAll("tbody > tr")];
  assert.equal(rows.length, 2);
  assert.match(rows[0]?.textContent ?? "", /^3.*the regional police.*Harbour Ledger.*Valley Courier/s);
  assert.match(rows[1]?.textContent ?? "", /^at least 5.*a local rescue group.*Northgate Wire/s);
});

test("the footer credits the place data", () => {
  assert.match(renderHtml(sampleReport()), /<footer>[^<]*Place data: GeoNames \(CC BY 4\.0\)/);
});

test("a span outside its document is shown without a link instead of breaking the page", () => {
  const report = sampleReport();
  const broken = structuredClone(report) as typeof report & { stories: { facts: { values: { sources: { end: number }[] }[] }[] }[] };
  const source = broken.stories[0]?.facts[0]?.values[0]?.sources[0];
  assert.ok(source);
  source.end = 99_999;
  const page = parse(renderHtml(broken));
  assert.match(page.querySelector("table.disputed")?.textContent ?? "", /citation out of range/);
});

test("rendering is deterministic", () => {
  assert.equal(renderHtml(sampleReport()), renderHtml(sampleReport()));
});
