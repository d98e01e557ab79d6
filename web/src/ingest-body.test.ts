import assert from "node:assert/strict";
import { test } from "node:test";
import { bodyFor } from "./ingest-body.js";

test("JSON and JSON lines go to the server as they are, with their content type", () => {
  assert.deepEqual(bodyFor("a.json", `[{"text":"x"}]`), { name: "a.json", body: `[{"text":"x"}]`, contentType: "application/json" });
  assert.equal(bodyFor("a.jsonl", `{"text":"x"}`).contentType, "application/x-ndjson");
  assert.equal(bodyFor("pasted text", `{"text":"x"}\n{"text":"y"}\n`).contentType, "application/x-ndjson");
  assert.equal(bodyFor("pasted text", `{"text":"x"}`).contentType, "application/json");
});

test("a page is sent as html and anything else as one article's text", () => {
  assert.deepEqual(JSON.parse(bodyFor("story.html", "<p>The river rose.</p>").body), { html: "<p>The river rose.</p>" });
  assert.deepEqual(JSON.parse(bodyFor("pasted text", "<!DOCTYPE html><p>x</p>").body), { html: "<!DOCTYPE html><p>x</p>" });
  assert.deepEqual(JSON.parse(bodyFor("notes.txt", "The river rose.\n{not json}").body), { text: "The river rose.\n{not json}" });
  assert.equal(bodyFor("notes.md", "# Flood\nThe river rose.").contentType, "application/json");
  assert.deepEqual(JSON.parse(bodyFor("wire.txt", "[Wire] The river rose.").body), { text: "[Wire] The river rose." });
});
