import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { INGEST } from "../core/tunables.js";
import type { InputRecord, Rejection } from "../model/input.js";
import { fileRecords } from "./files.js";
import { extensionOf, formatOf, isGzipName, READ_EXTENSIONS, stemOf } from "./formats.js";
import { gunzipInput } from "./gzip.js";
import { streamRecords } from "./stdin.js";
import { NO_OUTLETS, SIDECAR_NAMES, mergeSidecars, parseSidecar, sidecarOutlet, type OutletMap } from "./sidecar.js";

export { decodeBytes, looksBinary } from "./decode.js";
export { formatOf } from "./formats.js";
export { bareRecord, checkRecord } from "./records.js";
export { articleLimits, documentLimits } from "./limits.js";
export type { Format } from "./formats.js";

export interface IngestOptions {
  /** Where `-` reads JSON lines from; defaults to `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

type Output = InputRecord | Rejection;

/** Tells a rejection from a record: only rejections carry a `code` and a `reason`. */
export function isRejection(x: unknown): x is Rejection {
  return typeof x === "object" && x !== null && "code" in x && "reason" in x && !("text" in x);
}

function unreadable(source: string, error: unknown): Rejection {
  const code = (error as NodeJS.ErrnoException).code;
  // The error's message holds the full path; the report names inputs without the user's folders.
  const reason =
    code === "ENOENT" ? "does not exist (missing or vanished)"
    : code === "EACCES" || code === "EPERM" ? "permission denied"
    : `cannot be read (${code ?? "unknown error"})`;
  return { code: "unreadable", source, line: null, reason };
}

/** Code-unit order, not locale order: the same names sort the same way on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A path being read and the name reports give it: relative to the folder the user named (or the
 * base name of a file named directly), so a report never shows where the user keeps files.
 */
interface Entry {
  readonly path: string;
  readonly name: string;
  /** Outlets from the enclosing folders' sidecars. */
  readonly outlets: OutletMap;
}

/** The display name of a path the user named: its last segment ("." and ".." resolved). */
function rootName(path: string): string {
  return basename(resolve(path)) || path;
}

interface Walk {
  /** Real paths of the directories enclosing the current one: re-entering one is a cycle. */
  readonly ancestors: readonly string[];
  /** Real paths of every directory read so far, so a second route to one is not read twice. */
  readonly seen: Set<string>;
}

/** The folder's own sidecar merged over its parents'; a broken one is reported and maps nothing. */
async function* folderOutlets(entry: Entry, names: readonly string[]): AsyncGenerator<Output, OutletMap> {
  let outlets = entry.outlets;
  for (const sidecar of SIDECAR_NAMES.filter((n) => names.includes(n))) {
    const name = entry.name === "" ? sidecar : `${entry.name}/${sidecar}`;
    let text: string;
    try {
      text = await readFile(join(entry.path, sidecar), "utf8");
    } catch (error) {
      yield unreadable(name, error);
      continue;
    }
    const parsed = parseSidecar(text, name);
    if ("rejection" in parsed) yield parsed.rejection;
    else outlets = mergeSidecars(outlets, parsed.outlets);
  }
  return outlets;
}

async function* walkDirectory(entry: Entry, walk: Walk): AsyncGenerator<Output> {
  const { path, name: shown } = entry;
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    yield unreadable(shown, error);
    return;
  }
  if (walk.ancestors.includes(real)) {
    yield { code: "loop", source: shown, line: null, reason: "directory cycle: the folder leads back to one that encloses it" };
    return;
  }
  if (walk.ancestors.length >= INGEST.MAX_DIRECTORY_DEPTH) {
    yield { code: "loop", source: shown, line: null, reason: `deeper than ${INGEST.MAX_DIRECTORY_DEPTH} directories` };
    return;
  }
  if (walk.seen.has(real)) return;
  walk.seen.add(real);
  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    yield unreadable(shown, error);
    return;
  }
  const outlets = yield* folderOutlets(entry, names);
  const inner: Walk = { ancestors: [...walk.ancestors, real], seen: walk.seen };
  // Dot-files are editor, VCS and OS metadata, never articles; sidecars map outlets, not articles.
  for (const name of names.filter((n) => !n.startsWith(".") && !SIDECAR_NAMES.includes(n)).sort(byName)) {
    const child = { path: join(path, name), name: shown === "" ? name : `${shown}/${name}`, outlets };
    yield* walkPath(child, false, inner);
  }
}

/** The file's outlets: a sidecar entry for its name is given by the user, like a record's outlet. */
function withOutlets(item: Output, file: string, outlets: OutletMap, oneArticle: boolean): Output {
  if (isRejection(item)) return item;
  const record = item;
  const stem = stemOf(file);
  const named = sidecarOutlet(outlets, basename(file)) ?? sidecarOutlet(outlets, stem);
  return {
    ...record,
    outlet: record.outlet ?? named,
    ...(Object.keys(outlets).length > 0 ? { outletsByDomain: outlets } : {}),
    ...(oneArticle && stem !== "" ? { fileOutlet: stem } : {}),
  };
}

async function* walkPath(entry: Entry, explicit: boolean, walk: Walk): AsyncGenerator<Output> {
  const { path } = entry;
  // A folder the user named is the root its files are named from; a file named directly keeps its base name.
  const shown = explicit ? rootName(path) : entry.name;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield unreadable(shown, error);
    return;
  }
  if (info.isDirectory()) {
    yield* walkDirectory({ ...entry, name: explicit ? "" : entry.name }, walk);
    return;
  }
  const format = formatOf(path);
  if (!info.isFile()) {
    if (explicit) yield { code: "unsupported", source: shown, line: null, reason: "not a regular file" };
    return;
  }
  if (format === null && !explicit) {
    // A file of another type inside a folder (an image, a PDF) is not read, but named, so a folder
    // of only such files says what it ignored instead of reading as empty. A file named directly
    // is read as text: the user chose it.
    const extension = extensionOf(path);
    const kind = extension === "" ? "a file without an extension" : `a ${extension} file`;
    yield { code: "unsupported", source: shown, line: null, reason: `${kind}: not a type corroborate reads (${READ_EXTENSIONS.map((e) => `.${e}`).join(" ")}, each also gzipped as .gz)` };
    return;
  }
  if (info.size > INGEST.MAX_INPUT_BYTES) {
    yield { code: "too-large", source: shown, line: null, reason: `larger than ${INGEST.MAX_INPUT_BYTES} bytes` };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield unreadable(shown, error);
    return;
  }
  if (isGzipName(path)) {
    const inflated = gunzipInput(bytes, shown);
    if (isRejection(inflated)) {
      yield inflated;
      return;
    }
    bytes = inflated;
  }
  const oneArticle = format === null || format === "text" || format === "html";
  for (const item of fileRecords(bytes, shown, format ?? "text")) yield withOutlets(item, shown, entry.outlets, oneArticle);
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
    if (path === "-") yield* streamRecords(options.stdin ?? process.stdin);
    else yield* walkPath({ path, name: rootName(path), outlets: NO_OUTLETS }, true, walk);
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
