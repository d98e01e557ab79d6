import { TypeCompiler } from "@sinclair/typebox/compiler";
import { RecordFieldsSchema, type InputRecord, type Rejection } from "../model/input.js";

/** Where a record came from: its `source` string and, for line-oriented inputs, the line. */
export interface Origin {
  readonly source: string;
  readonly file: string;
  readonly line: number | null;
}

/** The record schema compiled once; a compiled check is a pure function, not mutable state. */
const RECORD_FIELDS = TypeCompiler.Compile(RecordFieldsSchema);
const FIELDS = Object.keys(RecordFieldsSchema.properties) as (keyof typeof RecordFieldsSchema.properties)[];
/** A loose ISO 8601 shape: a calendar date, optionally a time and zone. */
const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A `malformed` rejection naming the file and line. */
export function malformed(origin: Origin, reason: string): Rejection {
  return { code: "malformed", source: origin.file, line: origin.line, reason };
}

/** The trimmed string when it is a non-blank string, else null. */
function nonBlank(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.normalize("NFC").trim();
  return trimmed === "" ? null : trimmed;
}

/** The date as given when it is ISO 8601 and a real date; anything else is dropped. */
export function looseIsoDate(value: string | null): string | null {
  if (value === null || !ISO_DATE.test(value)) return null;
  return Number.isNaN(Date.parse(value)) ? null : value;
}

/**
 * Checks one JSON value against the record schema (`RecordFieldsSchema`): an object with `text`
 * or `html` (a non-empty string) and optional string fields. Unknown fields are ignored; a field
 * of the wrong type makes the whole record malformed, naming the field, since its meaning can no
 * longer be trusted.
 *
 * @example toInputRecord({ text: "Floods in Lowmarsh..." }, { source: "a.json", file: "a.json", line: null })
 */
export function toInputRecord(value: unknown, origin: Origin): InputRecord | Rejection {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return malformed(origin, "expected a JSON object with a text or html field");
  }
  const obj = value as Record<string, unknown>;
  if (!RECORD_FIELDS.Check(obj)) {
    const error = RECORD_FIELDS.Errors(obj).First();
    const key = error?.path.replace(/^\//u, "") ?? "?";
    const field = obj[key];
    const got = field === null ? "null" : Array.isArray(field) ? "array" : typeof field;
    return malformed(origin, `field "${key}" must be a string, got ${got}`);
  }
  const strings: Record<string, string | null> = {};
  for (const key of FIELDS) {
    const field = obj[key];
    strings[key] = typeof field === "string" ? field.normalize("NFC") : null;
  }
  const text = strings["text"] ?? null;
  const html = strings["html"] ?? null;
  const hasText = text !== null && text.trim() !== "";
  const hasHtml = html !== null && html.trim() !== "";
  if (!hasText && !hasHtml) {
    if (text !== null || html !== null) {
      return { code: "empty", source: origin.file, line: origin.line, reason: "text/html is blank" };
    }
    return malformed(origin, 'record has neither "text" nor "html"');
  }
  return {
    source: origin.source,
    id: nonBlank(strings["id"] ?? null),
    // Text wins when both are given: it is what the producer already cleaned.
    text: hasText ? text : null,
    html: hasText ? null : html,
    title: nonBlank(strings["title"] ?? null),
    url: nonBlank(strings["url"] ?? null),
    outlet: nonBlank(strings["outlet"] ?? null),
    author: nonBlank(strings["author"] ?? null),
    publishedAt: looseIsoDate(nonBlank(strings["publishedAt"] ?? null)),
    language: nonBlank(strings["language"] ?? null),
  };
}

/** A record holding one article's plain text or HTML with nothing else known. */
export function bareRecord(source: string, body: { text: string } | { html: string }): InputRecord {
  return {
    source,
    id: null,
    text: "text" in body ? body.text : null,
    html: "html" in body ? body.html : null,
    title: null,
    url: null,
    outlet: null,
    author: null,
    publishedAt: null,
    language: null,
  };
}

/**
 * Checks a record handed to `analyze(records)` in memory at the door: the same schema as a file's
 * records, plus a `source` string naming it (`records[i]` when missing). A record of the wrong
 * shape is a `malformed` rejection naming the field; it never throws, so the other records live.
 */
export function checkRecord(value: unknown, index: number): InputRecord | Rejection {
  const given = typeof value === "object" && value !== null ? (value as { source?: unknown }).source : undefined;
  const source = typeof given === "string" && given.trim() !== "" ? given : `records[${index}]`;
  const origin = { source, file: source, line: null };
  if (given !== undefined && typeof given !== "string") return malformed(origin, `field "source" must be a string, got ${typeof given}`);
  return toInputRecord(value, origin);
}
