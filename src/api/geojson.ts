import type { Report } from "../model/report.js";
import { storyPlaces } from "../report/index.js";

type Point = { readonly type: "Point"; readonly coordinates: readonly [number, number] };
interface Feature {
  readonly type: "Feature";
  readonly geometry: Point;
  readonly properties: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * A report's events and places as a GeoJSON FeatureCollection (RFC 7946, lon/lat): a point for
 * every geocoded place, and one for every event at its first geocoded location. An event no
 * geocoded place locates has no point to give and is left out.
 */
export function renderGeoJson(report: Report): string {
  const features: Feature[] = [];
  for (const story of report.stories) {
    const places = storyPlaces(story);
    for (const place of [...places.shown, ...places.elsewhere]) {
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [place.lon, place.lat] },
        properties: { kind: "place", storyId: story.id, entityId: place.entityId, name: place.name, country: place.country, mentions: place.mentions, eventPlace: place.eventPlace },
      });
    }
    const byId = new Map(story.entities.map((e) => [e.id, e]));
    for (const event of story.events) {
      const at = event.locations.map((ref) => byId.get(ref)).find((e) => e?.geo);
      if (!at?.geo) continue;
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [at.geo.lon, at.geo.lat] },
        properties: { kind: "event", storyId: story.id, eventId: event.id, type: event.type, date: event.date, place: at.name, summary: event.summary },
      });
    }
  }
  return `${JSON.stringify({ type: "FeatureCollection", features }, null, 2)}\n`;
}
