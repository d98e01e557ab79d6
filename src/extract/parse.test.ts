import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tagOf, type DomNode } from "./dom.js";
import { parseDocument } from "./parse.js";

const PAGE = `<!doctype html><html lang="nl"><head><title>Dijk &amp; haven</title></head>
<body><div CLASS="story-body" id="main"><p>De dijk bij Laagmeer hield stand.<p>Het water zakte.</div>
<!-- a comment --><footer class="site-footer"><a href="/x">Over ons</a></footer></body></html>`;

function texts(nodes: ArrayLike<DomNode>): string[] {
  return Array.from(nodes, (n) => n.textContent ?? "");
}

describe("parseDocument", () => {
  test("finds the root, the body and decoded text; implied closes make sibling paragraphs", () => {
    const doc = parseDocument(PAGE);
    assert.equal(doc.documentElement?.getAttribute?.("lang"), "nl");
    assert.equal(tagOf(doc.body as DomNode), "body");
    assert.equal(doc.querySelector("title")?.textContent, "Dijk & haven");
    assert.deepEqual(texts(doc.querySelectorAll("div p")), ["De dijk bij Laagmeer hield stand.", "Het water zakte."]);
  });

  test("matches attribute selectors on lower-cased attribute names and skips comments in text", () => {
    const doc = parseDocument(PAGE);
    assert.deepEqual(Array.from(doc.querySelectorAll('[class*="story"], footer'), (n) => tagOf(n)), ["div", "footer"]);
    assert.equal(doc.body?.textContent?.includes("comment"), false);
  });

  test("a removed element leaves its parent's children and text", () => {
    const doc = parseDocument(PAGE);
    doc.querySelector("footer")?.remove?.();
    assert.equal(doc.querySelector("footer"), null);
    assert.equal(doc.body?.textContent?.includes("Over ons"), false);
  });

  test("a page whose root holds no <body> has none, and its text stays readable from the root", () => {
    const doc = parseDocument("<html><div><p>Alleen tekst.</p></div></html>");
    assert.equal(doc.body, null);
    assert.equal(doc.documentElement?.textContent, "Alleen tekst.");
  });
});
