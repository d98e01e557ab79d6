import type { Span } from "../model/span.js";
import { EVENT_TYPES } from "./taxonomy.js";
import { tokenize } from "./tokens.js";

/** A trigger word found in a sentence, typed. */
export interface Trigger extends Span {
  readonly type: string;
}

const OBJECT_WINDOW = 6;

/**
 * Event triggers in `text[sentence]`. Types with `objects` need one of them within a few words
 * after the verb ("recalled its ambassador"), so "recalled the speech" is no event. A word that
 * triggers several types keeps the first in taxonomy order.
 * @example triggersIn("Jets struck the depot.", {start:0,end:22})[0]?.type // "strike"
 */
export function triggersIn(text: string, sentence: Span): Trigger[] {
  const toks = tokenize(text, sentence.start, sentence.end);
  const out: Trigger[] = [];
  toks.forEach((t, i) => {
    // A compound ("counter-strike", "drone-strikes") is triggered by its head, the last part.
    const head = t.lower.slice(t.lower.lastIndexOf("-") + 1);
    for (const def of EVENT_TYPES) {
      if (!def.triggers.includes(t.lower) && !def.triggers.includes(head)) continue;
      if (def.objects) {
        const window = toks.slice(i + 1, i + 1 + OBJECT_WINDOW).map((w) => w.lower);
        if (!window.some((w) => def.objects?.includes(w))) continue;
      }
      out.push({ start: t.start, end: t.end, type: def.type });
      return;
    }
  });
  return out;
}
