import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeMarkdown } from "./escape.js";
import { renderMarkdown } from "./markdown.js";
import { hostileReport } from "./test-support/hostile.js";
import { sampleReport } from "./test-support/sample.js";

test("markdown lists the disputed fact's values side by side with outlets, attributions and cited words", () => {
  const md = renderMarkdown(sampleReport());
  const rows = md.split("\n").filter((l) => l.startsWith("| 3 |") || l.startsWith("| at least 5 |"));
  assert.equal(rows.length, 2);
  assert.match(rows[0] ?? "", /\| 3 \| Harbour Ledger; Valley Courier \| the regional police; Officials in Tarnby \|.*killing \*\*three\*\* people/);
  assert.match(rows[1] ?? "", /\| at least 5 \| Northgate Wire \| a local rescue group \|.*\*\*At least five\*\* people died/);
});

test("markdown lists an agreed fact with each source and whom it credits", () => {
  const md = renderMarkdown(sampleReport());
  assert.match(md, /#### Agreed\n\n- \*\*Injured\*\*: 12\n {2}- Harbour Ledger, citing the county hospital: “\*\*Twelve\*\* others were injured/);
  assert.match(md, /\n {2}- Northgate Wire: “\*\*Twelve\*\* people were hurt\.”/);
});

test("markdown shows the timeline, entities with coordinates, quotes with drift, copies and skipped inputs", () => {
  const md = renderMarkdown(sampleReport());
  assert.match(md, /- \*\*2031-03-04\*\* · collapse: A footbridge collapsed in Tarnby — in Tarnby — reported by Harbour Ledger, Northgate Wire/);
  assert.match(md, /\| Tarnby \| location \| {2}\| 3 \| 60\.1200, 10\.5000 \(NO\) \|/);
  assert.match(md, /\| Edda Vinter \| person \| Vinter \| 3 \|/);
  assert.match(md, /— Edda Vinter; carried by Harbour Ledger \(drift 0%\), Northgate Wire \(drift 0%\), Valley Courier \(drift 40%\)/);
  assert.match(md, /- Harbour Ledger ↔ Northgate Wire: 25% overlap, 1 shared passage/);
  assert.match(md, /## Skipped inputs\n\n- fixtures\/blank\.txt: \*\*empty\*\* — no text after extraction/);
});

test("markdown escapes article text so it cannot inject HTML or break a table row", () => {
  const md = renderMarkdown(hostileReport());
  assert.doesNotMatch(md, /(^|[^\\])<(script|img|svg|iframe)/m);
  assert.match(md, /## \\<script\\>alert\(1\)\\</);
  const heading = md.split("\n").find((l) => l.startsWith("## ") && l.includes("script"));
  assert.equal(heading, "## \\<script\\>alert(1)\\</script\\> \\& \\*bold\\* \\| pipe");
  // Every table row keeps its column count despite the pipes in the text.
  const entityRows = md.split("\n").filter((l) => l.startsWith("| ") && l.includes("person"));
  for (const row of entityRows) assert.equal(row.split(/(?<!\\)\|/).length, 7, row);
});

test("escapeMarkdown folds line breaks and neutralises list and heading starts", () => {
  assert.equal(escapeMarkdown("1. first\n\n# second"), "1\\. first \\# second");
  assert.equal(escapeMarkdown("- item"), "\\- item");
  assert.equal(escapeMarkdown("[x](javascript:y)"), "\\[x\\](javascript:y)");
});

test("markdown rendering is deterministic and ends with one newline", () => {
  const a = renderMarkdown(sampleReport());
  assert.equal(a, renderMarkdown(sampleReport()));
  assert.ok(a.endsWith("\n") && !a.endsWith("\n\n"));
});

test("the Markdown report credits GeoNames for place data", () => {
  assert.match(renderMarkdown(sampleReport()), /Place data: GeoNames \(CC BY 4\.0\)\.\n$/);
});
