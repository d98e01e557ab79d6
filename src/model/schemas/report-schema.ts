import { emitDefs, emitSchema } from "./emit.js";
import { REPORT_DEFS, Report } from "./records.js";

/** schema/report.schema.json, built from the record schemas (`npm run schemas` writes it). */
export function reportJsonSchema(): Record<string, unknown> {
  const defs = "#/$defs/";
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://corroborate.invalid/schema/report.schema.json",
    title: "corroborate report",
    description:
      "One cited account of many articles. Every span is [start, end) in UTF-16 code units of its document's text. See docs/report-format.md. Generated from src/model/schemas by `npm run schemas`: do not edit.",
    ...emitSchema(Report, defs),
    $defs: emitDefs(REPORT_DEFS, defs),
  };
}
