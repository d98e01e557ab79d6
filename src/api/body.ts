import type { IncomingMessage } from "node:http";
import type { BodyRecord } from "./data.js";

/** The bytes of a request body, or "too-large" as soon as they pass `limit` (the rest is not read). */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return "too-large";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return "too-large";
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const JSON_LINES = new Set(["application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq"]);

/** The records of a POST body and the items that are not records at all; or why the body is unusable. */
export type ParsedBody =
  | { readonly ok: true; readonly records: readonly BodyRecord[]; readonly notRecords: readonly { readonly source: string; readonly line: number | null }[] }
  | { readonly ok: false; readonly kind: "bad-request" | "unsupported-media-type"; readonly reason: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads a POST body as records: a JSON array of records or one record (`application/json`), or
 * one record a line (JSON lines). Items are named `body[i]` or `body:LINE`; an item that is not
 * an object is listed apart, so the caller rejects it as malformed while the others go on.
 */
export function parseRecords(bytes: Buffer, contentType: string | undefined): ParsedBody {
  const media = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const text = bytes.toString("utf8");
  const records: BodyRecord[] = [];
  const notRecords: { source: string; line: number | null }[] = [];
  if (media === "application/json") {
    const parsed = parseJson(text);
    if (!parsed.ok) return { ok: false, kind: "bad-request", reason: "the body is not valid JSON" };
    const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    items.forEach((value: unknown, i) => {
      const source = `body[${i}]`;
      if (isObject(value)) records.push({ value, source, line: null });
      else notRecords.push({ source, line: null });
    });
    return { ok: true, records, notRecords };
  }
  if (JSON_LINES.has(media)) {
    const lines = text.split(/\r?\n/u);
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      const parsed = parseJson(line);
      const source = `body:${i + 1}`;
      if (parsed.ok && isObject(parsed.value)) records.push({ value: parsed.value, source, line: i + 1 });
      else notRecords.push({ source, line: i + 1 });
    });
    return { ok: true, records, notRecords };
  }
  return { ok: false, kind: "unsupported-media-type", reason: "send application/json (a record or an array of records) or application/x-ndjson (one record a line)" };
}
