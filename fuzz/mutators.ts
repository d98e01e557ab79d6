import fc from "fast-check";

/**
 * What the fuzzer feeds the program: one input file (name and bytes) or one in-memory record
 * for `analyze(records)`, with a short description of how it was made, for the report.
 */
export type FuzzInput = (
  | { readonly kind: "file"; readonly name: string; readonly bytes: Uint8Array; readonly how: string }
  | { readonly kind: "record"; readonly record: unknown; readonly how: string }
) & {
  /** The mutator (or "arbitrary") that made it, and whether its seed is a real page: the run's mix. */
  readonly family?: string;
};

/** A real or invented article to mutate: its file name decides how the program reads it. */
export interface Seed {
  readonly name: string;
  readonly text: string;
  /** Read from ../shared (a real page or seed article), not invented or from examples/. */
  readonly real?: boolean;
}

/**
 * Characters of a seed the targeted mutators (bytes, runs, lines, records, JSON, feeds) keep:
 * what they test is the broken byte, the run or the wrong field, not the page's length, and a
 * whole 100 KB page read as plain text costs 20-50 times a window of it. Whole pages still go
 * through `truncate` (cut anywhere, so the extractor sees every kind of unfinished page).
 */
const WINDOW_CHARS = 1500;

/** A size from `min` to `most`, or one time in four from `most` to `max`. */
const sized = (min: number, most: number, max: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 3, arbitrary: fc.integer({ min, max: most }) }, { weight: 1, arbitrary: fc.integer({ min: most, max }) });

/** A window of the seed's text, starting where fast-check says. */
const windowOf = (seed: Seed): fc.Arbitrary<string> =>
  fc.nat({ max: Math.max(0, seed.text.length - WINDOW_CHARS) }).map((at) => seed.text.slice(at, at + WINDOW_CHARS));

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A byte-level or text-level change to a seed, by name. */
type Mutator = (seed: Seed) => fc.Arbitrary<FuzzInput>;

const file = (name: string, text: string | Uint8Array, how: string): FuzzInput => ({
  kind: "file",
  name,
  bytes: typeof text === "string" ? utf8(text) : text,
  how,
});

const truncate: Mutator = (seed) =>
  fc.nat({ max: Math.max(0, seed.text.length) }).map((at) => file(seed.name, seed.text.slice(0, at), `truncated at ${at} of ${seed.name}`));

/** Invalid UTF-8, stray continuation bytes, a UTF-16 BOM before UTF-8 text, NUL bytes, in a window of the seed. */
const brokenBytes: Mutator = (seed) =>
  fc
    .tuple(fc.constantFrom("invalid-utf8", "utf16-bom", "nul", "latin1"), fc.nat({ max: 64 }), fc.nat({ max: 1000 }), windowOf(seed))
    .map(([kind, count, at, text]) => {
      const body = utf8(text);
      const pos = Math.min(at * 3, body.length);
      const junk =
        kind === "invalid-utf8" ? new Uint8Array(count + 1).fill(0xc3).map((b, i) => (i % 2 ? 0xff : b))
        : kind === "nul" ? new Uint8Array(count + 1)
        : kind === "latin1" ? new Uint8Array(count + 1).fill(0xe9)
        : new Uint8Array([0xff, 0xfe]);
      const out = new Uint8Array(body.length + junk.length);
      const head = kind === "utf16-bom" ? 0 : pos;
      out.set(body.subarray(0, head), 0);
      out.set(junk, head);
      out.set(body.subarray(head), head + junk.length);
      return file(seed.name, out, `${kind} ×${count} at byte ${head} of ${seed.name}`);
    });

/** Wraps the article in `depth` unclosed or closed elements. */
const deepHtml: Mutator = (seed) =>
  // Depths up to a third over the 1,500 cap (MAX_HTML_DEPTH): most are parsed, some rejected.
  fc.tuple(fc.integer({ min: 10, max: 2000 }), fc.boolean(), fc.constantFrom("div", "span", "table", "blockquote")).map(([depth, close, tag]) => {
    const body = `<p>${seed.text.slice(0, 2000)}</p>`;
    return file("deep.html", `<html><body>${`<${tag}>`.repeat(depth)}${body}${close ? `</${tag}>`.repeat(depth) : ""}</body></html>`, `${tag} nested ${depth} deep${close ? "" : ", unclosed"}`);
  });

/** Runs of one punctuation mark, digits, references or schemes inserted into the text. */
const runs: Mutator = (seed) =>
  fc
    .tuple(fc.constantFrom("?", "&#", "http://", "1,", "1, ", "!", ".", "-", "Aa ", "\u200b", "a"), fc.integer({ min: 50, max: 30_000 }), fc.nat({ max: 2000 }), windowOf(seed))
    .map(([unit, chars, at, text]) => {
      // Capitalised word runs are cubic in the entities stage today: kept short so a run ends.
      const limit = unit === "Aa " ? 600 : chars;
      const run = unit.repeat(Math.ceil(limit / unit.length));
      const pos = Math.min(at, text.length);
      const name = seed.name.endsWith(".html") ? "run.txt" : seed.name;
      return file(name, `${text.slice(0, pos)}${run}${text.slice(pos)}`, `${JSON.stringify(unit)} run of ${run.length} chars`);
    });

/**
 * Many short lines, or one enormous line, of the seed's words: the same word over and over would
 * be rejected by the repeated-word cap (MAX_REPEATED_WORDS) before any line count is looked at.
 */
const lines: Mutator = (seed) =>
  // Line counts up to 40% over the 5,000-line cap (MAX_ARTICLE_LINES) and line lengths up to 40%
  // over the 100,000-character cap (MAX_LINE_CHARS), the big ones one in four: a document near a
  // cap takes 100-500 ms to analyse, most of the run's time if all were big.
  fc.tuple(sized(100, 300, 7000), sized(500, 5000, 140_000), fc.boolean(), windowOf(seed)).map(([count, chars, many, window]) => {
    const words = window.split(/\s+/u).filter((w) => w !== "");
    const unit = words.length < 8 ? ["Corvel", "council", "said", "on", "Tuesday", "that", "pumps", "arrived"] : words;
    const text = many ? Array.from({ length: count }, (_, i) => unit[i % unit.length]).join("\n") : `${unit.join(" ")} `.repeat(Math.ceil(chars / (unit.join(" ").length + 1))).slice(0, chars);
    return file("lines.txt", text, many ? `${count} short lines` : `one line of ${text.length} chars`);
  });

const JSON_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.double(),
);

/** A JSON record with some fields of the wrong type, as a .json, .jsonl line or in-memory record. */
const wrongTypes: Mutator = (seed) =>
  fc
    .tuple(
      fc.record({ id: JSON_VALUES, text: fc.oneof(windowOf(seed), JSON_VALUES), outlet: JSON_VALUES, url: JSON_VALUES, publishedAt: JSON_VALUES, title: JSON_VALUES }, { requiredKeys: [] }),
      fc.constantFrom("json", "jsonl", "record"),
      windowOf(seed),
    )
    .map(([record, as, text]) => {
      const how = `record with ${Object.keys(record).join(", ") || "no fields"} as ${as}`;
      if (as === "record") return { kind: "record", record: { source: "fuzz-record", ...record }, how } satisfies FuzzInput;
      return file(`records.${as}`, as === "json" ? JSON.stringify([record, { text }]) : `${JSON.stringify(record)}\n${JSON.stringify({ text })}\n`, how);
    });

/** JSON text cut short, or nested deep, or with garbage lines. */
const malformedJson: Mutator = (seed) => {
  // Depths mostly around the 32 cap (MAX_JSON_DEPTH), one in four far past it.
  const depths = sized(1, 64, 200_000);
  return fc.tuple(fc.nat({ max: 400 }), depths, fc.constantFrom("cut", "deep", "garbage"), windowOf(seed)).map(([at, depth, kind, window]) => {
    const good = JSON.stringify({ text: window, outlet: "Fuzz Outlet" });
    const text = kind === "cut" ? good.slice(0, at) : kind === "deep" ? `${"[".repeat(depth)}${good}${"]".repeat(depth)}` : `${good}\n{"text": }\n\u0000\n${good.slice(0, at)}`;
    return file(kind === "garbage" ? "bad.jsonl" : "bad.json", text, `JSON ${kind} (${kind === "deep" ? depth : at})`);
  });
};

/** RSS feeds: truncated, items without bodies, short items, entity-laden items. */
const feeds: Mutator = (seed) =>
  fc.tuple(fc.nat({ max: 3000 }), fc.constantFrom("cut", "empty-item", "short-item", "entities", "no-channel"), windowOf(seed)).map(([at, kind, text]) => {
    const item = (body: string) => `<item><title>T</title><link>https://fuzz.example/${at}</link><description><![CDATA[${body}]]></description></item>`;
    const items = kind === "empty-item" ? `${item(text)}<item><title>x</title></item>` : kind === "short-item" ? `${item(text)}${item("Short.")}` : kind === "entities" ? item(`${"&amp;".repeat(at)}${text}`) : item(text);
    const feed = kind === "no-channel" ? `<?xml version="1.0"?><rss>${items}</rss>` : `<?xml version="1.0"?><rss version="2.0"><channel><title>Fuzz Feed</title>${items}</channel></rss>`;
    return file("feed.rss", kind === "cut" ? feed.slice(0, at) : feed, `feed ${kind}`);
  });

/** Arbitrary strings (fast-check's, including lone surrogates and control characters) as a file. */
export const arbitraryText: fc.Arbitrary<FuzzInput> = fc
  .tuple(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: "binary", maxLength: 3000 }), fc.string({ unit: "grapheme", maxLength: 3000 })), fc.constantFrom("a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a.md"))
  .map(([text, name]) => file(name, text, `arbitrary ${text.length}-char string as ${name}`));

/**
 * The mutators and their weights in the mix. Whole real pages (truncate) are slow inputs (30-50
 * ms of CPU each against 3-20 for a window), so they are 2 in 15 of the mutated inputs; the run
 * prints the mix it tried.
 */
export const MUTATORS: readonly (readonly [string, number, Mutator])[] = [
  ["truncate", 2, truncate],
  ["bytes", 2, brokenBytes],
  ["deep-html", 1, deepHtml],
  ["runs", 3, runs],
  ["lines", 1, lines],
  ["wrong-types", 3, wrongTypes],
  ["malformed-json", 1, malformedJson],
  ["feeds", 2, feeds],
];

/** Weight of arbitrary fast-check strings against all mutated inputs (15). */
const ARBITRARY_WEIGHT = 2;

/** One fuzz input: a mutation of one of the seeds, or an arbitrary string, labelled with its family. */
export function fuzzInput(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  // Indexes, not constantFrom(...list): a spread argument would grow with the seed corpus.
  // Unbiased: fast-check's bias towards small numbers would favour the first (invented) seeds.
  const seed = fc.noBias(fc.nat({ max: seeds.length - 1 })).map((i) => seeds[i] as Seed);
  const mutated = MUTATORS.map(([name, weight, mutate]) => ({
    weight,
    arbitrary: seed.chain((s) => mutate(s).map((input): FuzzInput => ({ ...input, family: `${name}${s.real === true ? " (real page)" : ""}` }))),
  }));
  return fc.oneof(...mutated, { weight: ARBITRARY_WEIGHT, arbitrary: arbitraryText.map((input): FuzzInput => ({ ...input, family: "arbitrary" })) });
}
