import fc from "fast-check";

/**
 * What the fuzzer feeds the program: one input file (name and bytes) or one in-memory record
 * for `analyze(records)`, with a short description of how it was made, for the report.
 */
export type FuzzInput =
  | { readonly kind: "file"; readonly name: string; readonly bytes: Uint8Array; readonly how: string }
  | { readonly kind: "record"; readonly record: unknown; readonly how: string };

/** A real or invented article to mutate: its file name decides how the program reads it. */
export interface Seed {
  readonly name: string;
  readonly text: string;
}

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

/** Invalid UTF-8, stray continuation bytes, a UTF-16 BOM before UTF-8 text, NUL bytes. */
const brokenBytes: Mutator = (seed) =>
  fc
    .tuple(fc.constantFrom("invalid-utf8", "utf16-bom", "nul", "latin1"), fc.nat({ max: 64 }), fc.nat({ max: 1000 }))
    .map(([kind, count, at]) => {
      const body = utf8(seed.text);
      const pos = Math.min(at * 7, body.length);
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
  fc.tuple(fc.integer({ min: 10, max: 5000 }), fc.boolean(), fc.constantFrom("div", "span", "table", "blockquote")).map(([depth, close, tag]) => {
    const body = `<p>${seed.text.slice(0, 2000)}</p>`;
    return file("deep.html", `<html><body>${`<${tag}>`.repeat(depth)}${body}${close ? `</${tag}>`.repeat(depth) : ""}</body></html>`, `${tag} nested ${depth} deep${close ? "" : ", unclosed"}`);
  });

/** Runs of one punctuation mark, digits, references or schemes inserted into the text. */
const runs: Mutator = (seed) =>
  fc
    .tuple(fc.constantFrom("?", "&#", "http://", "1,", "1, ", "!", ".", "-", "Aa ", "\u200b", "a"), fc.integer({ min: 50, max: 30_000 }), fc.nat({ max: 2000 }))
    .map(([unit, chars, at]) => {
      // Capitalised word runs are cubic in the entities stage today: kept short so a run ends.
      const limit = unit === "Aa " ? 600 : chars;
      const run = unit.repeat(Math.ceil(limit / unit.length));
      const pos = Math.min(at, seed.text.length);
      const name = seed.name.endsWith(".html") ? "run.txt" : seed.name;
      return file(name, `${seed.text.slice(0, pos)}${run}${seed.text.slice(pos)}`, `${JSON.stringify(unit)} run of ${run.length} chars`);
    });

/** Many short lines, or one enormous line. */
const lines: Mutator = (seed) =>
  fc.tuple(fc.integer({ min: 100, max: 250_000 }), fc.boolean()).map(([n, many]) => {
    const text = many ? `${seed.text.slice(0, 500)}\n${"ab\n".repeat(n)}` : `${seed.text.slice(0, 500)} ${"word ".repeat(Math.ceil(n / 5) * 4)}`;
    return file("lines.txt", text, many ? `${n} short lines` : `one line of ${text.length} chars`);
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
      fc.record({ id: JSON_VALUES, text: fc.oneof(fc.constant(seed.text), JSON_VALUES), outlet: JSON_VALUES, url: JSON_VALUES, publishedAt: JSON_VALUES, title: JSON_VALUES }, { requiredKeys: [] }),
      fc.constantFrom("json", "jsonl", "record"),
    )
    .map(([record, as]) => {
      const how = `record with ${Object.keys(record).join(", ") || "no fields"} as ${as}`;
      if (as === "record") return { kind: "record", record: { source: "fuzz-record", ...record }, how } satisfies FuzzInput;
      return file(`records.${as}`, as === "json" ? JSON.stringify([record, { text: seed.text }]) : `${JSON.stringify(record)}\n${JSON.stringify({ text: seed.text })}\n`, how);
    });

/** JSON text cut short, or nested deep, or with garbage lines. */
const malformedJson: Mutator = (seed) =>
  fc.tuple(fc.nat({ max: 400 }), fc.integer({ min: 1, max: 200_000 }), fc.constantFrom("cut", "deep", "garbage")).map(([at, depth, kind]) => {
    const good = JSON.stringify({ text: seed.text, outlet: "Fuzz Outlet" });
    const text = kind === "cut" ? good.slice(0, at) : kind === "deep" ? `${"[".repeat(depth)}${good}${"]".repeat(depth)}` : `${good}\n{"text": }\n\u0000\n${good.slice(0, at)}`;
    return file(kind === "garbage" ? "bad.jsonl" : "bad.json", text, `JSON ${kind} (${kind === "deep" ? depth : at})`);
  });

/** RSS feeds: truncated, items without bodies, short items, entity-laden items. */
const feeds: Mutator = (seed) =>
  fc.tuple(fc.nat({ max: 3000 }), fc.constantFrom("cut", "empty-item", "short-item", "entities", "no-channel")).map(([at, kind]) => {
    const item = (body: string) => `<item><title>T</title><link>https://fuzz.example/${at}</link><description><![CDATA[${body}]]></description></item>`;
    const items = kind === "empty-item" ? `${item(seed.text)}<item><title>x</title></item>` : kind === "short-item" ? `${item(seed.text)}${item("Short.")}` : kind === "entities" ? item(`${"&amp;".repeat(at)}${seed.text}`) : item(seed.text);
    const feed = kind === "no-channel" ? `<?xml version="1.0"?><rss>${items}</rss>` : `<?xml version="1.0"?><rss version="2.0"><channel><title>Fuzz Feed</title>${items}</channel></rss>`;
    return file("feed.rss", kind === "cut" ? feed.slice(0, at) : feed, `feed ${kind}`);
  });

/** Arbitrary strings (fast-check's, including lone surrogates and control characters) as a file. */
const arbitraryText: fc.Arbitrary<FuzzInput> = fc
  .tuple(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: "binary", maxLength: 3000 }), fc.string({ unit: "grapheme", maxLength: 3000 })), fc.constantFrom("a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a.md"))
  .map(([text, name]) => file(name, text, `arbitrary ${text.length}-char string as ${name}`));

const MUTATORS: readonly [string, Mutator][] = [
  ["truncate", truncate],
  ["bytes", brokenBytes],
  ["deep-html", deepHtml],
  ["runs", runs],
  ["lines", lines],
  ["wrong-types", wrongTypes],
  ["malformed-json", malformedJson],
  ["feeds", feeds],
];

/** One fuzz input: a mutation of one of the seeds, or an arbitrary string. */
export function fuzzInput(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  // Indexes, not constantFrom(...list): a spread argument would grow with the seed corpus.
  const pick = <T>(list: readonly T[]) => fc.nat({ max: list.length - 1 }).map((i) => list[i] as T);
  const mutated = fc.tuple(pick(seeds), pick(MUTATORS)).chain(([seed, [, mutate]]) => mutate(seed));
  return fc.oneof({ weight: 9, arbitrary: mutated }, { weight: 1, arbitrary: arbitraryText });
}
