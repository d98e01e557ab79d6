import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createHasher } from "../../core/hash.js";
import { cleanPlainText } from "../clean.js";
import { extractDocument } from "../document.js";
import { extractHtml } from "../html.js";

// Invented outlets and events; the shapes are the ones unseen sites use.
const P1 = "Die Fähre nach Kellsand fuhr am Dienstag wieder nach Fahrplan, nachdem der Sturm in der Nacht abgeflaut war.";
const P2 = "Das Hafenamt hatte den Verkehr am Montag eingestellt, weil die Wellen an der Mole über drei Meter hoch standen.";
const P3 = "Reisende, die ihre Überfahrt verschoben hatten, können ihre Tickets bis Ende der Woche ohne Aufpreis umbuchen.";
const LEAD = "Nach zwei Tagen Stillstand laufen die Schiffe zwischen dem Festland und der Insel wieder, meldet das Hafenamt.";

const html = (body: string, head = ""): string => `<!doctype html><html lang="de"><head><title>Fähre fährt wieder</title>${head}</head><body>${body}</body></html>`;

describe("pages the parser or the class words would lose", () => {
  test("text the parser puts under <head> (a stray element before <body>) is read", () => {
    const page = `<!doctype html><html><head><title>x</title><div class="note"></div><p>${P1}</p><p>${P2}</p><p>${P3}</p></head></html>`;
    assert.deepEqual(extractHtml(page).paragraphs, [P1, P2, P3]);
  });

  test("a page that opens <head> without <html> (and mentions <html> in a script) is read", () => {
    const page = `<!DOCTYPE html><head><title>x</title><script>var t = "<html>";</script></head><body><p>${P1}</p><p>${P2}</p><p>${P3}</p></body>`;
    assert.deepEqual(extractHtml(page).paragraphs, [P1, P2, P3]);
  });

  test("an article rendered by script and copied into <noscript> for crawlers is read", () => {
    const page = html(`<div id="app"></div><noscript><p>${P1}</p><p>${P2}</p><p>${P3}</p></noscript><noscript><img src="pixel.gif"></noscript>`);
    assert.deepEqual(extractHtml(page).paragraphs, [P1, P2, P3]);
  });

  test("a header-named box holding the lead keeps the lead and loses only its links", () => {
    const page = html(`<article><div class="article-header"><a href="/">Startseite</a> <a href="/region">Region</a><p>${LEAD}</p></div>` +
      `<div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article>`);
    const { paragraphs } = extractHtml(page);
    assert.deepEqual(paragraphs.slice(-4), [LEAD, P1, P2, P3]);
  });

  test("the lead paragraph above the declared body joins it, a kicker and a menu above it do not", () => {
    const page = html(`<nav><a href="/a">Politik</a> <a href="/b">Sport</a></nav><div class="top"><span>Küste</span><h1>Fähre fährt wieder</h1><p class="intro">${LEAD}</p></div>` +
      `<div itemprop="articleBody"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    assert.deepEqual(extractHtml(page).paragraphs, [LEAD, P1, P2, P3]);
  });

  test("when pruning leaves nothing the best unpruned candidate is kept and marked as a fallback", () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/t/${i}">Weitere Meldung aus der Region Nummer ${i}</a></li>`).join("");
    const page = html(`<div class="comments"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><aside><ul>${links}</ul></aside>`);
    const article = extractHtml(page);
    assert.equal(article.method, "fallback");
    assert.deepEqual(article.paragraphs, [P1, P2, P3]);
  });
});

describe("documents from short and foreign pages", () => {
  test("a one-sentence brief is an article, its method recorded", async () => {
    const hasher = await createHasher();
    const brief = "Die Kellsander Brücke bleibt bis Freitag gesperrt.";
    const doc = extractDocument({ source: "brief.html", id: null, text: null, html: html(`<article><p>${brief}</p></article>`), title: null, url: null, outlet: null, author: null, publishedAt: null, language: null }, hasher);
    assert.ok("text" in doc, JSON.stringify(doc));
    assert.equal(doc.text, brief);
    assert.equal(doc.method, "scored");
  });

  test("share prompts, photo credits and comment forms in other languages are chrome; the sentences beside them stay", () => {
    const text = [P1, "Foto: Hafenamt Kellsand", P2, "Artikel teilen", "Partager cet article", "Deja un comentario", P3].join("\n\n");
    const cleaned = cleanPlainText(text, { top: false });
    assert.equal(cleaned.text, [P1, P2, P3].join("\n\n"));
  });
});
