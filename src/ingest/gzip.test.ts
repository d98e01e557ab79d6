import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { gunzipInput } from "./gzip.js";

test("gunzipInput inflates within the limit and refuses past it without holding the rest", () => {
  const page = "<p>" + "The Kell ferry ran late. ".repeat(400) + "</p>";
  const packed = gzipSync(page);
  const inflated = gunzipInput(packed, "a.html.gz", page.length);
  assert.ok(inflated instanceof Uint8Array);
  assert.equal(Buffer.from(inflated).toString("utf8"), page);
  const refused = gunzipInput(packed, "a.html.gz", page.length - 1);
  assert.ok(!(refused instanceof Uint8Array));
  assert.equal(refused.code, "too-large");
  assert.equal(refused.source, "a.html.gz");
});

test("gunzipInput names a file that is not gzip as unreadable", () => {
  const refused = gunzipInput(Buffer.from("plain text, no gzip header"), "b.txt.gz");
  assert.ok(!(refused instanceof Uint8Array));
  assert.equal(refused.code, "unreadable");
  assert.match(refused.reason, /gzip/);
});
