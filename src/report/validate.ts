import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { DocSpan } from "../model/span.js";
import type { Document } from "../model/document.js";
import type { Report } from "../model/report.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module object, whose
// `default` is the plugin (at run time both forms are the same function).
const addFormats = addFormatsModule.default;

/**
 * Where the JSON Schema lives: `schema/` at the package root, two levels above both
 * `src/report/` (tsx) and `dist/report/` (built), and shipped via package.json `files`.
 */
// Typed as a plain `{ href }` so the published declarations need no Node or DOM typings.
export const REPORT_SCHEMA_URL: { readonly href: string } = new URL("../../schema/report.schema.json", import.meta.url);

/** Reads the report JSON Schema (draft 2020-12). */
export function loadReportSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(REPORT_SCHEMA_URL.href), "utf8")) as Record<string, unknown>;
}

/** A compiled schema check: the list of violations, empty when the value is a valid report. */
export type ReportValidator = (report: unknown) => string[];

/**
 * Compiles the report schema once; keep the returned function and call it per report, since
 * compiling is the slow part.
 *
 * @example
 * const validate = createReportValidator();
 * const problems = validate(JSON.parse(text)); // [] when valid
 */
export function createReportValidator(): ReportValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const check = ajv.compile(loadReportSchema());
  return (report) => {
    if (check(report)) return [];
    return (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}${paramsNote(e.params)}`);
  };
}

function paramsNote(params: Record<string, unknown>): string {
  if (typeof params["additionalProperty"] === "string") return `: ${params["additionalProperty"]}`;
  if (Array.isArray(params["allowedValues"])) return `: ${params["allowedValues"].map(String).join(", ")}`;
  return "";
}

/**
 * Schema violations of `report` (empty when valid). Compiles the schema on every call; for many
 * reports use `createReportValidator`.
 */
export function validateReport(report: unknown): string[] {
  return createReportValidator()(report);
}

/**
 * Provenance violations: every span (entity mentions, event mentions, fact sources, quote
 * occurrences, copy passages) must name a document of the report and satisfy
 * 0 ≤ start < end ≤ text.length; each quote's `text` must equal the slice of one occurrence.
 *
 * @example
 * checkOffsets(report) // ["story s_1 fact f_2 value 0 source 1: end 900 > length 812 of document d_3"]
 */
export function checkOffsets(report: Report): string[] {
  const texts = new Map<string, string>(report.documents.map((d: Document) => [d.id, d.text]));
  // A fact read from a headline cites into the document's title (`field: "title"`).
  const titles = new Map<string, string>(report.documents.map((d: Document) => [d.id, d.title ?? ""]));
  const problems: string[] = [];
  const span = (where: string, s: DocSpan & { field?: string }): string | null => {
    const text = (s.field === "title" ? titles : texts).get(s.documentId);
    const problem = spanProblem(text, s.documentId, s.start, s.end);
    if (problem) problems.push(`${where}: ${problem}`);
    return problem || text === undefined ? null : text.slice(s.start, s.end);
  };
  for (const story of report.stories) {
    const at = `story ${story.id}`;
    for (const e of story.entities) e.mentions.forEach((m, i) => span(`${at} entity ${e.id} mention ${i}`, m));
    for (const e of story.events) e.mentions.forEach((m, i) => span(`${at} event ${e.id} mention ${i}`, m));
    for (const f of story.facts) {
      f.values.forEach((v, vi) => v.sources.forEach((s, si) => span(`${at} fact ${f.id} value ${vi} source ${si}`, s)));
    }
    for (const q of story.quotes) {
      const slices = q.occurrences.map((o, i) => span(`${at} quote ${q.id} occurrence ${i}`, o));
      if (!slices.includes(q.text)) problems.push(`${at} quote ${q.id}: text is not the slice of any occurrence`);
    }
    for (const c of story.copies) {
      const [a, b] = c.documentIds;
      c.passages.forEach((p, i) => {
        span(`${at} copy ${a}~${b} passage ${i} side a`, { documentId: a, ...p.a });
        span(`${at} copy ${a}~${b} passage ${i} side b`, { documentId: b, ...p.b });
      });
    }
  }
  return problems;
}

function spanProblem(text: string | undefined, documentId: string, start: number, end: number): string | null {
  if (text === undefined) return `unknown document ${documentId}`;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets ${start}..${end} are not integers`;
  if (start < 0) return `start ${start} < 0`;
  if (end <= start) return `end ${end} <= start ${start}`;
  if (end > text.length) return `end ${end} > length ${text.length} of document ${documentId}`;
  return null;
}

/**
 * Cross-reference violations: story documents exist, each story's records cite only its own
 * documents, facts name an event of their story, quote speakers are entities of their story,
 * and copies join two documents of their story.
 */
export function checkReferences(report: Report): string[] {
  const known = new Set(report.documents.map((d) => d.id));
  const problems: string[] = [];
  for (const story of report.stories) {
    const at = `story ${story.id}`;
    const members = new Set(story.documentIds);
    for (const id of story.documentIds) if (!known.has(id)) problems.push(`${at}: unknown document ${id}`);
    const cite = (where: string, s: { readonly documentId: string }): void => {
      if (known.has(s.documentId) && !members.has(s.documentId)) problems.push(`${where}: cites document ${s.documentId} outside the story`);
    };
    for (const e of story.entities) e.mentions.forEach((m) => cite(`${at} entity ${e.id}`, m));
    for (const e of story.events) e.mentions.forEach((m) => cite(`${at} event ${e.id}`, m));
    const events = new Set(story.events.map((e) => e.id));
    const entities = new Set(story.entities.map((e) => e.id));
    for (const f of story.facts) {
      if (!events.has(f.eventId)) problems.push(`${at} fact ${f.id}: unknown event ${f.eventId}`);
      f.values.forEach((v) => v.sources.forEach((s) => cite(`${at} fact ${f.id}`, s)));
    }
    for (const q of story.quotes) {
      if (q.speaker !== null && !entities.has(q.speaker)) problems.push(`${at} quote ${q.id}: unknown speaker ${q.speaker}`);
      q.occurrences.forEach((o) => cite(`${at} quote ${q.id}`, o));
    }
    for (const c of story.copies) {
      for (const id of c.documentIds) if (!members.has(id)) problems.push(`${at} copy: document ${id} is not in the story`);
    }
  }
  return problems;
}
