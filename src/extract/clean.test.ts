import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { cleanPlainText } from "./clean.js";
import { lineKey } from "./repeated.js";
import { spacedNavigationLine } from "./top-chrome.js";

const fixture = (name: string): string => readFileSync(join("test/fixtures/extract", name, "input.txt"), "utf8");
const kinds = (removed: readonly { kind: string; text: string }[]): string[][] => removed.map((r) => [r.kind, r.text]);

describe("cleanPlainText: header and credit", () => {
  test("takes a leading date stamp as publishedAt and a (WIRE- Outlet) credit as syndicator and outlet", () => {
    const cleaned = cleanPlainText(fixture("wire-header"));
    assert.equal(cleaned.publishedAt, "2031-03-04");
    assert.equal(cleaned.syndicator, "PRESSWIRE");
    assert.equal(cleaned.outlet, "Tamsin Herald");
    assert.deepEqual(kinds(cleaned.removed), [["header", "date 2031-03-04"], ["credit", "(PRESSWIRE- Tamsin Herald)"]]);
    assert.match(cleaned.text, /^Ferry crews in Tamsin returned/);
  });

  test("keeps a parenthesised source without a dash, which is part of a dateline", () => {
    const cleaned = cleanPlainText("(Quaywire) Ferry crews in Tamsin returned to work on Tuesday after a two-day stoppage.");
    assert.equal(cleaned.syndicator, null);
    assert.match(cleaned.text, /^\(Quaywire\) Ferry crews/);
  });
});

describe("cleanPlainText: top of page", () => {
  test("removes a pipe-separated banner naming the site and takes the next short line as the title", () => {
    const cleaned = cleanPlainText(fixture("banner-title"));
    assert.equal(cleaned.outlet, "Lowmarsh Ledger");
    assert.equal(cleaned.title, "Flood barrier holds as river peaks in Lowmarsh");
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["banner", "title"]);
    assert.match(cleaned.text, /^The new flood barrier in Lowmarsh held overnight/);
  });

  test("removes an all-caps section label above the headline", () => {
    const cleaned = cleanPlainText(fixture("orphan-header"));
    assert.deepEqual(kinds(cleaned.removed), [["header", "OPINION"], ["title", "Why the Dunmere weir matters to the whole valley"]]);
    assert.match(cleaned.text, /^The Dunmere weir has protected/);
  });

  test("does not take a first line that ends a sentence as the title", () => {
    const cleaned = cleanPlainText(fixture("wire-header").replace(/^.*?\) /u, ""));
    assert.equal(cleaned.title, null);
    assert.deepEqual(cleaned.removed, []);
  });

  test("removes a first line repeating a title known from the record even when it ends with a full stop", () => {
    const cleaned = cleanPlainText("Pell bridges shut.\nStorm damage in Pell closed three bridges on Tuesday, the mayor said.", {
      knownTitle: "Pell bridges shut",
    });
    assert.deepEqual(kinds(cleaned.removed), [["title", "Pell bridges shut."]]);
  });

  test("keeps a mid-text subheading as its own paragraph", () => {
    const cleaned = cleanPlainText(fixture("subheading"));
    assert.deepEqual(cleaned.removed, []);
    assert.equal(cleaned.text.split("\n\n")[1], "What happens next");
  });
});

describe("cleanPlainText: chrome anywhere", () => {
  test("removes every line of a comment form, including field labels after it starts", () => {
    const cleaned = cleanPlainText(fixture("comment-form"));
    assert.ok(cleaned.removed.every((r) => r.kind === "comment-form"));
    assert.deepEqual(cleaned.removed.map((r) => r.text), [
      "Leave a comment",
      "Your email address will not be shown. Fields marked * are mandatory.",
      "Comment *",
      "Name *",
      "Email *",
      "Save my name, email, and website in this browser for the next time I comment.",
      "Post Comment",
    ]);
    assert.match(cleaned.text, /first to return underground\.$/);
  });

  test("removes an embedded social post with its attribution and read-more line, keeping body around it", () => {
    const cleaned = cleanPlainText(fixture("social-embed"));
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["social-embed", "social-embed", "social-embed"]);
    assert.equal(cleaned.removed[1]?.text, "— Harbour Watch (@harbourwatch) March 3, 2031");
    assert.equal(cleaned.publishedAt, null, "the post's date is not the article's");
    assert.deepEqual(cleaned.text.split("\n\n").map((p) => p.slice(0, 20)), ["Crowds gathered at t", "The harbour master s"]);
  });

  test("removes image credits and share prompts", () => {
    const cleaned = cleanPlainText(fixture("share-image"));
    assert.deepEqual(kinds(cleaned.removed), [
      ["image-credit", "Photo: Ines Marr / Quay Agency"],
      ["image-credit", "(Image credit: Quay Agency)"],
      ["image-credit", "File photo"],
      ["share", "Follow us on Facebook"],
      ["share", "Share this article"],
      ["share", "Facebook Twitter WhatsApp Email"],
    ]);
    assert.equal(cleaned.text.split("\n\n").length, 2);
  });

  test("keeps a long body sentence that merely mentions sharing or photos", () => {
    const line = "Share prices of the Corvel mining company rose after the photo of the reopened gallery was published by the owners on Friday morning.";
    assert.equal(cleanPlainText(line).text, line);
  });
});

describe("cleanPlainText: paragraphs", () => {
  test("joins a paragraph split mid-sentence across a blank line", () => {
    const cleaned = cleanPlainText(fixture("broken-paragraph"));
    assert.deepEqual(cleaned.text.split("\n\n"), [
      "The council said the repairs to the Fenwick sea wall would be finished in May, weeks ahead of the spring tides.",
      "Engineers from the port will inspect the work each Friday.",
    ]);
  });

  test("joins hard-wrapped lines into their paragraphs", () => {
    const paragraphs = cleanPlainText(fixture("hard-wrapped")).text.split("\n\n");
    assert.equal(paragraphs.length, 2);
    assert.match(paragraphs[0] ?? "", /that engineers said had cost less than planned\. Boats queued/);
    assert.ok(!paragraphs.some((p) => p.includes("\n")));
  });

  test("treats single-newline lines as paragraphs and collapses blank-line runs", () => {
    const text = "First full paragraph of the report ends here.\nSecond paragraph starts here and ends.\n\n\n\nThird one.";
    assert.equal(cleanPlainText(text).text, "First full paragraph of the report ends here.\n\nSecond paragraph starts here and ends.\n\nThird one.");
  });
});

describe("cleanPlainText: scraped page furniture", () => {
  test("reads a date stamp alone on the first line and still removes the banner, menu and headline below it", () => {
    const raw = [
      "date 2031-06-09",
      "Corra Chronicle – news from the river towns | Home | Towns | Sport",
      "Home   Towns   Farming   Weather   Log in",
      "",
      "Corra floods ease as rain moves east",
      "",
      "Flood water in the lower Corra valley fell by half a metre overnight as the rain moved east, river wardens said on Monday.",
    ].join("\n");
    const cleaned = cleanPlainText(raw);
    assert.equal(cleaned.publishedAt, "2031-06-09");
    assert.equal(cleaned.outlet, "Corra Chronicle");
    assert.equal(cleaned.title, "Corra floods ease as rain moves east");
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["header", "banner", "navigation", "title"]);
    assert.match(cleaned.text, /^Flood water/u);
  });

  test("keeps a line of single-spaced capitalised words, which could be a headline, unless it is laid out as a menu", () => {
    const prose = "Home Office Staff Strike Over Pay Deal";
    assert.equal(spacedNavigationLine(prose), null);
    assert.deepEqual(spacedNavigationLine("Home\tOffice\tStaff\tContact"), { kind: "navigation", outlet: null });
  });

  test("removes a related-links box up to the blank line that ends its list", () => {
    const raw = [
      "The Kelby Ridge road reopened to traffic on Sunday after crews cleared a landslide.",
      "",
      "Related Posts",
      "",
      "Landslide risk rises on the ridge road",
      "Kelby council approves new retaining wall",
      "",
      "Drivers were warned to expect delays near the summit all week.",
    ].join("\n");
    const cleaned = cleanPlainText(raw, { top: false });
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["related", "related", "related"]);
    assert.equal(cleaned.text.split("\n\n").length, 2);
  });

  test("removes German closing furniture (more-from heading and its links, closed comments, share prompt) and keeps the article", () => {
    const raw = [
      "Der Fährbetrieb nach Wellmoor läuft ab Montag wieder nach Plan, teilte die Reederei mit.",
      "Mehr aus der Region",
      "Neue Brücke über die Aller geplant",
      "",
      "Kommentare geschlossen",
      "Diese Seite teilen",
    ].join("\n");
    const cleaned = cleanPlainText(raw, { top: false });
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["related", "related", "comment-form", "share"]);
    assert.equal(cleaned.text, "Der Fährbetrieb nach Wellmoor läuft ab Montag wieder nach Plan, teilte die Reederei mit.");
    assert.equal(cleanPlainText("Mehr aus der Region kam niemand zur Sitzung, weil die Straße gesperrt war.", { top: false }).removed.length, 0);
  });

  test("removes a bare name/agency photo credit but keeps a sentence that names an agency", () => {
    const raw = "Tarn Valley Club/Getty Images\n\nThe club won the final on Sunday, an AFP photographer said, after a late goal from the visitors.";
    const cleaned = cleanPlainText(raw, { top: false });
    assert.deepEqual(cleaned.removed.map((r) => [r.kind, r.text]), [["image-credit", "Tarn Valley Club/Getty Images"]]);
    assert.equal(cleanPlainText("Rescuers worked through the night/AFP", { top: false }).removed.length, 1);
    assert.equal(cleanPlainText("The photographs were sold to Reuters and AP.", { top: false }).removed.length, 0);
  });

  test("removes share buttons scraped one per line, but keeps a lone word that could be prose", () => {
    const raw = "The quay reopened on Friday after repairs to the storm wall.\n\nShare this:\n\nFacebook\nWhatsApp\nEmail\n\nEnd.";
    const cleaned = cleanPlainText(raw, { top: false });
    assert.deepEqual(cleaned.removed.map((r) => r.text), ["Share this:", "Facebook", "WhatsApp", "Email"]);
    assert.equal(cleanPlainText("The quay reopened on Friday after repairs.\n\nEmail\n\nIt rained.", { top: false }).removed.length, 0);
  });

  test("removes republication notes, rights lines and advert labels with their kinds", () => {
    const raw = [
      "The harbour wall repairs will finish in May, the council said on Tuesday.",
      "ADVERTISEMENT",
      "This story was first published by the Quay Review and is republished with permission.",
      "© 2031 Pell Times. All rights reserved.",
      "Tags: harbour, Pell, repairs",
    ].join("\n");
    assert.deepEqual(kinds(cleanPlainText(raw, { top: false }).removed).map(([kind]) => kind), ["boilerplate", "credit", "boilerplate", "navigation"]);
  });

  test("takes a byline and dateline under the headline as author and date", () => {
    const raw = "Pell ferries sail again\nBy Ines Marr | May 2, 2031\nFerries between Pell and Tamsin were running again on Thursday after crews accepted a new pay offer.";
    const cleaned = cleanPlainText(raw);
    assert.equal(cleaned.title, "Pell ferries sail again");
    assert.equal(cleaned.author, "Ines Marr");
    assert.equal(cleaned.publishedAt, "2031-05-02");
    assert.deepEqual(kinds(cleaned.removed), [["title", "Pell ferries sail again"], ["byline", "By Ines Marr | May 2, 2031"]]);
  });

  test("reads a dateline in another language above the headline", () => {
    const raw = "Veröffentlicht am 3. März 2031\nFähre nach Tamsin fährt wieder\nDie Fähre zwischen Pell und Tamsin fährt seit Donnerstag wieder nach Fahrplan, teilte das Hafenamt mit.";
    const cleaned = cleanPlainText(raw);
    assert.equal(cleaned.publishedAt, "2031-03-03");
    assert.equal(cleaned.title, "Fähre nach Tamsin fährt wieder");
  });

  test("removes corpus boilerplate lines it is given, above the headline and in the body", () => {
    const raw = "Gull Gazette Online\nPell ferries sail again\nFerries between Pell and Tamsin were running again on Thursday after crews accepted a new pay offer.\nSend us your tips\nCrews will vote next week.";
    const cleaned = cleanPlainText(raw, { boilerplate: new Set([lineKey("gull gazette  online"), lineKey("SEND US YOUR TIPS")]) });
    assert.equal(cleaned.title, "Pell ferries sail again");
    assert.deepEqual(cleaned.removed.filter((r) => r.kind === "repeated").map((r) => r.text), ["Gull Gazette Online", "Send us your tips"]);
  });
});

describe("cleanPlainText: worded stamps", () => {
  test("reads a stamp written in words when a wire credit follows it", () => {
    const cleaned = cleanPlainText("March 4, 2031 (PRESSWIRE- Tamsin Herald) Ferry crews in Tamsin returned to work on Tuesday after a two-day stoppage.");
    assert.equal(cleaned.publishedAt, "2031-03-04");
    assert.equal(cleaned.outlet, "Tamsin Herald");
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["header", "credit"]);
    assert.match(cleaned.text, /^Ferry crews/u);
  });

  test("keeps a sentence that merely starts with a date", () => {
    const line = "March 4, 2031 was the day the Tamsin ferry crews went back to work after a two-day stoppage.";
    const cleaned = cleanPlainText(line);
    assert.equal(cleaned.text, line);
    assert.equal(cleaned.publishedAt, null);
  });
});
