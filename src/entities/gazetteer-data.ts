/**
 * The shape of data/gazetteer.json.gz, written by scripts/build-gazetteer.ts and read by
 * `loadGazetteer`. Towns are stored as columns, not objects, so 170k of them parse fast and small.
 */
export interface GazetteerData {
  /** Credit line for the data sources; shown wherever the data is redistributed. */
  readonly attribution: string;
  readonly countries: Array<{ code: string; name: string; names: string[]; lat: number; lon: number }>;
  /** World regions ("Middle East", "Central Asia") with their member countries. */
  readonly regions: Array<{ name: string; names: string[]; countries: string[]; lat: number; lon: number }>;
  /** First-level divisions; `code` is GeoNames' "CC.NN". */
  readonly admin1: Array<{ code: string; name: string; names: string[]; lat: number; lon: number }>;
  /** Second-level divisions (districts); `admin1` indexes `admin1`, -1 when unknown. */
  readonly admin2: Array<{ name: string; names: string[]; admin1: number; lat: number; lon: number }>;
  readonly cities: {
    /** GeoNames' name, as written there. */
    names: string[];
    /** Folded name (see `foldName`). */
    keys: string[];
    lat: number[];
    lon: number[];
    country: string[];
    /** Index into `admin1`, -1 when unknown. */
    admin1: number[];
    /** 1 for a national capital. */
    capital: number[];
  };
  /** Folded demonym or adjective -> ISO alpha-2 country. */
  readonly demonyms: Record<string, string>;
}
