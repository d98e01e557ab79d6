import { test } from "node:test";
import assert from "node:assert/strict";
import type { Report } from "../model/report.js";
import { CSV_COLUMNS, csvField, renderCsv } from "./csv.js";
import { sampleReport } from "./test-support/sample.js";

/** A minimal RFC 4180 reader, to check the writer against the grammar rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) break;
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      field += c;
      i += 1;
    }
  }
  return rows;
}

const countryNames = new Map([["NO", "Norway"]]);

test("the CSV starts with the ACLED-style header and ends every record with CRLF", () => {
  const csv = renderCsv(sampleReport(), { countryNames });
  assert.equal(csv.split("\r\n")[0], "event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,fatalities,source,notes");
  assert.ok(csv.endsWith("\r\n"));
  assert.doesNotMatch(csv.replace(/\r\n/g, ""), /[\r\n]/);
});

test("one row per event, with its place, the conservative fatality estimate and the outlets reporting it", () => {
  const rows = parseCsv(renderCsv(sampleReport(), { countryNames }));
  assert.equal(rows.length, 2);
  const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
  assert.deepEqual(record, {
    event_date: "2031-03-04",
    event_type: "collapse",
    sub_event_type: "",
    actor1: "",
    actor2: "",
    country: "Norway",
    admin1: "",
    location: "Tarnby",
    latitude: "60.12",
    longitude: "10.5",
    fatalities: "3",
    source: "Harbour Ledger; Northgate Wire",
    notes: "A footbridge collapsed in Tarnby",
  });
});

test("without an estimate, fatalities is the lowest count stated; with no count it stays empty, not zero", () => {
  const base = sampleReport();
  const story = base.stories[0];
  assert.ok(story);
  const noEstimate: Report = { ...base, stories: [{ ...story, facts: story.facts.map((f) => ({ ...f, estimate: null })) }] };
  assert.equal(parseCsv(renderCsv(noEstimate))[1]?.[10], "3");
  const noFacts: Report = { ...base, stories: [{ ...story, facts: [] }] };
  assert.equal(parseCsv(renderCsv(noFacts))[1]?.[10], "");
});

test("fields with commas, quotes and line breaks are quoted per RFC 4180 and read back unchanged", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a, b"), '"a, b"');
  assert.equal(csvField('he said "no"'), '"he said ""no"""');
  assert.equal(csvField("line one\nline two"), '"line one\nline two"');
  const base = sampleReport();
  const story = base.stories[0];
  const event = story?.events[0];
  assert.ok(story && event);
  const summary = 'Bridge "gave way", officials said\r\nand then, a second line';
  const report: Report = { ...base, stories: [{ ...story, events: [{ ...event, summary, actors: ["Roads Agency, North", 'The "Guild"'] }] }] };
  const rows = parseCsv(renderCsv(report));
  assert.equal(rows.length, 2);
  assert.equal(rows[1]?.length, CSV_COLUMNS.length);
  assert.equal(rows[1]?.[12], summary);
  assert.equal(rows[1]?.[3], 'Roads Agency, North; The "Guild"');
});

test("text that a spreadsheet would run as a formula is defused, numbers are left alone", () => {
  assert.equal(csvField("=HYPERLINK(\"http://x\")"), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvField("@SUM(A1)"), "'@SUM(A1)");
  assert.equal(csvField("-33.9", false), "-33.9");
});
