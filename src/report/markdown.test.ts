import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeMarkdown } from "./escape.js";
import { renderMarkdown } from "./markdown.js";
import { hostileReport } from "./test-support/hostile.js";
import { placesReport } from "./test-support/places.js";
import { sampleReport } from "./test-support/sample.js";

/** The footnote definition a `[^n]` marker points to. */
function note(md: string, marker: string): string {
  const line = md.split("\n").find((l) => l.startsWith(`${marker}: `));
  assert.ok(line, `no footnote ${marker}`);
  return line;
}

test("markdown lists the disputed fact's values with outlets, attributions and a footnote quoting each sentence", () => {
  const md = renderMarkdown(sampleReport());
  const rows = md.split("\n").filter((l) => l.startsWith("| 3 |") || l.startsWith("| at least 5 |"));
  assert.equal(rows.length, 2);
  assert.match(rows[0] ?? "", /^\| 3 \| Harbour Ledger; Valley Courier \| the regional police; Officials in Tarnby \| Harbour Ledger, citing the regional police(\[\^\d+\]); Valley Courier, citing Officials in Tarnby(\[\^\d+\]) \|$/);
  assert.match(rows[1] ?? "", /^\| at least 5 \| Northgate Wire \| a local rescue group \| Northgate Wire, citing a local rescue group\[\^\d+\] \|$/);
  const markers = [...(rows[0] ?? "").matchAll(/\[\^\d+\]/g)].map((m) => m[0]);
  assert.match(note(md, markers[0] ?? ""), /Harbour Ledger, citing the regional police \(2031-03-05\): “.*killing \*\*three\*\* people, the regional police said\.”$/);
  assert.match(note(md, markers[1] ?? ""), /Valley Courier, citing Officials in Tarnby \(2031-03-06\): “.*killed \*\*three\*\* people and injured twelve\.”$/);
});

test("markdown gives a count's range, conservative estimate and best-supported value with its reason", () => {
  assert.match(renderMarkdown(sampleReport()), /\nRange stated: \*\*3–5\*\*; conservative estimate: \*\*3\*\*; best supported: \*\*3\*\* \(stated by 2 independent sources against 1\)\.\n/);
});

test("markdown lists an agreed fact with each source and whom it credits", () => {
  const md = renderMarkdown(sampleReport());
  assert.match(md, /### What the sources agree on\n\n- \*\*Injured\*\*: 12 — Harbour Ledger, citing the county hospital\[\^1\]; Northgate Wire\[\^2\]\n/);
  assert.match(note(md, "[^1]"), /“\*\*Twelve\*\* others were injured, according to the county hospital\.”$/);
});

test("markdown leads with a timeline table ordered as the report, then places with coordinates", () => {
  const md = renderMarkdown(placesReport(), { countryNames: new Map([["NO", "Norway"], ["AU", "Australia"]]) });
  assert.ok(md.indexOf("### Timeline") < md.indexOf("### Places") && md.indexOf("### Places") < md.indexOf("### What is disputed"));
  assert.match(md, /\| \*\*2031-03-04\*\* \| collapse \| Tarnby \| A footbridge collapsed in Tarnby \| 2: Harbour Ledger, Northgate Wire \|/);
  assert.match(md, /\| Tarnby \| Norway \| {3}\| 60\.1200 \| 10\.5000 \| 3 \| yes \|/);
  assert.match(md, /\| Port Wendell \| Australia \| {3}\| -33\.9000 \| 151\.2000 \| 1 \| {3}\|/);
  assert.match(md, /\| Orby \\<Quay\\> \| Norway \|/);
});

test("markdown shows quotes with each outlet's wording and drift, copies with their origin, and skipped inputs", () => {
  const md = renderMarkdown(sampleReport());
  assert.match(md, /> — Edda Vinter\n\n\| Outlet \| Credited to \| Wording \| Drift \|/);
  assert.match(md, /\| Valley Courier\[\^\d+\] \| {3}\| “we are searching the water” \| 40% \|/);
  assert.match(md, /\| Harbour Ledger ↔ Northgate Wire \| 25% \| 1 shared passage \| Harbour Ledger \| “We are searching/);
  assert.match(md, /\| Edda Vinter \| person \| Vinter \| 3 \|/);
  assert.match(md, /## Skipped inputs\n\n- fixtures\/blank\.txt: \*\*empty\*\* — no text after extraction/);
  assert.match(md, /<details><summary>Harbour Ledger: 1 block<\/summary>\n\n- _share_: Share this story\n\n<\/details>/);
});

test("markdown escapes article text so it cannot inject HTML or break a table row", () => {
  const md = renderMarkdown(hostileReport());
  assert.doesNotMatch(md.replace(/<\/?(details|summary)>/g, ""), /(^|[^\\])<(script|img|svg|iframe|\/?[a-z])/m);
  const heading = md.split("\n").find((l) => l.startsWith("# ") && l.includes("script"));
  assert.equal(heading, "# \\<script\\>alert(1)\\</script\\> \\& \\*bold\\* \\| pipe");
  // Every table row keeps its column count despite the pipes in the text.
  const entityRows = md.split("\n").filter((l) => l.startsWith("| ") && l.includes("person"));
  assert.ok(entityRows.length >= 2);
  for (const row of entityRows) assert.equal(row.split(/(?<!\\)\|/).length, 7, row);
});

test("escapeMarkdown folds line breaks and neutralises list and heading starts", () => {
  assert.equal(escapeMarkdown("1. first\n\n# second"), "1\\. first \\# second");
  assert.equal(escapeMarkdown("- item"), "\\- item");
  assert.equal(escapeMarkdown("[x](javascript:y)"), "\\[x\\](javascript:y)");
});

test("markdown rendering is deterministic and ends with one newline", () => {
  const a = renderMarkdown(placesReport());
  assert.equal(a, renderMarkdown(placesReport()));
  assert.ok(a.endsWith("\n") && !a.endsWith("\n\n"));
});

test("the Markdown report credits GeoNames for place data", () => {
  assert.match(renderMarkdown(sampleReport()), /Place data: GeoNames \(CC BY 4\.0\)\.\n$/);
});

test("markdown names documents in a language the analysis does not read, and says nothing when all are read", () => {
  const report = sampleReport();
  assert.doesNotMatch(renderMarkdown(report), /Languages not analysed/);
  const [first, ...rest] = report.documents;
  assert.ok(first);
  const md = renderMarkdown({ ...report, documents: [{ ...first, language: "de" }, ...rest] });
  assert.match(md, new RegExp(`## Languages not analysed\\n\\n- \\*\\*de\\*\\*: 1 document \\(${escapeRegExp(escapeMarkdown(first.source))}\\): .*English only`));
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
