/**
 * Every tunable number in corroborate, in one place, each with the reason for its value.
 * `validateTunables` runs at import: a value out of its sane range is a bug and throws.
 * Sections are per stage; a stage imports only its own section.
 */

/** Seed for every hash (ids, MinHash): fixed so the same input gives the same report byte for byte. */
export const HASH_SEED = 0x636f72726f626f72n; // "corrobor"

export const INGEST = {
  /** Inputs larger than this are not articles (and would stall the parsers); they are rejected. */
  MAX_INPUT_BYTES: 50 * 1024 * 1024,
  /** Share of control/NUL bytes in the first 8 KiB above which a file is binary, not text. */
  BINARY_CONTROL_RATIO: 0.1,
  /** Deepest directory recursion followed; real corpora are shallow, deeper usually means a loop. */
  MAX_DIRECTORY_DEPTH: 64,
} as const;

export const EXTRACT = {
  /** Cleaned bodies shorter than this (in characters) are not articles. */
  MIN_ARTICLE_CHARS: 80,
} as const;

export const TEXT = {} as const;

export const DEDUPE = {} as const;

export const CLUSTER = {} as const;

export const ENTITIES = {} as const;

export const QUOTES = {} as const;

export const EVENTS = {} as const;

export const RECONCILE = {} as const;

export const REPORT = {} as const;

type Range = readonly [section: string, name: string, value: number, min: number, max: number];

function ranges(): readonly Range[] {
  return [
    ["INGEST", "MAX_INPUT_BYTES", INGEST.MAX_INPUT_BYTES, 1024, 1024 ** 3],
    ["INGEST", "BINARY_CONTROL_RATIO", INGEST.BINARY_CONTROL_RATIO, 0, 1],
    ["INGEST", "MAX_DIRECTORY_DEPTH", INGEST.MAX_DIRECTORY_DEPTH, 1, 10_000],
    ["EXTRACT", "MIN_ARTICLE_CHARS", EXTRACT.MIN_ARTICLE_CHARS, 0, 10_000],
  ];
}

/** Throws when a tunable lies outside its sane range: a bad edit here must fail loudly, at once. */
export function validateTunables(): void {
  for (const [section, name, value, min, max] of ranges()) {
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`tunable ${section}.${name} = ${value} is outside [${min}, ${max}]`);
    }
  }
}

validateTunables();
