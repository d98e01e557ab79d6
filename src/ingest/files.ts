import type { InputRecord, Rejection } from "../model/input.js";
import { decodeBytes, looksBinary } from "./decode.js";
import { feedRecords } from "./feed.js";
import type { Format } from "./formats.js";
import { jsonLimits } from "./limits.js";
import { bareRecord, malformed, toInputRecord } from "./records.js";

type Output = InputRecord | Rejection;

function empty(source: string, line: number | null = null): Rejection {
  return { code: "empty", source, line, reason: "no text: the file is empty or only whitespace" };
}

/**
 * Records from the JSON-lines text `lines` (one record per line, blank lines ignored). A bad
 * line is a rejection of that line alone; the rest are kept.
 */
export function jsonLineRecords(lines: readonly string[], file: string, firstLine = 1): Output[] {
  const out: Output[] = [];
  lines.forEach((raw, index) => {
    const line = firstLine + index;
    const text = (index === 0 ? raw.replace(/^\uFEFF/, "") : raw).trim();
    if (text === "") return;
    const origin = { source: `${file}:${line}`, file, line };
    const deep = jsonLimits(text, file, line);
    if (deep !== null) {
      out.push(deep);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      out.push(malformed(origin, `invalid JSON: ${(error as Error).message}`));
      return;
    }
    out.push(toInputRecord(value, origin));
  });
  return out;
}

function jsonRecords(text: string, file: string): Output[] {
  const deep = jsonLimits(text, file, null);
  if (deep !== null) return [deep];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [malformed({ source: file, file, line: null }, `invalid JSON: ${(error as Error).message}`)];
  }
  if (!Array.isArray(value)) return [toInputRecord(value, { source: file, file, line: null })];
  return value.map((item, index) => {
    const result = toInputRecord(item, { source: `${file}#${index}`, file, line: null });
    return "reason" in result ? { ...result, reason: `item #${index}: ${result.reason}` } : result;
  });
}

/**
 * Everything one file holds, as records and rejections: bytes are checked for emptiness and
 * binary content, decoded (BOM, declared charset, UTF-8, else Windows-1252) and parsed by format.
 */
export function fileRecords(bytes: Uint8Array, source: string, format: Format): Output[] {
  if (bytes.length === 0) return [empty(source)];
  if (looksBinary(bytes)) {
    return [{ code: "binary", source, line: null, reason: "binary content (control bytes), not text" }];
  }
  const text = decodeBytes(bytes, format === "html" ? "html" : format === "feed" ? "xml" : "text");
  if (text.trim() === "") return [empty(source)];
  switch (format) {
    case "text":
      return [bareRecord(source, { text })];
    case "html":
      return [bareRecord(source, { html: text })];
    case "json":
      return jsonRecords(text, source);
    case "jsonl":
      return jsonLineRecords(text.split(/\r\n|\n|\r/), source);
    case "feed":
      return feedRecords(text, source);
  }
}
