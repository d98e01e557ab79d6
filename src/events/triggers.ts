import type { Span } from "../model/span.js";
import { EVENT_TYPES } from "./taxonomy.js";
import { tokenize } from "./tokens.js";

/** A trigger word found in a sentence, typed. */
export interface Trigger extends Span {
  readonly type: string;
}

/** Words between a verb and its object ("recalled its ambassador to the country"). */
const OBJECT_WINDOW = 6;
/** A passive puts the object first: "the ambassador ... was called back" stays within a clause. */
const OBJECT_BEFORE_WINDOW = 8;

/**
 * Event triggers in `text[sentence]`. Types with `objects` need one of them within a few words
 * after the verb ("recalled its ambassador"), or before it for passives, so "recalled the
 * speech" is no event. A word that triggers several types keeps the first in taxonomy order.
 * @example triggersIn("Jets struck the depot.", {start:0,end:22})[0]?.type // "air-strike"
 */
export function triggersIn(text: string, sentence: Span): Trigger[] {
  const toks = tokenize(text, sentence.start, sentence.end);
  const out: Trigger[] = [];
  toks.forEach((t, i) => {
    // A compound ("counter-strike", "drone-strikes") is triggered by its head, the last part.
    const head = t.lower.slice(t.lower.lastIndexOf("-") + 1);
    for (const def of EVENT_TYPES) {
      if (!def.triggers.includes(t.lower) && !def.triggers.includes(head)) continue;
      // "in protest", "a note of protest": a manner of reacting, not a demonstration.
      if (def.type === "protest" && /^(in|of|as)$/.test(toks[i - 1]?.lower ?? "")) return;
      if (def.objects) {
        const after = toks.slice(i + 1, i + 1 + OBJECT_WINDOW).map((w) => w.lower);
        const before = def.objectBefore ? toks.slice(Math.max(0, i - OBJECT_BEFORE_WINDOW), i).map((w) => w.lower) : [];
        if (![...after, ...before].some((w) => def.objects?.includes(w))) continue;
      }
      // "air raids", "air attack": the modifier makes a generic word an air strike.
      const aerial = toks[i - 1]?.lower === "air" && (def.type === "attack" || def.type === "strike");
      const from = aerial ? toks[i - 1]!.start : t.start;
      out.push({ start: from, end: t.end, type: aerial ? "air-strike" : def.type });
      return;
    }
  });
  return out;
}
