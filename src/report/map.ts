import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { REPORT } from "../core/tunables.js";
import { escapeHtml as e } from "./escape.js";
import type { MapData } from "./geodata.js";
import { outlinePath, type OutlinePath } from "./map-path.js";
import type { Place, StoryPlaces } from "./places.js";

/** Rough width of one character of the 12-unit label font, for keeping labels apart. */
const CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 13;
const FONT_SIZE = 12;

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The dot radius: bigger for places mentioned more, but never large enough to hide a neighbour. */
function radius(place: Place): number {
  return Math.min(3.5 + Math.sqrt(place.mentions), 8);
}

/**
 * The story's places as an inline SVG map: Natural Earth country outlines cropped to the places'
 * box (countries holding an event place shaded), a dot per shown place with its name (or its
 * number in the list beside the map, when the name would overlap another label) and a `<title>`
 * tooltip. Pure markup: no script, no external reference, names escaped. Null when no place is
 * shown.
 *
 * @example
 * const svg = renderMapSvg(storyPlaces(story), loadMapData(), "story-1");
 */
export function renderMapSvg(places: StoryPlaces, data: MapData, idPrefix: string): string | null {
  const frame = mapFrame(places);
  if (!frame) return null;
  const { projection, path, width, height } = frame;
  const [[west, south], [east, north]] = frame.bounds;
  const shapes = Math.max(east - west, north - south) <= REPORT.MAP_FINE_MAX_DEGREES ? data.fine : data.coarse;
  const eventCountries = new Set(places.shown.filter((p) => p.eventPlace).map((p) => p.country));
  const countries = shapes.flatMap((shape) => {
    const d = path(shape.feature);
    if (!d) return [];
    const cls = shape.alpha2 && eventCountries.has(shape.alpha2) ? "country involved" : "country";
    return [`<path class="${cls}" d="${d}"/>`];
  });
  const markers = placeMarkers(places.shown, (p) => projection([p.lon, p.lat]), width, height);
  const titleId = `${idPrefix}-map-title`;
  return [
    `<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${e(titleId)}">`,
    `<title id="${e(titleId)}">Map of ${places.shown.length} place${places.shown.length === 1 ? "" : "s"} in the story</title>`,
    `<rect class="sea" x="0" y="0" width="${width}" height="${height}"/>`,
    `<g class="countries">${countries.join("")}</g>`,
    `<g class="places">${markers.join("")}</g>`,
    `</svg>`,
  ].join("");
}

/** A map's projection, path generator and size, fitted to the story's places. */
export interface MapFrame {
  readonly projection: GeoProjection;
  /** Country outlines' path data, simplified to the map's scale. */
  readonly path: OutlinePath;
  readonly width: number;
  readonly height: number;
  readonly bounds: NonNullable<StoryPlaces["bounds"]>;
}

/**
 * Mercator fitted to the places' box: the width is fixed, the height follows the region's shape
 * within the report's bounds. Shared by the HTML report and the web app's map. Null when no
 * place is shown.
 */
export function mapFrame(places: StoryPlaces): MapFrame | null {
  if (!places.bounds || places.shown.length === 0) return null;
  const [[west, south], [east, north]] = places.bounds;
  const width = REPORT.MAP_WIDTH;
  const box = { type: "MultiPoint" as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  // Fit to the width first to learn the region's projected shape, then settle the height.
  const probe = geoMercator().fitWidth(width, box);
  const [[, top], [, bottom]] = geoPath(probe).bounds(box);
  const height = Math.round(Math.min(REPORT.MAP_MAX_HEIGHT, Math.max(REPORT.MAP_MIN_HEIGHT, bottom - top)));
  const projection = geoMercator()
    .fitExtent([[8, 8], [width - 8, height - 8]], box)
    .clipExtent([[0, 0], [width, height]]);
  return { projection, path: outlinePath(projection, REPORT.MAP_MIN_STEP), width, height, bounds: places.bounds };
}

/**
 * Dots and labels, most-mentioned places first so they get the best label positions: each label
 * tries right, left, above and below its dot and takes the first spot clear of other labels and
 * dots; a place with no clear spot is labelled with its number in the places list.
 */
function placeMarkers(
  shown: readonly Place[],
  project: (p: Place) => [number, number] | null,
  width: number,
  height: number,
): string[] {
  const points = shown.map((p) => ({ place: p, at: project(p) }));
  const taken: Box[] = points.flatMap(({ place, at }) => {
    if (!at) return [];
    const r = radius(place);
    return [{ x0: at[0] - r, y0: at[1] - r, x1: at[0] + r, y1: at[1] + r }];
  });
  const out: string[] = [];
  points.forEach(({ place, at }, i) => {
    if (!at) return;
    const [x, y] = at.map((v) => Math.round(v * 10) / 10) as [number, number];
    const r = radius(place);
    const label = chooseLabel(place.name, x, y, r, width, height, taken) ?? chooseLabel(String(i + 1), x, y, r, width, height, taken);
    const cls = place.eventPlace ? "place event" : "place";
    const text = label ? `<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}">${e(label.text)}</text>` : "";
    out.push(
      `<g class="${cls}" data-entity="${e(place.entityId)}"><title>${e(`${place.name} (${place.lat.toFixed(3)}, ${place.lon.toFixed(3)})`)}</title><circle cx="${x}" cy="${y}" r="${r.toFixed(1)}"/>${text}</g>`,
    );
  });
  return out;
}

interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end" | "middle";
}

function chooseLabel(text: string, x: number, y: number, r: number, width: number, height: number, taken: Box[]): Label | null {
  const w = text.length * CHAR_WIDTH;
  const gap = r + 3;
  const base = FONT_SIZE * 0.35;
  const candidates: Label[] = [
    { text, x: x + gap, y: y + base, anchor: "start" },
    { text, x: x - gap, y: y + base, anchor: "end" },
    { text, x, y: y - gap - 2, anchor: "middle" },
    { text, x, y: y + gap + FONT_SIZE, anchor: "middle" },
  ];
  for (const c of candidates) {
    const x0 = c.anchor === "start" ? c.x : c.anchor === "end" ? c.x - w : c.x - w / 2;
    const b: Box = { x0, y0: c.y - LABEL_HEIGHT + 2, x1: x0 + w, y1: c.y + 3 };
    if (b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > height) continue;
    if (taken.some((t) => overlaps(t, b))) continue;
    taken.push(b);
    return { ...c, x: Math.round(c.x * 10) / 10, y: Math.round(c.y * 10) / 10 };
  }
  return null;
}
