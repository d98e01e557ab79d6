import { REPORT } from "../core/tunables.js";
import type { ReportStory, StoryEntity } from "../model/report.js";
import { entityByRef } from "./format.js";
import { maxOf, minOf } from "../core/extent.js";

/** A geocoded entity of a story, as the map and the places table show it. */
export interface Place {
  readonly entityId: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1: string | null;
  readonly mentions: number;
  /** True when an event of the story happened here (it is one of an event's locations). */
  readonly eventPlace: boolean;
}

/** The places of a story split by whether they fit on one regional map. */
export interface StoryPlaces {
  /** Places on the map, most mentioned first. */
  readonly shown: readonly Place[];
  /** Geocoded places far from where the story happens, listed instead of stretching the map. */
  readonly elsewhere: readonly Place[];
  /** [[west, south], [east, north]] in degrees, margin included; null when no place is shown. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]] | null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPlace(entity: StoryEntity, eventPlaces: ReadonlySet<string>): Place | null {
  const geo = entity.geo;
  if (!geo || !Number.isFinite(geo.lat) || !Number.isFinite(geo.lon)) return null;
  return {
    entityId: entity.id,
    name: entity.name,
    lat: geo.lat,
    lon: geo.lon,
    country: geo.country,
    admin1: geo.admin1,
    mentions: entity.mentions.length,
    eventPlace: eventPlaces.has(entity.id),
  };
}

/** The median of `values` weighted by `weights`: a centre one far-off outlier cannot drag. */
function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  const order = values.map((v, i) => [v, weights[i] ?? 1] as const).sort((a, b) => a[0] - b[0]);
  const half = order.reduce((sum, [, w]) => sum + w, 0) / 2;
  let seen = 0;
  for (const [v, w] of order) {
    seen += w;
    if (seen >= half) return v;
  }
  return order[order.length - 1]?.[0] ?? 0;
}

/**
 * The places of a story and the box a map of them should show. The box is fitted to where the
 * events happened (every geocoded place when no event names one); if those spread wider than
 * `REPORT.MAP_MAX_FOCUS_DEGREES`, only the ones near their mention-weighted median are kept, so
 * a passing mention of a distant capital cannot shrink the story to a dot on a world map. Every
 * other geocoded place inside the box (with its margin) is shown too; the rest are `elsewhere`.
 *
 * @example
 * storyPlaces(story).shown.map((p) => p.name) // ["Tarnby"]
 */
export function storyPlaces(story: ReportStory): StoryPlaces {
  const eventPlaces = new Set(story.events.flatMap((e) => e.locations.map((ref) => entityByRef(story, ref)?.id ?? ref)));
  const all = story.entities
    .map((e) => toPlace(e, eventPlaces))
    .filter((p): p is Place => p !== null)
    .sort((a, b) => b.mentions - a.mentions || cmp(a.name, b.name) || cmp(a.entityId, b.entityId));
  if (all.length === 0) return { shown: [], elsewhere: [], bounds: null };
  let focus = all.filter((p) => p.eventPlace);
  if (focus.length === 0) focus = all;
  if (spread(focus) > REPORT.MAP_MAX_FOCUS_DEGREES) {
    const weights = focus.map((p) => p.mentions);
    const lat = weightedMedian(focus.map((p) => p.lat), weights);
    const lon = weightedMedian(focus.map((p) => p.lon), weights);
    const near = focus.filter((p) => Math.hypot(p.lat - lat, p.lon - lon) <= REPORT.MAP_MAX_FOCUS_DEGREES / 2);
    if (near.length > 0) focus = near;
  }
  const bounds = withMargin(focus);
  const [[west, south], [east, north]] = bounds;
  const inside = (p: Place): boolean => p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north;
  return { shown: all.filter(inside), elsewhere: all.filter((p) => !inside(p)), bounds };
}

function spread(places: readonly Place[]): number {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  return Math.max(maxOf(lats) - minOf(lats), maxOf(lons) - minOf(lons));
}

function withMargin(places: readonly Place[]): readonly [readonly [number, number], readonly [number, number]] {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const [south, north, west, east] = [minOf(lats), maxOf(lats), minOf(lons), maxOf(lons)];
  const latPad = Math.max((north - south) * REPORT.MAP_MARGIN_SHARE, REPORT.MAP_MIN_MARGIN_DEGREES);
  const lonPad = Math.max((east - west) * REPORT.MAP_MARGIN_SHARE, REPORT.MAP_MIN_MARGIN_DEGREES);
  // Mercator diverges at the poles; news places beyond 80 degrees are rare enough to clamp.
  return [
    [Math.max(-180, west - lonPad), Math.max(-80, south - latPad)],
    [Math.min(180, east + lonPad), Math.min(80, north + latPad)],
  ];
}
