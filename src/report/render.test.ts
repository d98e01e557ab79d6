import { test } from "node:test";
import assert from "node:assert/strict";
import { parseReportFormats, renderReport } from "./render.js";
import { loadMapData } from "./geodata.js";
import { sampleReport } from "./test-support/sample.js";

test("--format takes one format or a comma-separated list, each once, and rejects unknown names", () => {
  assert.deepEqual(parseReportFormats("csv"), ["csv"]);
  assert.deepEqual(parseReportFormats("html, CSV,html,markdown"), ["html", "csv", "md"]);
  assert.throws(() => parseReportFormats("pdf"), /unknown format "pdf"/);
  assert.throws(() => parseReportFormats(" , "), /no format/);
});

test("renderReport dispatches to each format", () => {
  const report = sampleReport();
  const mapData = loadMapData();
  assert.deepEqual(JSON.parse(renderReport(report, "json", mapData)), JSON.parse(JSON.stringify(report)));
  assert.match(renderReport(report, "md", mapData), /^# Footbridge collapse in Tarnby\n/);
  assert.match(renderReport(report, "html", mapData), /^<!doctype html>/);
  assert.match(renderReport(report, "csv", mapData), /^event_date,event_type,/);
});
