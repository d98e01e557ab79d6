import { eld } from "eld/medium";
import { EXTRACT } from "../core/tunables.js";

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
