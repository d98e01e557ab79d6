import assert from "node:assert/strict";
import { test } from "node:test";
import { parseQuery } from "./query.js";
import { StoryQuery } from "./schemas.js";
import { createChecker } from "./validation.js";
import { PageCache } from "./html-cache.js";
import { compilePath } from "./route.js";

const check = createChecker({ coerce: true })(StoryQuery);

test("a query string is decoded, coerced to the schema's types and given its defaults", () => {
  assert.deepEqual(parseQuery("q=harbour+fire&page=2&disputed=true&place=S%C3%A3o%20Tom%C3%A9", check), {
    ok: true,
    value: { q: "harbour fire", page: 2, disputed: true, place: "São Tomé", limit: 20 },
  });
});

test("broken percent-encoding, a repeated or unknown parameter, and a value of the wrong form are reasons, not exceptions", () => {
  const reasons = ["q=%ZZ", "%E0%A4%A=1", "q=a&q=b", "__proto__=x", "limit=-1", "to=2031-13"].map((raw) => parseQuery(raw, check));
  assert.ok(reasons.every((r) => !r.ok));
  assert.match(reasons.map((r) => (r.ok ? "" : r.reason)).join("\n"), /percent-encoding[\s\S]*more than once[\s\S]*unknown parameter "__proto__"/u);
});

test("a page is rendered once per version of its own, and the least recently used page goes first", () => {
  const cache = new PageCache<string>(2);
  const renders: string[] = [];
  const get = (version: string, key: string) => cache.get(version, key, () => (renders.push(`${version}:${key}`), `${version}:${key}`));
  get("1", "a");
  get("1", "a");
  get("1", "b");
  get("1", "a");
  get("1", "c");
  get("1", "a");
  get("1", "b");
  get("2", "a");
  get("1", "b");
  get("2", "a");
  assert.deepEqual(renders, ["1:a", "1:b", "1:c", "1:b", "2:a"]);
});

test("a route template matches one segment a parameter", () => {
  const { pattern, names } = compilePath("/api/v1/stories/{id}/export");
  assert.deepEqual(names, ["id"]);
  assert.deepEqual(pattern.exec("/api/v1/stories/a%2Fb/export")?.slice(1), ["a%2Fb"]);
  assert.equal(pattern.exec("/api/v1/stories/a/b/export"), null);
});
