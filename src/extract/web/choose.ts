import { EXTRACT } from "../../core/tunables.js";
import type { Candidate } from "./candidates.js";

/**
 * Picks between the marked-up container and the text-density pick, as trafilatura weighs its
 * own extraction against its fallbacks: the markup is precise, so it wins unless it holds much
 * less text than the density pick (a teaser card or one of several body parts was marked).
 */
export function chooseCandidate(markup: Candidate | null, scored: Candidate | null): Candidate | null {
  if (markup === null) return scored;
  if (scored === null) return markup;
  return markup.text >= scored.text * EXTRACT.MARKUP_MIN_SHARE ? markup : scored;
}
