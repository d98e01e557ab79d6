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

  test("reads affiliate disclosures as adverts, even when they run past the short-line limit", () => {
    assert.equal(promptKind("Für Links auf dieser Seite erhält das Portal ggf. eine Provision vom Händler.", true), "advert");
    const long = "We test every product ourselves and advertisers never see a review before it runs, but we may receive compensation if you buy through the links on this page, which helps pay for the testing lab and the writers who work there.";
    assert.equal(promptKind(long, false), "advert");
  });

  test("reads a blog's filing line and view counter as the post's byline", () => {
    assert.equal(promptKind("This entry was posted in Harbour News on 3 May 2031 by Corin Vale.", true), "byline");
    assert.equal(promptKind("Der Beitrag wurde am Montag, den 4. Mai 2031 veröffentlicht und unter Hafen abgelegt.", true), "byline");
    assert.equal(promptKind("Aufrufe: 212 | Hinzugefügt von: Verrin", true), "byline");
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
