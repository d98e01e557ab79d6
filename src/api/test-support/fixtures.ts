import { readFileSync } from "node:fs";
import type { Document } from "../../model/document.js";
import type { Report, ReportStory } from "../../model/report.js";

/** The example corpus's analysis (the golden report): one rich story with disputes, quotes and places. */
export function goldenReport(): Report {
  return JSON.parse(readFileSync(new URL("../../../test/golden/panj-border-strikes/report.json", import.meta.url), "utf8")) as Report;
}

function doc(id: string, text: string, extra: Partial<Document>): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [], ...extra };
}

const FERRY_A = "The Korvath ferry stopped running on Tuesday after a storm damaged the Illan pier, the port authority said.";
const FERRY_B = "Ferries between Korvath and Illan were halted when storm waves broke the pier at Illan.";

/** An invented second story (a storm halting a ferry), dated after the golden one, without disputes. */
export function ferryStory(): { readonly documents: readonly Document[]; readonly story: ReportStory } {
  const a = doc("ferry-a", FERRY_A, { title: "Korvath ferry halted", outlet: "Illan Courier", publishedAt: "2031-03-05", url: "https://illan-courier.example/ferry" });
  const b = doc("ferry-b", FERRY_B, { title: "Storm breaks Illan pier", outlet: "Korvath Post", publishedAt: "2031-03-06" });
  const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return {
    documents: [a, b],
    story: {
      id: "s-ferry",
      title: "Storm halts the Korvath ferry",
      documentIds: [a.id, b.id],
      entities: [
        {
          id: "ent-illan",
          type: "location",
          name: "Illan",
          aliases: ["Illan"],
          mentions: [{ documentId: a.id, ...at(FERRY_A, "Illan") }, { documentId: b.id, ...at(FERRY_B, "Illan") }],
          geo: { lat: 10.5, lon: 20.25, country: "ZZ", admin1: null },
        },
        { id: "ent-korvath", type: "location", name: "Korvath", aliases: ["Korvath"], mentions: [{ documentId: a.id, ...at(FERRY_A, "Korvath") }], geo: null },
      ],
      events: [
        {
          id: "evt-storm",
          type: "disaster",
          date: "2031-03-04",
          dateInferred: false,
          actors: [],
          targets: [],
          locations: ["ent-illan"],
          summary: "A storm damaged the Illan pier",
          mentions: [{ documentId: a.id, start: 0, end: FERRY_A.length }],
        },
      ],
      facts: [],
      quotes: [],
      copies: [],
    },
  };
}

/** The golden report with the ferry story added: two stories, so filters and ordering can be told apart. */
export function twoStoryReport(): Report {
  const golden = goldenReport();
  const ferry = ferryStory();
  return { ...golden, documents: [...golden.documents, ...ferry.documents], stories: [...golden.stories, ferry.story] };
}
