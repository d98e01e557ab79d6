import type { InputRecord } from "../../model/input.js";

/** Invented happenings, each with its own place, people, group, numbers and wording. */
const HAPPENINGS = [
  { place: "Corvelmouth", person: "Ilsa Brenner", group: "the Corvelmouth harbour board", what: "a fire swept through the fish market", count: 14, noun: "stalls", verb: "burned" },
  { place: "Tarnwick", person: "Oskar Pellam", group: "the Tarnwick miners' union", what: "miners walked out over unpaid wages", count: 320, noun: "workers", verb: "joined the strike" },
  { place: "Dresmoor", person: "Halla Vint", group: "the Dresmoor water authority", what: "floodwater broke through the river embankment", count: 450, noun: "residents", verb: "were evacuated" },
  { place: "Quillon Bay", person: "Maro Esteve", group: "the Quillon coastguard", what: "a passenger ferry ran aground on a sandbar", count: 87, noun: "passengers", verb: "were rescued" },
  { place: "Ambrevale", person: "Ines Caldor", group: "the Ambrevale rail company", what: "a freight train derailed near the old viaduct", count: 23, noun: "wagons", verb: "left the tracks" },
  { place: "Velgrad Heights", person: "Tomas Reyl", group: "the Velgrad election commission", what: "protesters gathered outside the counting hall", count: 2000, noun: "protesters", verb: "marched" },
] as const;

const OUTLETS = ["Northern Ledger", "Coastal Wire", "Valley Courier", "Evening Lantern", "Pell Times", "Harbour Post"];

/**
 * A multi-story corpus of invented reports: `perStory` reports of each happening, by different
 * outlets on successive days, worded differently. Record ids are given, so the gold story of a
 * record is the prefix of its id before the first dot.
 */
export function generatedCorpus(perStory: number): InputRecord[] {
  const out: InputRecord[] = [];
  HAPPENINGS.forEach((h, k) => {
    for (let j = 0; j < perStory; j++) {
      const day = String(1 + ((3 * k + j) % 27)).padStart(2, "0");
      const month = String(1 + (2 * k) % 12).padStart(2, "0");
      const lines = [
        `${h.place}, ${day}.${month}.2033 — Officials in ${h.place} said ${h.what} on ${j % 2 === 0 ? "Monday" : "Tuesday"}.`,
        `About ${h.count} ${h.noun} ${h.verb}, according to ${h.group}.`,
        `"We are doing everything we can for the people of ${h.place}," ${h.person} told reporters.`,
        `${h.person} of ${h.group} said a full account would follow ${j % 3 === 0 ? "this week" : "within days"}.`,
        `Residents of ${h.place} described ${j % 2 === 0 ? "long hours of waiting" : "confusion in the streets"} as ${h.group} responded.`,
      ];
      // Each outlet tells it in its own order and length.
      const text = [...lines.slice(j % 2), ...lines.slice(0, j % 2)].slice(0, 3 + (j % 3)).join(" ");
      out.push({
        source: `generated/${k}-${j}.txt`,
        id: `g${k}.${j}`,
        text,
        html: null,
        title: `${h.place}: ${h.what}`,
        url: null,
        outlet: OUTLETS[(j + k) % OUTLETS.length]!,
        author: null,
        publishedAt: `2033-${month}-${day}`,
        language: "en",
      });
    }
  });
  return out;
}
