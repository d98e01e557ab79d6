import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import type { InputRecord } from "../model/input.js";
import type { Hasher } from "../model/resources.js";
import { bylineOf } from "./byline.js";
import { chromeKind } from "./chrome-lines.js";
import { extractAll } from "./index.js";
import { endsSentence, squash, wordCount } from "./lines.js";
import { isRelatedHeading } from "./related.js";
import { isEmbedAttribution, isSocialEmbed } from "./social.js";
import { navigationLine, spacedNavigationLine } from "./top-chrome.js";

function record(source: string, text: string): InputRecord {
  return { source, id: null, text, html: null, title: null, url: null, outlet: null, author: null, publishedAt: null, language: null };
}

function readCorpus(dir: string): InputRecord[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => record(join(dir, f), readFileSync(join(dir, f), "utf8")));
}

/** A paragraph any of the chrome detectors recognises: none may be left in a cleaned text. */
function isChrome(paragraph: string): boolean {
  return (
    chromeKind(paragraph, true) !== null || isSocialEmbed(paragraph) || isEmbedAttribution(paragraph) ||
    navigationLine(paragraph) !== null || spacedNavigationLine(paragraph) !== null || isRelatedHeading(paragraph) ||
    (bylineOf(paragraph) !== null && wordCount(paragraph) < 8)
  );
}

/** Long raw lines that end a sentence and carry no link: article sentences, which must all survive. */
function bodyLines(raw: string): string[] {
  return raw.split(/\r?\n/u).map(squash).filter((l) => wordCount(l) >= 15 && endsSentence(l) && !/https?:|\.com\/|@\w/u.test(l) && !isChrome(l));
}

/** Checks what every scraped corpus must satisfy after extraction, whatever its wording. */
function assertCleanCorpus(inputs: readonly InputRecord[], documents: readonly Document[]): void {
  assert.equal(documents.length, inputs.length, "every input becomes a document");
  for (const [i, doc] of documents.entries()) {
    const raw = inputs[i]?.text ?? "";
    const name = doc.source;
    for (const paragraph of doc.text.split("\n\n")) assert.ok(!isChrome(paragraph), `${name}: chrome left in text: ${paragraph}`);
    const text = doc.text.replace(/\s+/gu, " ");
    for (const line of bodyLines(raw)) {
      // A stamped first line loses only its stamp and credit; the sentence after them stays.
      const tail = line.replace(/^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/iu, "").replace(/^\([^()]*\)\s+/u, "");
      assert.ok(text.includes(line) || text.includes(tail), `${name}: body sentence lost: ${line.slice(0, 80)}`);
    }
    const firstLine = raw.trimStart().split(/\r?\n/u)[0] ?? "";
    if (/^(?:date\s+)?\d{4}-\d{2}-\d{2}\b/iu.test(firstLine)) assert.ok(doc.publishedAt !== null, `${name}: stamped date not read`);
    if (/\(\s*\p{Lu}\S*\s*[-–—]\s*\p{Lu}[^()]*\)/u.test(firstLine)) assert.ok(doc.outlet !== null, `${name}: credit outlet not read`);
    const paragraphs = doc.text.split("\n\n");
    const lead = paragraphs[0] ?? "";
    const headlineLeft = wordCount(lead) <= 14 && !endsSentence(lead) && (paragraphs[1] === undefined || endsSentence(paragraphs[1]));
    assert.ok(!headlineLeft, `${name}: a headline was left at the top of the text: ${lead}`);
    for (const removal of doc.removed) assert.ok(raw.includes(removal.text) || squash(raw).includes(removal.text), `${name}: removal not from input`);
  }
}

describe("extractAll on scraped corpora", () => {
  let hasher: Hasher;
  before(async () => {
    hasher = await createHasher();
  });

  test("cleans an invented scraped corpus: chrome off, body kept, metadata read", () => {
    const inputs = readCorpus("test/fixtures/extract/scraped-corpus");
    const { documents, rejections } = extractAll(inputs, hasher);
    assert.deepEqual(rejections, []);
    assertCleanCorpus(inputs, documents);
    const bySource = new Map(documents.map((d) => [d.source.split("/").pop() ?? "", d]));
    const ferry = bySource.get("pell-times-ferry.txt");
    assert.equal(ferry?.title, "Ferry crews in Pell end two-day stoppage");
    assert.equal(ferry?.outlet, "Pell Times");
    assert.equal(ferry?.publishedAt, "2031-05-02");
    assert.deepEqual(
      ferry?.removed.filter((r) => r.kind === "repeated").map((r) => r.text),
      ["Pell Times is an independent paper of the Fenwick coast"],
      "the outlet's footer, on two of its stories, is learned",
    );
    assert.equal(bySource.get("gull-gazette.txt")?.outlet, "Gull Gazette");
    assert.equal(bySource.get("harbour-post-ferry.txt")?.syndicator, "QUAYWIRE");
    // A short sentence and a quote shared by different stories are news, not boilerplate.
    for (const doc of documents) {
      assert.ok(doc.text.includes("No one was hurt."), `${doc.source} kept its shared short sentence`);
    }
    assert.equal(documents.filter((d) => d.text.includes("“We have a deal")).length, 3);
    // The wire copy shares the ferry story's sentences; they stay in both.
    assert.match(bySource.get("harbour-post-ferry.txt")?.text ?? "", /^Ferry crews in Pell returned/u);
  });

  for (const dir of ["../shared/seeds", "examples/panj-border-strikes/input"]) {
    test(`cleans the scraped texts in ${dir} (skipped when absent)`, (t) => {
      if (!existsSync(dir)) {
        t.skip(`${dir} is not here`);
        return;
      }
      const inputs = readCorpus(dir);
      const { documents } = extractAll(inputs, hasher);
      assertCleanCorpus(inputs, documents);
    });
  }
});
