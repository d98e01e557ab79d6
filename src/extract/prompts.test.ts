import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cleanPlainText } from "./clean.js";
import { promptKind } from "./prompts.js";

const body = (...lines: string[]): string => lines.join("\n\n");
const ARTICLE = "The Oster lock reopened on Thursday after three weeks of repairs to its lower gates.";

describe("promptKind: what a site says to its reader", () => {
  test("reads paywall, newsletter and membership prompts in several languages as newsletter chrome", () => {
    for (const line of [
      "To read the full story, please subscribe to the Verrin Gazette.",
      "Already a subscriber? Log in here.",
      "Abonnieren Sie unseren Newsletter und verpassen Sie nichts.",
      "Lust auf mehr? Melde dich für unseren Newsletter an!",
      "Sie sind aktuell nicht eingeloggt.",
      "Abonnez-vous pour lire la suite.",
      "Suscríbete a nuestro boletín.",
    ]) assert.equal(promptKind(line, true), "newsletter", line);
  });

  test("reads disclosures, filing lines, counters, next-post links and disclaimers by kind; disclosures and filing sentences also past the short-line limit", () => {
    const cases: readonly (readonly [string, boolean, string | null])[] = [
      ["Für Links auf dieser Seite erhält das Portal ggf. eine Provision vom Händler.", true, "advert"],
      ["We test every product ourselves and advertisers never see a review before it runs, but we may receive compensation if you buy through the links on this page, which helps pay for the testing lab and the writers who work there.", false, "advert"],
      ["This entry was posted in Harbour News on 3 May 2031 by Corin Vale.", true, "byline"],
      ["Der Beitrag wurde am Mittwoch, den 4. Mai 2031 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Hafen und Schleusen abgelegt. Du kannst die Kommentare zu diesem Eintrag durch den Feed verfolgen.", false, "byline"],
      ["Aufrufe: 212 | Hinzugefügt von: Verrin", true, "byline"],
      ["Vorschau auf den nächsten Artikel", true, "navigation"],
      ["Next post »", true, "navigation"],
      ["(Alle Angaben ohne Gewähr)", true, "boilerplate"],
      ["Der nächste Artikel über die Schleuse erscheint am Montag.", true, null],
    ];
    for (const [line, short, kind] of cases) assert.equal(promptKind(line, short), kind, line);
  });

  test("reads download and gallery controls as controls", () => {
    assert.equal(promptKind("Dieses Protokoll als PDF herunterladen", true), "share");
    assert.equal(promptKind("Bild anzeigen Bild schließen", true), "share");
  });

  test("leaves article sentences that mention newsletters, subscriptions and commissions alone", () => {
    for (const line of [
      "The council said subscribers to the ferry pass would get a refund.",
      "Die Stadt will den Newsletter der Hafenbehörde einstellen, sagte Vale.",
      "Brokers earn a commission on every lock passage they book, the report found.",
      "Readers who subscribe now still wait for the print edition, the union said.",
      ARTICLE,
    ]) assert.equal(promptKind(line, true), null, line);
  });
});

describe("cleanPlainText removes prompts and keeps the article", () => {
  test("takes off the prompt lines, each recorded, and leaves the article's paragraphs", () => {
    const cleaned = cleanPlainText(body(ARTICLE, "Subscribe now to our weekend edition for the full story.", "Boats queued from early morning."), { top: false });
    assert.equal(cleaned.text, body(ARTICLE, "Boats queued from early morning."));
    assert.deepEqual(cleaned.removed.map((r) => r.kind), ["newsletter"]);
  });
});
