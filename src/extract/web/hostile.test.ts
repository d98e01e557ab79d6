import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractHtml } from "../html.js";

const PROSE = [
  "The night ferry from Kessa to Orrin Bay left two hours late on Friday after a fault in its steering gear.",
  "Passengers waited in the terminal while engineers from the Orrin Line replaced a pump, the operator said.",
  "The crossing takes nine hours in calm weather, and the ferry carried about three hundred people.",
];
const ARTICLE = `<article>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`;

describe("extractHtml on bad input", () => {
  test("reads a page cut off mid-tag without throwing and keeps the complete paragraphs", () => {
    const html = `<html><body>${ARTICLE.slice(0, -40)}<p class="x" data-a="unterminated`;
    const article = extractHtml(html);
    assert.equal(article.paragraphs[0], PROSE[0]);
    assert.equal(article.paragraphs[1], PROSE[1]);
  });

  test("reads malformed nesting (unclosed paragraphs, stray end tags)", () => {
    const html = `<html><body></div></span><article><p>${PROSE[0]}<p>${PROSE[1]}</b></i><p>${PROSE[2]}</article></td></body>`;
    assert.deepEqual(extractHtml(html).paragraphs, PROSE);
  });

  test("survives ten thousand nested elements without a stack overflow", () => {
    const depth = 10_000;
    const html = `<html><body>${"<div>".repeat(depth)}${ARTICLE}${"</div>".repeat(depth)}</body></html>`;
    assert.deepEqual(extractHtml(html).paragraphs, PROSE);
  });

  test("extracts the article from a 20 MB page", () => {
    const filler = `<nav><ul>${'<li><a href="/s">Section link</a></li>'.repeat(200)}</ul></nav>`;
    let html = "<html><body>";
    while (html.length < 20 * 1024 * 1024) html += filler;
    html += `${ARTICLE}</body></html>`;
    const article = extractHtml(html);
    assert.deepEqual(article.paragraphs, PROSE);
  });

  test("returns no paragraphs for a page of links that is not an article", () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Story number ${i} about the harbour</a></li>`).join("");
    const article = extractHtml(`<html><body><ul>${links}</ul></body></html>`);
    assert.deepEqual(article.paragraphs, []);
  });

  test("returns no paragraphs for an empty document or one without a body's worth of text", () => {
    assert.deepEqual(extractHtml("").paragraphs, []);
    assert.deepEqual(extractHtml("<html><head><title>x</title></head></html>").paragraphs, []);
  });

  test("never lets scripts, styles, handlers or javascript: URLs reach text or metadata", () => {
    const html = `<html><head><title>Ferry late<script>EVIL1()</script></title>
      <meta property="og:title" content="javascript:EVIL2()">
      <meta property="og:site_name" content="<script>EVIL3</script>">
      <meta name="author" content="x onerror=EVIL4()">
      <link rel="canonical" href="javascript:EVIL5()">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"<img src=x onerror=EVIL6()>","author":{"name":"javascript:EVIL7()"}}</script>
      <style>.EVIL8{}</style></head>
      <body onload="EVIL9()"><article><p onclick="EVIL10()">${PROSE[0]}</p><script>EVIL11()</script>
      <noscript>EVIL12</noscript><p><a href="javascript:EVIL13()">${PROSE[1]}</a> and more words in the same line to stay prose.</p>
      <style>EVIL14</style><template>EVIL15</template><iframe src="javascript:EVIL16()">EVIL17</iframe><p>${PROSE[2]}</p></article></body></html>`;
    const everything = JSON.stringify(extractHtml(html));
    assert.doesNotMatch(everything, /EVIL/u, everything);
    assert.match(everything, /night ferry/u);
  });
});
