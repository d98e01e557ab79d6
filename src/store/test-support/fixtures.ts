import type { Document } from "../../model/document.js";
import type { Report } from "../../model/report.js";

/** A document about an invented event; `n` varies the text so each is distinct content. */
export function makeDocument(id: string, text: string, extra: Partial<Document> = {}): Document {
  return {
    id,
    source: `fixtures/${id}.txt`,
    url: null,
    title: `Dispatch ${id}`,
    outlet: "Lindqvist Herald",
    author: null,
    publishedAt: "2032-07-14",
    language: "en",
    syndicator: null,
    text,
    removed: [],
    ...extra,
  };
}

/** Deterministic, distinct article text for the `n`th generated document. */
export function generatedText(n: number): string {
  const body = `Ferry service number ${n} between Ostrava Quay and Pellwick resumed after the storm. `.repeat(20);
  return `${body}End of dispatch ${n}.`;
}

export const HARBOUR = makeDocument(
  "d_harbour",
  "Dock workers in Pellwick walked out on Monday over unpaid overtime, the Harbour Union said. Cranes stood idle.",
  { outlet: "Pellwick Gazette", title: "Harbour strike halts cranes" },
);
export const FERRY = makeDocument(
  "d_ferry",
  "The ferry to Ostrava Quay was cancelled because dock workers were on strike, a spokeswoman for Brightline said.",
  { outlet: "Coastline Daily", title: "Ferries cancelled in strike", url: "https://coastline-daily.example/ferry" },
);

/** A small valid report over HARBOUR and FERRY. */
export function smallReport(): Report {
  const strike = HARBOUR.text.indexOf("walked out");
  return {
    version: "1",
    documents: [FERRY, HARBOUR],
    stories: [
      {
        id: "s_strike",
        title: "Pellwick dock strike",
        documentIds: [FERRY.id, HARBOUR.id],
        entities: [
          {
            id: "e_pellwick",
            type: "location",
            name: "Pellwick",
            aliases: [],
            mentions: [{ documentId: HARBOUR.id, start: 15, end: 23 }],
            geo: null,
          },
        ],
        events: [
          {
            id: "v_strike",
            type: "strike",
            date: "2032-07-12",
            dateInferred: true,
            actors: [],
            targets: [],
            locations: ["e_pellwick"],
            summary: "Dock workers went on strike",
            mentions: [{ documentId: HARBOUR.id, start: 0, end: strike + 10 }],
          },
        ],
        facts: [],
        quotes: [],
        copies: [],
      },
      { id: "s_other", title: "Ferry timetable", documentIds: [FERRY.id], entities: [], events: [], facts: [], quotes: [], copies: [] },
    ],
    skipped: [{ code: "binary", source: "in/photo.png", line: null, reason: "binary file" }],
  };
}
