import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { INGEST } from "../core/tunables.js";
import type { InputRecord, Rejection } from "../model/input.js";
import { fileRecords, jsonLineRecords } from "./files.js";
import { formatOf } from "./formats.js";

export { decodeBytes, looksBinary } from "./decode.js";
export { formatOf } from "./formats.js";
export { bareRecord } from "./records.js";
export type { Format } from "./formats.js";

export interface IngestOptions {
  /** Where `-` reads JSON lines from; defaults to `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
}

type Output = InputRecord | Rejection;

/** Tells a rejection from a record: only rejections carry a `code` and a `reason`. */
export function isRejection(x: unknown): x is Rejection {
  return typeof x === "object" && x !== null && "code" in x && "reason" in x && !("text" in x);
}

function unreadable(source: string, error: unknown): Rejection {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT" ? "does not exist (missing or vanished)"
    : code === "EACCES" || code === "EPERM" ? "permission denied"
    : `cannot be read: ${(error as Error).message}`;
  return { code: "unreadable", source, line: null, reason };
}

/** Code-unit order, not locale order: the same names sort the same way on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Walk {
  /** Real paths of the directories enclosing the current one: re-entering one is a cycle. */
  readonly ancestors: readonly string[];
  /** Real paths of every directory read so far, so a second route to one is not read twice. */
  readonly seen: Set<string>;
}

async function* walkDirectory(path: string, walk: Walk): AsyncGenerator<Output> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  if (walk.ancestors.includes(real)) {
    yield { code: "loop", source: path, line: null, reason: `directory cycle: ${path} leads back to ${real}` };
    return;
  }
  if (walk.ancestors.length >= INGEST.MAX_DIRECTORY_DEPTH) {
    yield { code: "loop", source: path, line: null, reason: `deeper than ${INGEST.MAX_DIRECTORY_DEPTH} directories` };
    return;
  }
  if (walk.seen.has(real)) return;
  walk.seen.add(real);
  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  const inner: Walk = { ancestors: [...walk.ancestors, real], seen: walk.seen };
  // Dot-files are editor, VCS and OS metadata, never articles.
  for (const name of names.filter((n) => !n.startsWith(".")).sort(byName)) {
    yield* walkPath(join(path, name), false, inner);
  }
}

async function* walkPath(path: string, explicit: boolean, walk: Walk): AsyncGenerator<Output> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  if (info.isDirectory()) {
    yield* walkDirectory(path, walk);
    return;
  }
  const format = formatOf(path);
  if (!info.isFile() || (format === null && !explicit)) {
    // Unknown files inside a directory are someone else's (images, notes); named ones are not.
    if (explicit) yield { code: "unsupported", source: path, line: null, reason: "not a regular file" };
    return;
  }
  if (info.size > INGEST.MAX_INPUT_BYTES) {
    yield { code: "unsupported", source: path, line: null, reason: `larger than ${INGEST.MAX_INPUT_BYTES} bytes` };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  yield* fileRecords(bytes, path, format ?? "text");
}

async function* stdinRecords(stream: NodeJS.ReadableStream): AsyncGenerator<Output> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    yield* jsonLineRecords([raw], "stdin", line);
  }
}

/**
 * Streams every input named by `paths`, in a deterministic order: paths as given, directory
 * entries sorted by name, recursively; `-` reads JSON lines from stdin. Bad input becomes a
 * `Rejection` value in the stream; this never throws for it.
 *
 * @example for await (const r of iterateInputs(["corpus/"])) if (!isRejection(r)) use(r);
 */
export async function* iterateInputs(
  paths: readonly string[],
  options: IngestOptions = {},
): AsyncGenerator<InputRecord | Rejection> {
  const walk: Walk = { ancestors: [], seen: new Set() };
  for (const path of paths) {
    if (path === "-") yield* stdinRecords(options.stdin ?? process.stdin);
    else yield* walkPath(path, true, walk);
  }
}

/** Collects `iterateInputs` into records and rejections, each in stream order. */
export async function readInputs(
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<{ records: InputRecord[]; rejections: Rejection[] }> {
  const records: InputRecord[] = [];
  const rejections: Rejection[] = [];
  for await (const item of iterateInputs(paths, options)) {
    if (isRejection(item)) rejections.push(item);
    else records.push(item);
  }
  return { records, rejections };
}
