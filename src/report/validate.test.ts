import { test } from "node:test";
import assert from "node:assert/strict";
import type { Report } from "../model/report.js";
import { checkOffsets, checkReferences, createReportValidator, validateReport } from "./validate.js";
import { sampleReport } from "./test-support/sample.js";

/** A deep, mutable copy of the sample report to break in one place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function broken(edit: (r: any) => void): any {
  const r = structuredClone(sampleReport());
  edit(r);
  return r;
}

const validate = createReportValidator();

test("a valid hand-built report passes the schema, offset and reference checks", () => {
  const report = sampleReport();
  assert.deepEqual(validate(report), []);
  assert.deepEqual(validateReport(report), []);
  assert.deepEqual(checkOffsets(report), []);
  assert.deepEqual(checkReferences(report), []);
});

test("the schema survives a JSON round trip of the report", () => {
  assert.deepEqual(validate(JSON.parse(JSON.stringify(sampleReport()))), []);
});

test("the schema rejects an unknown field on any object so drift is caught", () => {
  const problems = validate(broken((r) => (r.stories[0].facts[0].values[0].sources[0].confidence = 1)));
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? "", /facts\/0\/values\/0\/sources\/0 .*additional properties: confidence/);
  assert.ok(validate(broken((r) => (r.extra = true))).some((p) => p.includes("extra")));
});

test("the schema rejects a missing required field", () => {
  assert.ok(validate(broken((r) => delete r.documents[0].removed)).some((p) => p.includes("removed")));
});

test("the schema rejects values outside the enums", () => {
  assert.ok(validate(broken((r) => (r.stories[0].entities[0].type = "animal"))).length > 0);
  assert.ok(validate(broken((r) => (r.stories[0].facts[0].status = "maybe"))).length > 0);
  assert.ok(validate(broken((r) => (r.stories[0].facts[0].values[0].qualifier = "roughly"))).length > 0);
  assert.ok(validate(broken((r) => (r.skipped[0].code = "too-long"))).length > 0);
  assert.ok(validate(broken((r) => (r.documents[0].removed[0].kind = "sidebar"))).length > 0);
});

test("the schema rejects ratios, coordinates and country codes out of range", () => {
  assert.ok(validate(broken((r) => (r.stories[0].copies[0].overlap = 1.2))).some((p) => p.includes("overlap")));
  assert.ok(validate(broken((r) => (r.stories[0].quotes[0].occurrences[0].drift = -0.1))).some((p) => p.includes("drift")));
  assert.ok(validate(broken((r) => (r.stories[0].entities[0].geo.lat = 91))).some((p) => p.includes("lat")));
  assert.ok(validate(broken((r) => (r.stories[0].entities[0].geo.lon = -181))).some((p) => p.includes("lon")));
  assert.ok(validate(broken((r) => (r.stories[0].entities[0].geo.country = "nor"))).some((p) => p.includes("country")));
});

test("the schema checks date formats of publishedAt and event dates", () => {
  assert.ok(validate(broken((r) => (r.documents[0].publishedAt = "last Tuesday"))).some((p) => p.includes("publishedAt")));
  assert.ok(validate(broken((r) => (r.documents[0].publishedAt = "2031-02-30"))).length > 0);
  assert.deepEqual(validate(broken((r) => (r.documents[0].publishedAt = "2031-03-05T08:00:00"))), []);
  assert.deepEqual(validate(broken((r) => (r.documents[0].publishedAt = "2031-03-05T08:00+0100"))), []);
  assert.ok(validate(broken((r) => (r.documents[0].publishedAt = "2031-03-05 at 08:00"))).length > 0);
  assert.ok(validate(broken((r) => (r.documents[0].language = "English"))).some((p) => p.includes("language")));
  assert.ok(validate(broken((r) => (r.stories[0].events[0].date = "2031-3-4"))).some((p) => p.includes("date")));
  assert.deepEqual(validate(broken((r) => (r.stories[0].events[0].date = null))), []);
});

test("the schema requires a copy to join exactly two documents", () => {
  assert.ok(validate(broken((r) => r.stories[0].copies[0].documentIds.push("d_courier"))).length > 0);
  assert.ok(validate(broken((r) => r.stories[0].copies[0].documentIds.pop())).length > 0);
});

test("checkOffsets reports a span past the end of its document", () => {
  const r: Report = broken((x) => (x.stories[0].entities[0].mentions[0].end = 10_000));
  const problems = checkOffsets(r);
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? "", /entity e_tarnby mention 0: end 10000 > length/);
});

test("checkOffsets reports empty, reversed and negative spans", () => {
  assert.match(checkOffsets(broken((x) => (x.stories[0].events[0].mentions[0].end = x.stories[0].events[0].mentions[0].start))).join(), /event v_collapse mention 0: end \d+ <= start/);
  assert.match(checkOffsets(broken((x) => (x.stories[0].facts[0].values[1].sources[0].start = -1))).join(), /fact f_killed value 1 source 0: start -1 < 0/);
  assert.match(checkOffsets(broken((x) => (x.stories[0].facts[1].values[0].sources[0].start = 2.5))).join(), /not integers/);
});

test("checkOffsets reports a span naming an unknown document", () => {
  assert.match(checkOffsets(broken((x) => (x.stories[0].quotes[0].occurrences[2].documentId = "d_missing"))).join(), /quote q_search occurrence 2: unknown document d_missing/);
});

test("checkOffsets reports quote text that is no occurrence's slice", () => {
  const problems = checkOffsets(broken((x) => (x.stories[0].quotes[0].text = "We are searching the river")));
  assert.deepEqual(problems, ["story s_tarnby quote q_search: text is not the slice of any occurrence"]);
});

test("checkOffsets checks both sides of a copy passage against their own documents", () => {
  const problems = checkOffsets(broken((x) => (x.stories[0].copies[0].passages[0].b.end = 5_000)));
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? "", /passage 0 side b: end 5000 > length \d+ of document d_wire/);
});

test("checkReferences reports facts of unknown events, unknown speakers and copies outside the story", () => {
  assert.match(checkReferences(broken((x) => (x.stories[0].facts[0].eventId = "v_none"))).join(), /unknown event v_none/);
  assert.match(checkReferences(broken((x) => (x.stories[0].quotes[0].speaker = "e_none"))).join(), /unknown speaker e_none/);
  const outside = broken((x) => (x.stories[0].documentIds = ["d_courier", "d_ledger"]));
  assert.match(checkReferences(outside).join("\n"), /copy: document d_wire is not in the story/);
  assert.match(checkReferences(outside).join("\n"), /cites document d_wire outside the story/);
});

test("the schema accepts the optional fields later stages add: count estimates, copy origins, per-outlet speakers", () => {
  const report = sampleReport();
  const fact = report.stories[0]?.facts.find((f) => f.estimate);
  assert.ok(fact?.estimate, "the sample carries an estimate, so this test checks it");
  assert.deepEqual(validate(broken((r) => (r.stories[0].facts[0].estimate = null))), []);
  assert.ok(validate(broken((r) => (r.stories[0].facts[0].estimate.best = "three"))).some((p) => p.includes("estimate")));
  assert.ok(validate(broken((r) => (r.stories[0].copies[0].passages[0].origin = 7))).some((p) => p.includes("origin")));
  assert.ok(validate(broken((r) => (r.stories[0].quotes[0].occurrences[0].speaker = ""))).some((p) => p.includes("speaker")));
});
