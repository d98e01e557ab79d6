import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Gazetteer, GazetteerPlace } from "../model/resources.js";
import type { GazetteerData } from "./gazetteer-data.js";
import { ENTITIES } from "../core/tunables.js";
import { foldName, skeleton } from "./fold.js";

/** Ranks keep countries above regions above provinces above towns above districts when one name could be any of them. */
const RANK_COUNTRY = 1e9;
const RANK_REGION = 1e8;
const RANK_ADMIN1 = 1e6;
/** Below every town: a district usually takes its seat's name ("Gwadar"), and the town is the place meant and the better point. */
const RANK_ADMIN2 = 0.5;
const RANK_CAPITAL = 1e3;
/** A town named like its own province is usually that province's seat, so it outranks a village homonym. */
const RANK_SEAT = 1e2;

const MIN_LOOSE_SKELETON = ENTITIES.GAZETTEER_MIN_SKELETON;
const MIN_DISTRICT_SKELETON = ENTITIES.DISTRICT_MIN_SKELETON;

const DEFAULT_PATH = new URL("../../data/gazetteer.json.gz", import.meta.url);

/**
 * The offline gazetteer built by scripts/build-gazetteer.ts: countries (names, official names,
 * spellings, demonyms), world regions, admin-1 and admin-2 divisions, and 171k GeoNames towns.
 * Countries, regions and divisions are also found by spelling skeleton, so
 * "Sistan-o-Baluchistan" finds "Sistan and Baluchestan"; towns only by exact folded name, because
 * 170k towns share many skeletons. The file is read on the first look-up.
 *
 * @example
 * const gaz = loadGazetteer();
 * gaz.lookup(foldName("Panjgur"))[0]?.country // "PK"
 * gaz.demonym("iranian") // "IR"
 */
export function loadGazetteer(path: URL | string = DEFAULT_PATH): Gazetteer {
  let index: Index | null = null;
  const get = (): Index => (index ??= buildIndex(JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as GazetteerData));
  return {
    lookup(key: string): readonly GazetteerPlace[] {
      const ix = get();
      let big = ix.exact.get(key);
      if (big === undefined) {
        const skel = skeleton(key);
        big = (skel.length >= MIN_LOOSE_SKELETON ? ix.loose.get(skel) : undefined) ?? [];
      }
      const rows = ix.towns.get(key);
      if (rows === undefined) return big;
      return [...big, ...(typeof rows === "number" ? [rows] : rows).map((row) => ix.town(row))];
    },
    demonym(key: string): string | null {
      return get().demonyms.get(key) ?? null;
    },
  };
}

interface Index {
  readonly exact: Map<string, GazetteerPlace[]>;
  readonly loose: Map<string, GazetteerPlace[]>;
  readonly towns: Map<string, number | number[]>;
  readonly demonyms: Map<string, string>;
  town(row: number): GazetteerPlace;
}

function buildIndex(data: GazetteerData): Index {
  const exact = new Map<string, GazetteerPlace[]>();
  const loose = new Map<string, GazetteerPlace[]>();
  const add = (names: readonly string[], place: GazetteerPlace, minSkeleton: number): void => {
    for (const name of names) {
      const key = foldName(name);
      push(exact, key, place);
      const skel = skeleton(key);
      if (skel.length >= minSkeleton) push(loose, skel, place);
    }
  };
  for (const c of data.countries) {
    add(c.names, { name: c.name, kind: "country", lat: c.lat, lon: c.lon, country: c.code, admin1: null, rank: RANK_COUNTRY }, MIN_LOOSE_SKELETON);
  }
  for (const r of data.regions) {
    add(r.names, { name: r.name, kind: "region", lat: r.lat, lon: r.lon, country: "", admin1: null, rank: RANK_REGION }, MIN_LOOSE_SKELETON);
  }
  for (const a of data.admin1) {
    add(a.names, { name: a.name, kind: "admin1", lat: a.lat, lon: a.lon, country: a.code.slice(0, 2), admin1: a.name, rank: RANK_ADMIN1 }, MIN_LOOSE_SKELETON);
  }
  for (const d of data.admin2) {
    const parent = data.admin1[d.admin1];
    const place: GazetteerPlace = { name: d.name, kind: "admin2", lat: d.lat, lon: d.lon, country: parent?.code.slice(0, 2) ?? "", admin1: parent?.name ?? null, rank: RANK_ADMIN2 };
    if (place.country) add(d.names, place, MIN_DISTRICT_SKELETON);
  }
  const towns = new Map<string, number | number[]>();
  const c = data.cities;
  for (let row = 0; row < c.keys.length; row += 1) {
    const key = c.keys[row] ?? "";
    const prior = towns.get(key);
    if (prior === undefined) towns.set(key, row);
    else if (typeof prior === "number") towns.set(key, [prior, row]);
    else prior.push(row);
  }
  // Each town's record is made once, on its first look-up: making it folds its province's names.
  const made: Array<GazetteerPlace | undefined> = new Array<GazetteerPlace | undefined>(c.keys.length);
  const makeTown = (row: number): GazetteerPlace => {
    const admin = data.admin1[c.admin1[row] ?? -1];
    const key = c.keys[row] ?? "";
    const seat = admin !== undefined && admin.names.some((n) => foldName(n) === key);
    return {
      name: c.names[row] ?? key, kind: "city", lat: c.lat[row] ?? 0, lon: c.lon[row] ?? 0, country: c.country[row] ?? "",
      admin1: admin?.name ?? null,
      rank: c.capital[row] === 1 ? RANK_CAPITAL : seat ? RANK_SEAT : 1,
    };
  };
  return {
    exact, loose, towns,
    demonyms: new Map(Object.entries(data.demonyms)),
    town(row: number): GazetteerPlace {
      return (made[row] ??= makeTown(row));
    },
  };
}

function push(index: Map<string, GazetteerPlace[]>, key: string, place: GazetteerPlace): void {
  if (key.length === 0) return;
  const list = index.get(key);
  if (!list) index.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

/**
 * A gazetteer that remembers its answers in `cache`, an object the caller owns for one run:
 * a story asks about the same few hundred names thousands of times.
 *
 * @example
 * const gaz = memoGazetteer(resources.gazetteer, { places: new Map() });
 */
export function memoGazetteer(gazetteer: Gazetteer, cache: GazetteerCache): Gazetteer {
  return {
    lookup(key: string): readonly GazetteerPlace[] {
      let hit = cache.places.get(key);
      if (hit === undefined) {
        hit = gazetteer.lookup(key);
        cache.places.set(key, hit);
      }
      return hit;
    },
    // Not remembered: the demonym table is one small map, and the stage asks it about nearly
    // every word it reads, so a memo grew to the story's whole vocabulary and cost more than the look-up.
    demonym: (key: string): string | null => gazetteer.demonym(key),
  };
}

/** The memo `memoGazetteer` fills. */
export interface GazetteerCache {
  readonly places: Map<string, readonly GazetteerPlace[]>;
}
