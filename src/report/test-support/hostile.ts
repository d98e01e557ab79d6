import type { Report } from "../../model/report.js";
import { sampleReport, spanOf } from "./sample.js";

export const HOSTILE_TEXT =
  "Crowds gathered at <img src=x onerror=alert(1)> the square on Friday, and two people were hurt.\n" +
  "A spokesman said \u201c<script>steal()</script> all is calm\u201d [click](javascript:alert(2)) | # not a heading";

/** The sample report with attacker-controlled strings in every article-derived field. */
export function hostileReport(): Report {
  const base = sampleReport();
  const id = "d_hostile\"><b>";
  const two = spanOf(id, HOSTILE_TEXT, "two");
  const quote = spanOf(id, HOSTILE_TEXT, "<script>steal()</script> all is calm");
  const story = base.stories[0];
  if (!story) throw new Error("sample report has no story");
  return {
    ...base,
    documents: [
      ...base.documents,
      {
        id,
        source: "feeds/<iframe src=https://evil.example/>.xml",
        url: " JaVaScRiPt:alert(3)",
        title: "<script>alert(1)</script>",
        outlet: "\"><svg onload=alert(4)>",
        author: "<style>@import url(https://evil.example/x.css)</style>",
        publishedAt: "2031-03-07",
        language: "en",
        syndicator: "<link rel=stylesheet href=https://evil.example/s.css>",
        text: HOSTILE_TEXT,
        removed: [{ text: "<iframe src=\"https://evil.example/\"></iframe>", kind: "social-embed" }],
      },
    ],
    stories: [
      {
        ...story,
        title: "<script>alert(1)</script> & *bold* | pipe",
        documentIds: [...story.documentIds, id],
        entities: [
          ...story.entities,
          { id: "e_evil", type: "person", name: "<img src=x onerror=alert(5)>", aliases: ["<a href=\"javascript:alert(6)\">x</a>"], mentions: [two], geo: null },
        ],
        facts: [
          ...story.facts,
          {
            id: "f_evil",
            eventId: "v_collapse",
            property: "injured<script>",
            status: "single-source",
            values: [{ value: "<b onmouseover=alert(7)>2</b>", qualifier: null, sources: [{ ...two, attribution: "<img src=https://evil.example/p.gif>" }] }],
          },
        ],
        quotes: [...story.quotes, { id: "q_evil", speaker: "e_evil", text: HOSTILE_TEXT.slice(quote.start, quote.end), occurrences: [{ ...quote, drift: 0 }] }],
      },
    ],
    skipped: [{ code: "malformed", source: "<svg/onload=alert(8)>", line: 3, reason: "<script>alert(9)</script>" }],
  };
}
