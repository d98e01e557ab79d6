import type { Span } from "../model/span.js";
import type { CasualtyStatement } from "./casualties.js";
import type { Word as Tok } from "./words.js";

/**
 * Counts stated without a cardinal: zeros ("no one was killed", "no arrests were made"),
 * multiples ("a double homicide", "a triple shooting") and single victims ("a man was shot and
 * killed", the headline "Teen dies after shooting"). Multiples and single victims are
 * `implicit`: the document pass keeps them only when no explicit count of the same property is stated.
 */

const base = { qualifier: "exact", breakdown: null, ambiguous: false, vague: false } as const;

// "no one was killed", "nobody was hurt", "none of the passengers were injured"; "no one else" is not a zero toll.
const ZERO_PEOPLE =
  /\b(?:no one|no-one|nobody|none of the \w+|no other (?:people|persons?|victims?|injuries))\s+(?:(?:was|were|is|are|has been|have been|had been|got|appears to have been|appeared to be|was reported|were reported)\s+)?(?:\w+ly\s+)?(killed|dead|died|injured|hurt|wounded|harmed|shot|arrested|detained|missing)\b/gi;
// "no injuries were reported", "no arrests have been made", "no deaths".
const ZERO_NOUN = /\b(?:there were |with )?no (injuries|deaths|fatalities|casualties|arrests)(?: (?:were|have been|had been|was|has been) (?:reported|made|announced))?\b/gi;

const ZERO_PROPERTY: Readonly<Record<string, CasualtyStatement["property"]>> = {
  killed: "killed", dead: "killed", died: "killed", deaths: "killed", fatalities: "killed",
  injured: "injured", hurt: "injured", wounded: "injured", harmed: "injured", shot: "injured", injuries: "injured",
  arrested: "arrested", detained: "arrested", arrests: "arrested", missing: "missing",
};

/** Zero counts a sentence states. "casualties" is ambiguous between dead and hurt, so "no casualties" is both. */
export function zeroCounts(text: string, sentence: Span): CasualtyStatement[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: CasualtyStatement[] = [];
  for (const re of [ZERO_PEOPLE, ZERO_NOUN]) {
    for (const m of slice.matchAll(re)) {
      const word = (m[1] ?? "").toLowerCase();
      const props = word === "casualties" ? (["killed", "injured"] as const) : [ZERO_PROPERTY[word]];
      const before = slice.slice(Math.max(0, m.index - 12), m.index);
      // "reported no injuries but ..." fine; "not clear whether no one" is rare; "if no one" is a condition, not a report.
      if (/\b(if|unless|whether)\s*$/i.test(before)) continue;
      for (const property of props) {
        if (!property) continue;
        out.push({ ...base, property, value: 0, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      }
    }
  }
  return out;
}

const MULTIPLE: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
// A bare "murder-suicide" says at least two died, not how many: it is not read as a count.
const MULTIPLE_RE = /\b(double|triple|quadruple|quintuple)[- ](murder[- ]suicide|homicide|murder|killing|slaying|fatal shooting|shooting)s?\b/gi;

/** "double homicide" is 2 dead, "double murder-suicide" 3 (two killed, then the killer), "triple shooting" 3 hit. */
export function multipleCounts(text: string, sentence: Span): CasualtyStatement[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: CasualtyStatement[] = [];
  for (const m of slice.matchAll(MULTIPLE_RE)) {
    const times = MULTIPLE[(m[1] ?? "").toLowerCase()] ?? 0;
    const kind = (m[2] ?? "").toLowerCase();
    const suicide = /suicide/.test(kind);
    const shooting = kind === "shooting";
    const value = suicide ? times + 1 : times;
    if (value < 2) continue;
    // Implicit: "four homicides, including a triple homicide" states the toll elsewhere; the multiple gives way to it.
    out.push({
      ...base, property: shooting ? "shot" : "killed", value, implicit: true,
      start: sentence.start + m.index, end: sentence.start + m.index + m[0].length,
    });
  }
  return out;
}

/** Singular heads that name one person. */
const PERSON: ReadonlySet<string> = new Set([
  "man", "woman", "boy", "girl", "teen", "teenager", "person", "child", "toddler", "baby", "infant", "victim", "driver", "passenger", "resident", "student", "officer", "deputy", "trooper", "clerk", "suspect", "gunman", "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister", "grandmother", "grandfather", "friend", "neighbor", "neighbour", "customer", "employee", "worker", "security guard", "guard", "bystander", "motorist", "pedestrian", "homeowner", "intruder", "robber", "youth", "juvenile", "male", "female", "adult", "cousin", "uncle", "aunt", "girlfriend", "boyfriend", "nephew", "niece", "firefighter", "soldier", "civilian", "journalist", "rapper",
]);

const DEATH = new Set(["killed", "died", "dies", "dead", "slain", "murdered"]);
const HURT = new Set(["injured", "wounded", "hurt", "hospitalized", "hospitalised"]);
/** Words between a singular subject and its verb ("was shot and killed", "was found dead", "was later pronounced dead"). */
const VERB_BRIDGE = new Set(["was", "is", "has", "had", "been", "being", "later", "also", "reportedly", "fatally", "found", "pronounced", "critically", "seriously", "then", "who", "that", "and", "to", "allegedly"]);
const NEGATION = new Set(["not", "nearly", "almost", "never", "narrowly", "could", "would", "might", "may"]);
const DETERMINER = new Set(["a", "an", "one"]);

/** "a 17-year-old": the layer's words keep the age one word. */
const AGE = /^\d+-year-old$/;

function isAgeHead(toks: readonly Tok[], i: number): boolean {
  return AGE.test(toks[i]?.lower ?? "");
}

/** Start of the singular noun phrase whose head is at `head`, or -1 ("a 22-year-old man", "Man" opening a headline). */
function phraseStart(toks: readonly Tok[], head: number): number {
  for (let k = head - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = toks[k]!;
    if (DETERMINER.has(t.lower)) return k;
    if (!t.word && t.text !== "-") return -1;
    if (/^(the|his|her|their|its|of|and|or|two|three|four|five|six|other|another)$/.test(t.lower)) return -1;
  }
  // A headline opening "Teen dies", "Durham teen dies": capitalised words from the start.
  return toks.slice(0, head).every((t) => /^\p{Lu}/u.test(t.text)) ? 0 : -1;
}

/** Verbs and nouns before a singular object that kill it ("killed a man", "the death of a woman"). */
const KILL_BEFORE = /^(killed|killing|kills|murdered|murdering|slaying|death|killing|murder)$/;

/** The verb a singular subject at `head` reaches: "killed" (and where the statement ends) or null. */
function verbAfter(toks: readonly Tok[], head: number): { property: "killed" | "injured" | "shot"; end: number } | null {
  // "A gunman shot and killed ...": an active verb's subject is the killer; only a passive ("was killed"),
  // an intransitive ("died", "dead") or a headline's bare participle ("Man killed in ...") counts the subject.
  const passive = (j: number): boolean => head === 0 || toks.slice(head + 1, j).some((t) => /^(was|were|is|are|been|be|got)$/.test(t.lower));
  for (let j = head + 1; j < toks.length && j - head <= 6; j++) {
    const w = toks[j]!.lower;
    if (NEGATION.has(w)) return null;
    if (DEATH.has(w)) return w === "killed" || w === "slain" || w === "murdered" ? (passive(j) ? { property: "killed", end: j + 1 } : null) : { property: "killed", end: j + 1 };
    if (w === "shot" && !passive(j)) return null;
    if (w === "shot") {
      const a = toks[j + 1]?.lower;
      const b = toks[j + 2]?.lower;
      if (a === "dead") return { property: "killed", end: j + 2 };
      if ((a === "and" && (b === "killed" || b === "fatally")) || (a === "to" && b === "death")) return { property: "killed", end: j + 3 };
      if (toks[j - 1]?.lower === "fatally") return { property: "killed", end: j + 1 };
      return { property: "shot", end: j + 1 };
    }
    if (HURT.has(w)) return { property: "injured", end: j + 1 };
    if (!VERB_BRIDGE.has(w) && !/^\d/.test(w) && toks[j]!.text !== "-") return null;
  }
  return null;
}

/**
 * Single victims stated with a singular subject ("a 17-year-old was shot and killed", headline
 * "Man killed in ..."), read from one sentence's words of the text layer.
 */
export function singleVictims(toks: readonly Tok[]): CasualtyStatement[] {
  const out: CasualtyStatement[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!PERSON.has(t.lower) && !isAgeHead(toks, i)) continue;
    // "a 17-year-old boy": the head is the noun after the age.
    if (isAgeHead(toks, i) && PERSON.has(toks[i + 1]?.lower ?? "")) continue;
    const from = phraseStart(toks, i);
    if (from < 0) continue;
    // The object of a killing ("killed a 16-year-old girl and wounded three others"): a verb after it
    // belongs to the clause's subject, not to the victim.
    let verb: ReturnType<typeof verbAfter> = null;
    let start = from;
    if (from > 0) {
      const before = toks[from - 1]?.lower === "of" ? from - 2 : from - 1;
      if (KILL_BEFORE.test(toks[before]?.lower ?? "") && (before === from - 1 || /^(death|killing|murder|slaying)$/.test(toks[before]!.lower))) {
        verb = { property: "killed", end: i + 1 };
        start = before;
      }
    }
    verb ??= verbAfter(toks, i);
    if (!verb) continue;
    const last = toks[verb.end - 1];
    const first = toks[start];
    if (!first || !last) continue;
    out.push({ ...base, property: verb.property, value: 1, implicit: true, start: first.start, end: last.end });
    i = verb.end - 1;
  }
  return out;
}
