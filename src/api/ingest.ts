import type { IncomingMessage } from "node:http";
import { parseRecords, readBody } from "./body.js";
import { json, problem, type Reply } from "./reply.js";
import type { ApiContext } from "./route.js";

/** POST /api/v1/documents: reads the body within the size limit, then stores and analyses its records. */
export async function ingestRecords(context: ApiContext, request: IncomingMessage): Promise<Reply> {
  const bytes = await readBody(request, context.maxBodyBytes);
  if (bytes === "too-large") return problem("payload-too-large", `the body is over ${context.maxBodyBytes} bytes; send fewer records at a time`, { connection: "close" });
  const parsed = parseRecords(bytes, request.headers["content-type"]);
  if (!parsed.ok) return problem(parsed.kind, parsed.reason);
  const answer = await context.data.putDocuments(parsed.records);
  const notRecords = parsed.notRecords.map(({ source, line }) => ({
    code: "malformed" as const,
    source,
    line,
    reason: "expected a JSON object with a text or html field",
    stage: "ingest",
  }));
  return json({ ...answer, rejected: [...notRecords, ...answer.rejected] });
}
