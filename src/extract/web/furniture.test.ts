import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { extractHtml } from "../html.js";

const PAGE = readFileSync("test/fixtures/extract/html-furniture/page.html", "utf8");
const BODY_SENTENCES = [
  "Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über die Lauter in Talheim am Samstag eröffnet worden.",
  "Die Brücke verbindet den Bahnhof mit der Altstadt und ersetzt einen Steg, der im Hochwasser 2029 beschädigt wurde.",
  "Der Bau kostete nach Angaben der Stadt rund 4,2 Millionen Euro, etwa eine Million mehr als zunächst veranschlagt.",
  "Die Stadt plant im Herbst ein Fest am neuen Ufer, kündigte der Bürgermeister an.",
];

describe("extractHtml on a page full of furniture (German class names)", () => {
  const article = extractHtml(PAGE);
  const text = article.paragraphs.join("\n");

  test("keeps every sentence of the article body", () => {
    for (const sentence of BODY_SENTENCES) assert.ok(article.paragraphs.includes(sentence), sentence);
  });

  test("keeps the article's heading, list items, block quote and (when asked) figure caption in order", () => {
    const withCaptions = extractHtml(PAGE, { captions: true });
    const order = ["Kosten höher als geplant", "Länge: 86 Meter", "Breite: vier Meter, mit Radweg", "Die neue Brücke am Eröffnungstag: Hunderte Talheimer gingen am Samstag über die Lauter.", "„Endlich kommen wir trocken in die Stadt“, sagte eine Anwohnerin bei der Eröffnung."];
    const at = order.map((p) => withCaptions.paragraphs.indexOf(p));
    assert.ok(at.every((i) => i >= 0), JSON.stringify(withCaptions.paragraphs));
    assert.deepEqual([...at].sort((a, b) => a - b), at);
  });

  test("drops a caption that is only a photo credit, keeping the descriptive one", () => {
    assert.ok(!text.includes("Foto: M. Brandt"));
    assert.ok(article.removed.some((r) => r.kind === "caption" && r.text === "Foto: M. Brandt"));
  });

  test("drops figure captions by default", () => {
    const bare = extractHtml(PAGE);
    assert.ok(!bare.paragraphs.some((p) => p.startsWith("Die neue Brücke am Eröffnungstag")));
    assert.ok(bare.removed.some((r) => r.kind === "caption"));
  });

  test("leaves out cookie notice, menus, share bar, ad label, related links, newsletter box, comments, sidebar and footer", () => {
    for (const chrome of ["Cookies", "Lokal", "Teilen", "Anzeige", "Mehr zum Thema", "Bahnhof wird umgebaut", "Newsletter", "Kommentar", "Meistgelesen", "Alle Rechte"]) {
      assert.ok(!text.includes(chrome), `found ${chrome}`);
    }
  });

  test("records each removal with its kind, and short", () => {
    const kinds = new Map(article.removed.map((r) => [r.text, r.kind]));
    const kindOf = (needle: string) => [...kinds].find(([t]) => t.includes(needle))?.[1];
    assert.equal(kindOf("Wir verwenden Cookies"), "cookie-notice");
    assert.equal(kindOf("Teilen"), "share");
    assert.equal(kindOf("Anzeige"), "advert");
    assert.equal(kindOf("Mehr zum Thema"), "related");
    assert.equal(kindOf("Newsletter"), "newsletter");
    assert.equal(kindOf("Ein Leser schrieb"), "comments");
    assert.equal(kindOf("Alle Rechte vorbehalten"), "footer");
    assert.ok(article.removed.every((r) => r.text.length <= 300 && r.text === r.text.replace(/\s+/gu, " ").trim()));
  });

  test("does not repeat the headline or the byline as paragraphs", () => {
    assert.ok(!text.includes("Neue Brücke in Talheim eröffnet"));
    assert.ok(!text.includes("Jonas Feld"));
  });

  test("reports how it found the article", () => {
    assert.equal(article.method, "markup");
  });
});

describe("extractHtml choosing between candidates", () => {
  const para = (i: number) => `<p>Paragraph ${i} of the report says the council met on Tuesday, and that the vote on the new harbour fees was postponed again.</p>`;

  test("joins a declared body split into parts around an ad", () => {
    const html = `<html><body><div class="story"><div class="article-body">${para(1)}${para(2)}</div><div class="ad-slot">Anzeige</div><section><div class="article-body">${para(3)}${para(4)}</div></section></div></body></html>`;
    const article = extractHtml(html);
    assert.equal(article.paragraphs.length, 4);
    assert.match(article.paragraphs[3] ?? "", /^Paragraph 4/u);
  });

  test("finds an unnamed article by text density among link-heavy boxes", () => {
    const links = `<div>${Array.from({ length: 15 }, (_, i) => `<a href="/${i}">Other story ${i}</a>`).join(" ")}</div>`;
    const html = `<html><body>${links}<div><div>${para(1)}${para(2)}${para(3)}</div></div>${links}</body></html>`;
    const article = extractHtml(html);
    assert.equal(article.method, "scored");
    assert.deepEqual(article.paragraphs.map((p) => p.slice(0, 11)), ["Paragraph 1", "Paragraph 2", "Paragraph 3"]);
  });

  test("does not let a layout class on a wrapper ('with-sidebar', 'comments-open') remove the article", () => {
    const html = `<html><body><div class="page with-sidebar comments-open">${para(1)}${para(2)}${para(3)}</div><div class="sidebar"><a href="/">Home</a></div></body></html>`;
    assert.equal(extractHtml(html).paragraphs.length, 3);
  });
});

describe("extractHtml: a related-links word on a box of prose", () => {
  const prose = [
    "Die Fähre zwischen Oberwald und Kessing fährt ab Montag wieder im Stundentakt, nachdem der Anleger saniert wurde.",
    "Während der Bauzeit mussten Pendler einen Umweg von rund vierzig Kilometern über die Brücke bei Stade nehmen.",
    "Die Reederei kündigte an, die Fahrpreise bis zum Sommer nicht zu erhöhen, obwohl die Sanierung teurer wurde.",
  ];
  const page = `<html><body><article><h1>Fähre fährt wieder</h1>
    <p>Seit Montag ist der Anleger in Oberwald wieder offen, teilte die Reederei am Freitag mit.</p>
    <p>Der alte Steg war im Winter bei einem Sturm so stark beschädigt worden, dass die Behörden ihn sperren mussten.</p>
    <p>Die Arbeiten dauerten fünf Monate länger als geplant, weil ein Teil der Pfähle im Schlick ersetzt werden musste.</p>
    <p>Anwohner hatten sich über den Lärm der Rammarbeiten beschwert, die Gemeinde richtete eine Sprechstunde ein.</p>
    <p>Der Bürgermeister dankte den Pendlern für ihre Geduld und versprach eine kleine Feier am neuen Anleger.</p>
    <div class="widget-text">${prose.map((p) => `<p>${p}</p>`).join("")}</div>
    <div class="related"><a href="/a">Neue Brücke geplant</a><a href="/b">Hafenfest im Mai</a></div>
  </article></body></html>`;
  const article = extractHtml(page);

  test("keeps the prose and still drops the link box", () => {
    for (const p of prose) assert.ok(article.paragraphs.includes(p), p);
    assert.ok(!article.paragraphs.join("\n").includes("Hafenfest"));
  });
});
