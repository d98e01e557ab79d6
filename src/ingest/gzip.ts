import { gunzipSync } from "node:zlib";
import { INGEST } from "../core/tunables.js";
import type { Rejection } from "../model/input.js";

/**
 * The bytes of a gzip file, inflated to at most `INGEST.MAX_INPUT_BYTES` (the limit a plain file
 * has, so a small file that inflates to gigabytes is refused before it is held), or the
 * rejection naming `source`: `too-large` past the limit, `unreadable` when it is not gzip.
 *
 * @example gunzipInput(gzipSync("<p>hi</p>"), "a.html.gz") // Buffer of "<p>hi</p>"
 */
export function gunzipInput(bytes: Uint8Array, source: string, limit: number = INGEST.MAX_INPUT_BYTES): Uint8Array | Rejection {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") return { code: "too-large", source, line: null, reason: `inflates to more than ${limit} bytes` };
    return { code: "unreadable", source, line: null, reason: `not readable as gzip: ${(error as Error).message}` };
  }
}
