import { eventTypeInfo } from "../model/event-types.js";
import type { Report, ReportStory, StoryEntity, StoryEvent } from "../model/report.js";
import { estimateOf } from "./extras.js";
import { documentsById, entityByRef, outletOf } from "./format.js";
import { minOf } from "../core/extent.js";

/** The columns, named and ordered as in ACLED's export, trimmed to what an article can tell. */
export const CSV_COLUMNS = [
  "event_date",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "country",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "fatalities",
  "source",
  "notes",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Country names, for the `country` column; without them the ISO code is written instead. */
export interface CsvOptions {
  readonly countryNames?: ReadonlyMap<string, string>;
}

/**
 * One field quoted per RFC 4180: wrapped in double quotes (inner quotes doubled) when it holds a
 * comma, quote, CR or LF. A text field starting with = + - @ or a tab is prefixed with an
 * apostrophe first, so a spreadsheet opening the file shows article text instead of running it
 * as a formula (OWASP's CSV-injection advice); numeric columns are never touched.
 *
 * @example
 * csvField('He said "no", twice') // '"He said ""no"", twice"'
 */
export function csvField(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report's events as ACLED-style CSV (RFC 4180: CRLF line ends, a header row, quoted fields),
 * one row per event in report order. `event_type`/`sub_event_type` come from the event
 * taxonomy's ACLED mapping (the first listed when it gives alternatives; the event's own type
 * when ACLED has no equivalent). `actor1`/`actor2` join the event's actors/targets with "; ".
 * The place columns describe the event's most specific geocoded location. `fatalities` is the
 * conservative estimate of the event's `killed` count, else the lowest count any source states,
 * and empty when no source gives one (unknown is not zero). `source` lists the outlets
 * reporting the event; `notes` is its one-line summary.
 *
 * @example
 * writeFileSync("events.csv", renderCsv(report, { countryNames: loadMapData().countryNames }));
 */
export function renderCsv(report: Report, options: CsvOptions = {}): string {
  const docs = documentsById(report);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const story of report.stories) {
    for (const event of story.events) {
      const place = mainPlace(story, event);
      const outlets = [...new Set(event.mentions.map((m) => outletOf(docs.get(m.documentId))))];
      const [eventType, subEventType] = acledType(event.type);
      const record: Record<CsvColumn, string> = {
        event_date: event.date ?? "",
        event_type: eventType,
        sub_event_type: subEventType,
        actor1: names(story, event.actors),
        actor2: names(story, event.targets),
        country: place?.geo ? (options.countryNames?.get(place.geo.country) ?? place.geo.country) : "",
        admin1: place?.geo?.admin1 ?? "",
        location: place ? place.name : (event.locations[0] ?? ""),
        latitude: place?.geo ? String(place.geo.lat) : "",
        longitude: place?.geo ? String(place.geo.lon) : "",
        fatalities: fatalities(story, event),
        source: outlets.join("; "),
        notes: event.summary,
      };
      rows.push(CSV_COLUMNS.map((c) => record[c]));
    }
  }
  const numeric = new Set<CsvColumn>(["latitude", "longitude", "fatalities"]);
  return rows.map((row, r) => row.map((v, i) => csvField(v, r === 0 || !numeric.has(CSV_COLUMNS[i] as CsvColumn))).join(",")).join("\r\n") + "\r\n";
}

/** ACLED's event type and sub-event type for one of our types; an unknown type stands for itself. */
function acledType(type: string): [string, string] {
  const info = eventTypeInfo(type);
  return info === undefined || info.acledEventType === "" ? [type, ""] : [info.acledEventType, info.acledSubEventType];
}

function names(story: ReportStory, refs: readonly string[]): string {
  return [...new Set(refs.map((r) => entityByRef(story, r)?.name ?? r))].join("; ");
}

/**
 * The most specific geocoded place among the event's locations: a town or province over the
 * country it lies in (a place is a country when its name is its country's), first listed on ties.
 */
function mainPlace(story: ReportStory, event: StoryEvent): StoryEntity | undefined {
  const located = event.locations.map((ref) => entityByRef(story, ref)).filter((e): e is StoryEntity => e?.geo != null);
  const rank = (e: StoryEntity): number => (e.geo?.admin1 ? 2 : 0) + (isCountryLevel(e, located) ? 0 : 1);
  let best: StoryEntity | undefined;
  for (const e of located) if (!best || rank(e) > rank(best)) best = e;
  return best ?? event.locations.map((ref) => entityByRef(story, ref)).find((e) => e !== undefined);
}

/** A place whose country another listed place shares and which has no admin-1 of its own stands for the country. */
function isCountryLevel(place: StoryEntity, all: readonly StoryEntity[]): boolean {
  return place.geo?.admin1 == null && all.some((o) => o !== place && o.geo?.country === place.geo?.country);
}

function fatalities(story: ReportStory, event: StoryEvent): string {
  const killed = story.facts.filter((f) => f.eventId === event.id && f.property === "killed");
  const figures: number[] = [];
  for (const fact of killed) {
    const conservative = estimateOf(fact)?.conservative;
    if (conservative !== null && conservative !== undefined) figures.push(conservative);
    else for (const v of fact.values) if (typeof v.value === "number" && v.qualifier !== "fewer-than") figures.push(v.value);
  }
  return figures.length ? String(minOf(figures)) : "";
}
