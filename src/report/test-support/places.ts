import type { Report, StoryEntity } from "../../model/report.js";
import { sampleReport } from "./sample.js";

/** A geocoded place of the fixture story, cited at `mention` (reusing a valid span). */
function place(id: string, name: string, lat: number, lon: number, country: string, mention: StoryEntity["mentions"][number]): StoryEntity {
  return { id, type: "location", name, aliases: [], mentions: [mention], geo: { lat, lon, country, admin1: null } };
}

/**
 * The sample report with more invented places: two near Tarnby (on the map with it) and one on
 * another continent (listed beyond the map), so map tests see several markers and an outlier.
 */
export function placesReport(): Report {
  const base = sampleReport();
  const story = base.stories[0];
  const mention = story?.entities[0]?.mentions[0];
  if (!story || !mention) throw new Error("sample report has no story");
  return {
    ...base,
    stories: [
      {
        ...story,
        entities: [
          ...story.entities,
          place("e_orby", "Orby <Quay>", 60.4, 11.1, "NO", mention),
          place("e_kessel", "Kessel & Sons Ferry", 59.7, 9.8, "NO", mention),
          place("e_far", "Port Wendell", -33.9, 151.2, "AU", mention),
        ],
      },
    ],
  };
}
