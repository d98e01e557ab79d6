/**
 * A small hand-built report about an invented event, for tests. Offsets are computed by
 * searching the text, so every span cites exactly the words named here.
 */
import type { Document } from "../../model/document.js";
import type { DocSpan } from "../../model/span.js";
import type { Report } from "../../model/report.js";

export const LEDGER_TEXT =
  "A footbridge over the Oskel river in Tarnby collapsed on Tuesday evening, killing three people, the regional police said.\n\n" +
  "Twelve others were injured, according to the county hospital. \u201cWe are searching the water through the night,\u201d said Mayor Edda Vinter.";

export const WIRE_TEXT =
  "At least five people died when a footbridge in Tarnby, Norway, gave way on Tuesday, a local rescue group said.\n\n" +
  "Twelve people were hurt. \u201cWe are searching the water through the night,\u201d Vinter told reporters. The bridge was built in 1962.";

export const COURIER_TEXT =
  "Officials in Tarnby said a footbridge collapse on Tuesday killed three people and injured twelve. " +
  "Mayor Vinter said \u201cwe are searching the water\u201d as divers worked.";

function doc(id: string, outlet: string, title: string, text: string, publishedAt: string): Document {
  return {
    id,
    source: `fixtures/${id}.txt`,
    url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, "-")}.example/${id}`,
    title,
    outlet,
    author: null,
    publishedAt,
    language: "en",
    syndicator: null,
    text,
    removed: [{ text: "Share this story", kind: "share" }],
  };
}

/** The span of the `nth` occurrence of `words` in `text`; throws when absent so fixtures cannot drift. */
export function spanOf(documentId: string, text: string, words: string, nth = 0): DocSpan {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) {
    start = text.indexOf(words, start + 1);
    if (start < 0) throw new Error(`fixture: "${words}" not found in ${documentId}`);
  }
  return { documentId, start, end: start + words.length };
}

/** A valid report: one story, three documents, an agreed and a disputed fact, a quote, a copy. */
export function sampleReport(): Report {
  const ledger = doc("d_ledger", "Harbour Ledger", "Footbridge collapse in Tarnby", LEDGER_TEXT, "2031-03-05");
  const wire = doc("d_wire", "Northgate Wire", "Bridge gives way in Tarnby", WIRE_TEXT, "2031-03-05T21:10:00Z");
  const courier = doc("d_courier", "Valley Courier", "Tarnby mourns", COURIER_TEXT, "2031-03-06");
  const L = (w: string, n = 0): DocSpan => spanOf(ledger.id, LEDGER_TEXT, w, n);
  const W = (w: string, n = 0): DocSpan => spanOf(wire.id, WIRE_TEXT, w, n);
  const C = (w: string, n = 0): DocSpan => spanOf(courier.id, COURIER_TEXT, w, n);
  const quoteWords = "We are searching the water through the night,";
  return {
    version: "1",
    documents: [courier, ledger, wire],
    stories: [
      {
        id: "s_tarnby",
        title: "Footbridge collapse in Tarnby",
        documentIds: [courier.id, ledger.id, wire.id],
        entities: [
          {
            id: "e_tarnby",
            type: "location",
            name: "Tarnby",
            aliases: [],
            mentions: [L("Tarnby"), W("Tarnby"), C("Tarnby")],
            geo: { lat: 60.12, lon: 10.5, country: "NO", admin1: null },
          },
          {
            id: "e_vinter",
            type: "person",
            name: "Edda Vinter",
            aliases: ["Vinter"],
            mentions: [L("Edda Vinter"), W("Vinter"), C("Vinter")],
            geo: null,
          },
        ],
        events: [
          {
            id: "v_collapse",
            type: "collapse",
            date: "2031-03-04",
            dateInferred: false,
            actors: [],
            targets: [],
            locations: ["e_tarnby"],
            summary: "A footbridge collapsed in Tarnby",
            mentions: [L("A footbridge over the Oskel river in Tarnby collapsed on Tuesday evening"), W("a footbridge in Tarnby, Norway, gave way")],
          },
        ],
        facts: [
          {
            id: "f_killed",
            eventId: "v_collapse",
            property: "killed",
            status: "disputed",
            values: [
              { value: 3, qualifier: "exact", sources: [{ ...L("three"), attribution: "the regional police" }, { ...C("three"), attribution: "Officials in Tarnby" }] },
              { value: 5, qualifier: "at-least", sources: [{ ...W("At least five"), attribution: "a local rescue group" }] },
            ],
            estimate: { low: 3, high: 5, conservative: 3, best: 3, reason: "stated by 2 independent sources against 1" },
          },
          {
            id: "f_injured",
            eventId: "v_collapse",
            property: "injured",
            status: "agreed",
            values: [{ value: 12, qualifier: "exact", sources: [{ ...L("Twelve"), attribution: "the county hospital" }, { ...W("Twelve"), attribution: "Northgate Wire" }] }],
          },
        ],
        quotes: [
          {
            id: "q_search",
            speaker: "e_vinter",
            text: quoteWords,
            occurrences: [
              { ...L(quoteWords), drift: 0, speaker: "e_vinter" },
              { ...W(quoteWords), drift: 0, speaker: "e_vinter" },
              { ...C("we are searching the water"), drift: 0.4, speaker: null },
            ],
          },
        ],
        copies: [
          {
            documentIds: [ledger.id, wire.id],
            overlap: 0.25,
            jaccard: 0.14,
            nearDuplicate: false,
            passages: [
              {
                a: { start: L(quoteWords).start, end: L(quoteWords).end },
                b: { start: W(quoteWords).start, end: W(quoteWords).end },
                group: "p_search",
                origin: ledger.id,
                reworded: false,
              },
            ],
          },
        ],
      },
    ],
    skipped: [{ code: "empty", source: "fixtures/blank.txt", line: null, reason: "no text after extraction" }],
  };
}
