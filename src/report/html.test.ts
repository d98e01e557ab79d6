import { test } from "node:test";
import assert from "node:assert/strict";
import { DOMParser } from "linkedom";
import type { Report } from "../model/report.js";
import { buildReport } from "./build.js";
import { loadMapData } from "./geodata.js";
import { renderHtml } from "./html.js";
import { hostileReport } from "./test-support/hostile.js";
import { placesReport } from "./test-support/places.js";
import { sampleReport } from "./test-support/sample.js";
import { checkOffsets } from "./validate.js";

const mapData = loadMapData();
const render = (report: Report): string => renderHtml(report, { mapData });

function parse(html: string) {
  return new DOMParser().parseFromString(html, "text/html");
}

const MAP_ELEMENTS = new Set(["svg", "title", "rect", "g", "path", "circle", "text"]);

test("the hostile fixture itself has valid spans, so the test exercises real citations", () => {
  assert.deepEqual(checkOffsets(hostileReport()), []);
});

test("a hostile report renders with no script, no event handler and no javascript: link", () => {
  const html = render(hostileReport());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<(img|iframe|link|b on)/i);
  assert.doesNotMatch(html, /<svg(?! class="map")/i);
  const page = parse(html);
  assert.equal(page.querySelectorAll("script, img, iframe, link, object, embed, foreignObject").length, 0);
  // The only SVG is the report's own map, made of plain shapes.
  assert.equal(page.querySelectorAll("svg").length, 1);
  for (const el of page.querySelectorAll("svg, svg *")) assert.ok(MAP_ELEMENTS.has(el.tagName.toLowerCase()), `<${el.tagName}> in the map`);
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
  const page = parse(render(hostileReport()));
  for (const el of page.querySelectorAll("[src]")) assert.fail(`<${el.tagName}> has src ${el.getAttribute("src")}`);
  const styles = [...page.querySelectorAll("style")].map((s) => s.textContent).join("\n");
  assert.doesNotMatch(styles, /@import|url\(/i);
  assert.equal(page.querySelectorAll("style").length, 1);
  for (const a of page.querySelectorAll("[href], [xlink\\:href]")) {
    const href = a.getAttribute("href") ?? "";
    assert.ok(a.tagName === "A", `href on <${a.tagName}>`);
    if (!href.startsWith("#")) {
      assert.match(href, /^https?:\/\//);
      assert.equal(a.getAttribute("rel"), "noopener noreferrer");
    }
  }
});

test("every citation link lands on an anchor inside the sources section", () => {
  const page = parse(render(sampleReport()));
  const links = [...page.querySelectorAll('a[href^="#"]')].map((a) => (a.getAttribute("href") ?? "").slice(1));
  assert.ok(links.length > 10);
  for (const id of links) assert.ok(page.getElementById(id), `no anchor #${id}`);
  const ids = [...page.querySelectorAll("[id]")].map((el) => el.getAttribute("id"));
  assert.equal(new Set(ids).size, ids.length, "anchor ids repeat");
});

test("the account comes first: timeline, places, agreed and disputed facts precede the source texts", () => {
  const html = render(sampleReport());
  const at = (needle: string): number => {
    const i = html.indexOf(needle);
    assert.ok(i >= 0, `missing ${needle}`);
    return i;
  };
  const order = [at("<h3>Timeline</h3>"), at("<h3>Places</h3>"), at("<h3>What the sources agree on</h3>"), at("<h3>What is disputed</h3>"), at("<h3>Who said what</h3>"), at("<h3>Which outlets copied which</h3>"), at('<h2 id="sources">')];
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});

test("the timeline orders events by date, undated last, whatever order they arrive in", () => {
  const base = sampleReport();
  const story = base.stories[0];
  const event = story?.events[0];
  assert.ok(story && event);
  const withStory = <T extends object>(r: T) => ({ ...r, storyId: story.id });
  const report = buildReport({
    documents: base.documents,
    rejections: [],
    stories: [{ id: story.id, title: story.title, documentIds: story.documentIds }],
    entities: story.entities.map(withStory),
    events: [
      withStory({ ...event, id: "v_later", date: "2031-03-09", summary: "Divers ended the search" }),
      withStory({ ...event, id: "v_undated", date: null, summary: "A vigil was held" }),
      withStory(event),
      withStory({ ...event, id: "v_before", date: "2031-02-27", summary: "Inspectors closed the bridge" }),
    ],
    facts: [],
    quotes: [],
    copies: [],
  });
  const page = parse(render(report));
  const dates = [...page.querySelectorAll("table.timeline tbody tr")].map((tr) => tr.querySelector("td")?.textContent?.trim());
  assert.deepEqual(dates, ["2031-02-27", "2031-03-04", "2031-03-09", "undated"]);
});

test("a disputed fact shows every value with its outlets, attributions and a link to each citing sentence", () => {
  const report = sampleReport();
  const page = parse(render(report));
  const block = page.querySelector("div.disputed");
  assert.ok(block);
  const cards = [...block.querySelectorAll(".card")];
  assert.equal(cards.length, 2);
  assert.match(cards[0]?.textContent ?? "", /^3.*Harbour Ledger, Valley Courier.*the regional police; Officials in Tarnby/s);
  assert.match(cards[1]?.textContent ?? "", /^at least 5.*Northgate Wire.*a local rescue group/s);
  const fact = report.stories[0]?.facts.find((f) => f.status === "disputed");
  for (const [i, value] of (fact?.values ?? []).entries()) {
    const hrefs = [...(cards[i]?.querySelectorAll("ul.sources a") ?? [])].map((a) => a.getAttribute("href") ?? "");
    assert.equal(hrefs.length, value.sources.length);
    for (const [j, source] of value.sources.entries()) {
      const href = hrefs[j] ?? "";
      assert.match(href, new RegExp(`-${source.start}-${source.end}$`));
      // The anchor sits in the document's text, at the start of the sentence holding the cited words.
      const anchor = page.getElementById(href.slice(1));
      assert.ok(anchor?.closest("article.doc"), `anchor ${href} is not in a source text`);
    }
  }
});

test("a count shows its range, conservative estimate and best-supported value with the reason", () => {
  const text = parse(render(sampleReport())).querySelector("div.disputed .estimate")?.textContent ?? "";
  assert.match(text, /Range stated: 3\u20135/);
  assert.match(text, /conservative estimate: 3/);
  assert.match(text, /best supported: 3 \(stated by 2 independent sources against 1\)/);
});

test("each fact value's cited words are highlighted in its document text", () => {
  const report = sampleReport();
  const page = parse(render(report));
  const marked = [...page.querySelectorAll("article.doc mark.fact")].map((m) => m.textContent);
  const expected = report.stories.flatMap((s) => s.facts.flatMap((f) => f.values.flatMap((v) => v.sources.map((src) => {
    const doc = report.documents.find((d) => d.id === src.documentId);
    return doc?.text.slice(src.start, src.end);
  }))));
  assert.deepEqual([...marked].sort(), [...expected].sort());
});

test("a document's text reads the same with its highlights removed", () => {
  const report = sampleReport();
  const page = parse(render(report));
  const texts = [...page.querySelectorAll("article.doc .text")].map((t) => t.textContent);
  assert.deepEqual(texts, report.documents.map((d) => d.text));
});

test("who said what lists each outlet's own wording, the speaker it credits and the drift", () => {
  const page = parse(render(sampleReport()));
  const rows = [...page.querySelectorAll(".quote table.wording tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
  assert.deepEqual(rows, [
    ["Harbour Ledger", "Edda Vinter", "\u201cWe are searching the water through the night,\u201d", "exact"],
    ["Northgate Wire", "Edda Vinter", "\u201cWe are searching the water through the night,\u201d", "exact"],
    ["Valley Courier", "\u2014", "\u201cwe are searching the water\u201d", "40%"],
  ]);
});

test("the copies table names the likely origin of the shared text", () => {
  const page = parse(render(sampleReport()));
  const row = [...page.querySelectorAll("table tbody tr")].find((tr) => tr.textContent.includes("\u2194"));
  assert.match(row?.textContent ?? "", /Harbour Ledger \u2194 Northgate Wire25%Harbour Ledger/);
});

test("documents list their metadata, and what extraction removed stays collapsed but readable", () => {
  const page = parse(render(hostileReport()));
  const removed = [...page.querySelectorAll("article.doc details.removed")];
  assert.equal(removed.length, 4);
  assert.ok(removed.every((d) => !d.hasAttribute("open")));
  assert.ok(removed.some((d) => d.textContent.includes('<iframe src="https://evil.example/"></iframe>')));
  const docsTable = [...page.querySelectorAll("table")].find((t) => t.textContent.includes("Syndicated from"));
  assert.ok(docsTable?.textContent.includes("<link rel=stylesheet href=https://evil.example/s.css>"));
  assert.match(page.getElementById("skipped")?.nextElementSibling?.textContent ?? "", /<svg\/onload=alert\(8\)>:3malformed<script>alert\(9\)<\/script>/);
});

test("the map has a marker per geocoded place near the story and lists the far one beyond it", () => {
  const report = placesReport();
  const page = parse(render(report));
  const svg = page.querySelector("figure.map svg.map");
  assert.ok(svg);
  const markers = [...svg.querySelectorAll("g.place")].map((g) => g.getAttribute("data-entity"));
  assert.deepEqual([...markers].sort(), ["e_kessel", "e_orby", "e_tarnby"]);
  assert.equal(svg.querySelectorAll("g.place circle").length, 3);
  assert.ok(svg.querySelectorAll("path.country").length > 0, "country outlines drawn");
  assert.ok(svg.querySelector("path.country.involved"), "the event's country is shaded");
  assert.match(page.querySelector("figure.map figcaption")?.textContent ?? "", /beyond the map: Port Wendell/);
  assert.ok(svg.textContent.includes("Orby <Quay>"), "names are escaped text, not markup");
});

test("without map data the places are still listed", () => {
  const page = parse(renderHtml(placesReport(), { mapData: null }));
  assert.equal(page.querySelectorAll("svg").length, 0);
  assert.equal(page.querySelectorAll("ol.places li").length, 3);
});

test("the footer credits GeoNames for place data and Natural Earth for the map", () => {
  const footer = parse(render(sampleReport())).querySelector("main > footer")?.textContent ?? "";
  assert.match(footer, /Place data: GeoNames \(CC BY 4\.0\)/);
  assert.match(footer, /Natural Earth/);
});

test("a span outside its document is shown without a link instead of breaking the page", () => {
  const report = sampleReport();
  const broken = structuredClone(report) as typeof report & { stories: { facts: { values: { sources: { end: number }[] }[] }[] }[] };
  const source = broken.stories[0]?.facts[0]?.values[0]?.sources[0];
  assert.ok(source);
  source.end = 99_999;
  const page = parse(render(broken));
  assert.match(page.querySelector("div.disputed")?.textContent ?? "", /citation out of range/);
});

test("rendering is deterministic", () => {
  assert.equal(render(placesReport()), render(placesReport()));
});

test("the HTML report names documents in a language the analysis does not read", () => {
  const report = sampleReport();
  assert.equal(renderHtml(report, { mapData: null }).includes('id="languages"'), false);
  const [first, ...rest] = report.documents;
  assert.ok(first);
  const html = renderHtml({ ...report, documents: [{ ...first, language: "fr" }, ...rest] }, { mapData: null });
  const page = new DOMParser().parseFromString(html, "text/html");
  const table = page.getElementById("languages")?.nextElementSibling?.nextElementSibling;
  assert.match(table?.textContent ?? "", new RegExp(`fr1${first.source.replace(/\./g, "\\.")}`));
});
