import assert from "node:assert/strict";
import type { Report } from "../../src/model/report.js";
import { checkOffsets, checkReferences, validateReport } from "../../src/report/index.js";

/** Every report a test produces must satisfy the schema, slice exactly, and reference real records. */
export function assertValidReport(report: Report): void {
  assert.deepEqual(validateReport(report), [], "report must validate against schema/report.schema.json");
  assert.deepEqual(checkOffsets(report), [], "every span must lie in its document and slice to the cited words");
  assert.deepEqual(checkReferences(report), [], "every id a record names must exist");
}
