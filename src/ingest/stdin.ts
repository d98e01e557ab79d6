import { INGEST } from "../core/tunables.js";
import type { InputRecord, Rejection } from "../model/input.js";
import { jsonLineRecords } from "./files.js";

type Output = InputRecord | Rejection;

/**
 * A first line that cannot open a JSON record: standard input carries JSON lines, and plain text
 * piped in by mistake would otherwise give one "invalid JSON" warning per line.
 */
function plainTextRejection(firstLine: string, name: string, line: number): Rejection | null {
  const text = firstLine.replace(/^\uFEFF/, "").trim();
  if (text === "" || text.startsWith("{")) return null;
  return {
    code: "malformed",
    source: name,
    line,
    reason: 'standard input expects JSON lines, one record a line ({"text": "..."} or {"html": "..."}); this looks like plain text: save it to a .txt file and name the file instead',
  };
}

/**
 * JSON-lines records from a stream (standard input), read in chunks and split at LF bytes, which
 * never occur inside a UTF-8 character. At most INGEST.MAX_STDIN_BYTES are read: past that the
 * stream is closed and one `too-large` rejection names the line where reading stopped, so a huge
 * pipe costs bounded memory and the records before it are kept.
 */
export async function* streamRecords(stream: AsyncIterable<Uint8Array | string>, name = "stdin"): AsyncGenerator<Output> {
  let total = 0;
  let line = 1;
  let pending: Buffer[] = [];
  let checked = false;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += bytes.length;
    if (total > INGEST.MAX_STDIN_BYTES) {
      yield { code: "too-large", source: name, line, reason: `more than ${INGEST.MAX_STDIN_BYTES} bytes on standard input; the rest was not read` };
      return;
    }
    let start = 0;
    for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
      pending.push(bytes.subarray(start, end));
      const text = Buffer.concat(pending).toString("utf8");
      if (!checked && text.trim() !== "") {
        checked = true;
        const plain = plainTextRejection(text, name, line);
        if (plain) {
          yield plain;
          return;
        }
      }
      yield* jsonLineRecords([text], name, line);
      pending = [];
      line++;
      start = end + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length === 0) return;
  const text = Buffer.concat(pending).toString("utf8");
  const plain = checked ? null : plainTextRejection(text, name, line);
  if (plain) yield plain;
  else yield* jsonLineRecords([text], name, line);
}
