import type { Rejection } from "../model/input.js";

/**
 * A folder's `sources.json` or `sources.csv`: outlet names for the folder's files and for web
 * domains, as the user who collected the articles knows them. Keys are compared folded (case,
 * a leading "www."), so "PellTimes.example" and "pelltimes.example" name one domain.
 */
export type OutletMap = Readonly<Record<string, string>>;

export const NO_OUTLETS: OutletMap = {};

/** Names of the sidecar files, which are never read as articles. */
export const SIDECAR_NAMES: readonly string[] = ["sources.json", "sources.csv"];

export function sidecarKey(name: string): string {
  return name.trim().toLowerCase().replace(/^www\./u, "");
}

type Pairs = [string, string][];

function fromJson(text: string): Pairs | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'expected an object mapping file names or domains to outlet names, e.g. {"a.html": "Pell Times"}';
  }
  const pairs: Pairs = [];
  for (const [key, outlet] of Object.entries(value)) {
    if (typeof outlet !== "string") return `the outlet for "${key}" must be a string, got ${typeof outlet}`;
    if (outlet.trim() !== "") pairs.push([sidecarKey(key), outlet.trim()]);
  }
  return pairs;
}

/** One `name,outlet` pair a line; a header line `file,outlet` (or `name,…`/`domain,…`) is skipped. */
function fromCsv(text: string): Pairs | string {
  const pairs: Pairs = [];
  const lines = text.split(/\r\n|\n|\r/u);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const comma = line.indexOf(",");
    if (comma < 0) return `line ${index + 1}: expected "name,outlet"`;
    const key = unquote(line.slice(0, comma));
    const outlet = unquote(line.slice(comma + 1));
    if (index === 0 && /^(file|name|domain|source)s?$/iu.test(key)) continue;
    if (key !== "" && outlet !== "") pairs.push([sidecarKey(key), outlet]);
  }
  return pairs;
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/gu, '"').trim() : trimmed;
}

/** Parses a sidecar's text; a broken sidecar is a `malformed` rejection and maps nothing. */
export function parseSidecar(text: string, name: string): { outlets: OutletMap } | { rejection: Rejection } {
  const parsed = name.endsWith(".csv") ? fromCsv(text) : fromJson(text);
  if (typeof parsed === "string") return { rejection: { code: "malformed", source: name, line: null, reason: `outlet sidecar: ${parsed}` } };
  // fromEntries defines own properties, so a key like "__proto__" is data, not a prototype.
  return { outlets: Object.fromEntries(parsed) };
}

/** The outlet a sidecar gives for `key` (a file name or a domain), or null. */
export function sidecarOutlet(map: OutletMap, key: string | null): string | null {
  if (key === null) return null;
  const folded = sidecarKey(key);
  return Object.hasOwn(map, folded) ? (map[folded] ?? null) : null;
}

/** Inner folders inherit their parents' sidecars; the nearest folder's entry wins. */
export function mergeSidecars(outer: OutletMap, inner: OutletMap): OutletMap {
  return { ...outer, ...inner };
}
