import assert from "node:assert/strict";
import { test } from "node:test";
import { href, parseRoute } from "./router.js";

test("every page's address parses back to that page, whatever characters its id holds", () => {
  const id = `doc/"<script>&?#%`;
  assert.deepEqual(parseRoute(href.story(id)), { page: "story", id });
  assert.deepEqual(parseRoute(href.entity(id)), { page: "entity", id });
  const cite = parseRoute(href.cite(id, 5, 9, "s1", "title"));
  assert.equal(cite.page, "document");
  assert.ok(cite.page === "document");
  assert.equal(cite.id, id);
  assert.deepEqual([cite.query.get("start"), cite.query.get("end"), cite.query.get("field"), cite.query.get("story")], ["5", "9", "title", "s1"]);
  assert.equal(parseRoute(href.ingest()).page, "ingest");
});

test("the story list keeps its filters in the address, and an empty one is the home page", () => {
  for (const hash of ["", "#", "#/", "#/stories", "#/stories/"]) assert.equal(parseRoute(hash).page, "stories", hash);
  const route = parseRoute(href.stories(new URLSearchParams({ q: "river flood", disputed: "true" })));
  assert.ok(route.page === "stories");
  assert.equal(route.query.get("q"), "river flood");
  assert.equal(route.query.get("disputed"), "true");
});

test("an unknown or badly encoded address is a missing page, never a throw", () => {
  assert.deepEqual(parseRoute("#/nowhere"), { page: "missing", path: "/nowhere" });
  assert.equal(parseRoute("#/stories/%E0%A4%A").page, "missing");
  assert.equal(parseRoute("#/stories/a/b").page, "missing");
});
