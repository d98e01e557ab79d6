import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Country outlines from Natural Earth (via world-atlas), keyed by ISO 3166-1 alpha-2 where known. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for territories world-countries does not code (e.g. disputed areas). */
  readonly alpha2: string | null;
  readonly feature: Feature<Geometry>;
}

/** Everything the map and the CSV need about countries, loaded once per run and passed in. */
export interface MapData {
  /** Outlines at 1:50m, for regional maps where the 1:110m coastlines look crude. */
  readonly fine: readonly CountryShape[];
  /** Outlines at 1:110m, for maps spanning continents, where 1:50m only adds bytes. */
  readonly coarse: readonly CountryShape[];
  /** ISO 3166-1 alpha-2 -> common English name ("IR" -> "Iran"). */
  readonly countryNames: ReadonlyMap<string, string>;
}

interface CountryRecord {
  readonly cca2: string;
  readonly ccn3: string;
  readonly name: { readonly common: string };
}

/**
 * Reads world-atlas's countries-50m and countries-110m TopoJSON and world-countries' names from
 * node_modules. It costs a few hundred milliseconds, so a caller rendering many reports keeps
 * the result and passes it to every render.
 *
 * @example
 * const mapData = loadMapData();
 * renderHtml(report, { mapData });
 */
export function loadMapData(): MapData {
  const require = createRequire(import.meta.url);
  const read = (id: string): unknown => JSON.parse(readFileSync(require.resolve(id), "utf8"));
  const countries = read("world-countries/countries.json") as readonly CountryRecord[];
  const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
  const shapes = (id: string): CountryShape[] => {
    const topology = read(id) as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
    return collection.features.map((f) => ({ alpha2: byNumeric.get(String(f.id ?? "")) ?? null, feature: f }));
  };
  return {
    fine: shapes("world-atlas/countries-50m.json"),
    coarse: shapes("world-atlas/countries-110m.json"),
    countryNames: new Map(countries.map((c) => [c.cca2, c.name.common])),
  };
}
