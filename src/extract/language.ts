import { existsSync, readFileSync } from "node:fs";
import type { eld as eldMedium } from "eld/medium";
import { EXTRACT } from "../core/tunables.js";

type Eld = typeof eldMedium;

/** eld's 'medium' table as JSON, written beside the built module by `npm run build` (scripts/vendor-eld.mjs). */
const TABLE_JSON = new URL("./eld-medium.json", import.meta.url);

/**
 * eld's 'medium' detector. eld ships its table as a JavaScript object literal that takes V8
 * about 0.9 s to compile at every start (most of `corroborate extract`'s start-up); the built
 * program reads the same table from JSON (about 0.1 s) into eld's own detector. Run from source
 * (tests), where no JSON is built, it imports `eld/medium` as before: the same table either way.
 */
async function loadEld(): Promise<Eld> {
  if (!existsSync(TABLE_JSON)) return (await import("eld/medium")).eld;
  // eld's package exports only its entry files, so its detector module is reached beside one.
  const detector = new URL("../languageDetector.js", import.meta.resolve("eld/medium")).href;
  const { createEld } = (await import(detector)) as { createEld: () => { instance: Eld; loadData: (data: unknown) => string } };
  const { instance, loadData } = createEld();
  if (!loadData(JSON.parse(readFileSync(TABLE_JSON, "utf8")))) throw new Error(`eld: no n-gram table in ${TABLE_JSON.pathname}`);
  return instance;
}

const eld = await loadEld();

/**
 * The ISO 639-1 code of the text's language, or null when the text is too short for eld to be
 * reliable or eld itself is unsure. eld's static build is a read-only table, so sharing it is safe.
 *
 * @example detectLanguage("Die Fähre nach Tamsin fährt wieder ...") // "de" (given enough text)
 */
export function detectLanguage(text: string): string | null {
  if (text.length < EXTRACT.MIN_LANGUAGE_CHARS) return null;
  const result = eld.detect(text.slice(0, EXTRACT.LANGUAGE_SAMPLE_CHARS));
  return result.language !== "" && result.isReliable() ? result.language : null;
}
