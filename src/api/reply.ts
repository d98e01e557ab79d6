import type { Problem } from "./schemas.js";

/** What a route answers: built as a value, written to the socket by the server. */
export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The body's entity tag and UTF-8 bytes when already computed (a cached answer); the server computes them otherwise. */
  readonly etag?: string;
  readonly bytes?: Buffer;
  /** The UTF-8 bytes gzipped, for a cached answer of API.GZIP_MIN_BYTES or more. */
  readonly gzipped?: Buffer;
}

export const JSON_TYPE = "application/json; charset=utf-8";
export const PROBLEM_TYPE = "application/problem+json; charset=utf-8";
export const HTML_TYPE = "text/html; charset=utf-8";

/** Kinds of problem, by the slug of their `type` URI, with the status and title each carries. */
export const PROBLEMS = {
  "bad-request": { status: 400, title: "Bad request" },
  "unauthorized": { status: 401, title: "Unauthorized" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "internal": { status: 500, title: "Internal error" },
} as const;
export type ProblemKind = keyof typeof PROBLEMS;

/** An RFC 9457 problem details answer. */
export function problem(kind: ProblemKind, detail: string, headers?: Readonly<Record<string, string>>): Reply {
  const { status, title } = PROBLEMS[kind];
  const body: Problem = { type: `https://corroborate.invalid/problems/${kind}`, title, status, detail };
  return { status, contentType: PROBLEM_TYPE, body: JSON.stringify(body), ...(headers ? { headers } : {}) };
}

/** A JSON answer. */
export function json(value: unknown, status = 200): Reply {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(value) };
}
