import type { Span } from "../model/span.js";
import type { Word as Tok } from "./words.js";

const SAY_VERBS = new Set([
  "said", "says", "say", "reported", "reports", "told", "stated", "states", "confirmed",
  "confirms", "announced", "announces", "claimed", "claims", "added", "wrote", "quoted",
  "cited", "estimated", "put", "gave", "given", "tallied",
]);

const PASSIVE = new Set(["was", "were", "been", "is", "are", "be", "being"]);

/** Words that open a new clause: a subject never reaches back past them. */
const CLAUSE_WORDS = new Set([
  "that", "and", "but", "which", "while", "meanwhile", "however", "as", "when", "after",
  "because", "since", "if", "where", "so", "also", "earlier", "later", "who", "then", "yet",
]);

const PRONOUNS = new Set(["it", "he", "she", "they", "we", "i", "you", "this", "officials"]);
/** Pronouns that point back at the previous sentence's source ("It said several were killed"). */
const ANAPHORS = new Set(["it", "he", "she", "they"]);

/** Nouns that name a source, so "police and witnesses said" credits both across the "and". */
const SOURCE_NOUNS = /^(officials?|police|media|television|tv|radio|agency|ministry|army|military|witnesses|residents|sources|authorities|spokesm[ae]n|spokeswoman|spokesperson|governor|minister|officers?|medics|doctors|hospital|elders|villagers|reports?|broadcaster|government|council|mayor|survivors|rescuers|groups?|forces)$/;

/** Words of a credited source: "the deputy mayor of the northern border district, Ilse Varnholm" is ten. */
const MAX_SUBJECT_WORDS = 10;

/** "and" inside a subject joins two names or two sources ("Kell and Rast", "police and witnesses"), not two clauses. */
function joinsSources(toks: readonly Tok[], and: number): boolean {
  const before = toks[and - 1];
  const after = toks[and + 1];
  if (!before || !after) return false;
  const named = (t: Tok): boolean => /^\p{Lu}/u.test(t.text) || SOURCE_NOUNS.test(t.lower);
  return named(before) && after.word && !CLAUSE_WORDS.has(after.lower) && !/^\d/.test(after.lower);
}

function sliceOf(text: string, toks: readonly Tok[], from: number, to: number): string | null {
  const a = toks[from];
  const b = toks[to - 1];
  if (!a || !b || to <= from) return null;
  return text.slice(a.start, b.end);
}

/** The subject run ending just before token `verb`, skipping a ", cited by X," aside. */
function subjectBefore(toks: readonly Tok[], verb: number): [number, number] | null {
  // "Officials have given": the auxiliary belongs to the verb, not to the source's name.
  if (/^(have|has|had)$/.test(toks[verb - 1]?.lower ?? "")) verb--;
  let end = verb;
  let keepAside = false;
  if (toks[end - 1]?.text === ",") {
    // "Officials, cited by local media, said": the credited source is before the aside;
    // "The governor, Ana Rell, said": the apposition belongs to the subject.
    let k = end - 2;
    while (k >= 0 && toks[k]?.text !== "," && end - k < 10) k--;
    if (toks[k]?.text !== ",") return null;
    const aside = toks.slice(k + 1, end - 1);
    if (aside.length === 0 || aside.some((t) => !t.word)) return null;
    keepAside = !/^(cited|quoted|citing|speaking)$/.test(aside[0]?.lower ?? "");
    end = k;
  }
  const subjectEnd = keepAside ? verb - 1 : end;
  let from = end;
  while (from > 0 && end - from < MAX_SUBJECT_WORDS) {
    const t = toks[from - 1]!;
    // Digits end a subject: they belong to a date or count, never to a source's name.
    if (t.lower === "and" && joinsSources(toks, from - 1)) {
      from--;
      continue;
    }
    if (!t.word || CLAUSE_WORDS.has(t.lower) || /^\d/.test(t.lower)) break;
    from--;
  }
  if (from === end) return null;
  // A lone pronoun names nobody; the caller falls back to the outlet.
  if (end - from === 1 && PRONOUNS.has(toks[from]?.lower ?? "")) return null;
  return [from, subjectEnd];
}

/** The words after an inverted verb: ", said the ministry." */
function subjectAfter(toks: readonly Tok[], verb: number): [number, number] | null {
  let to = verb + 1;
  while (to < toks.length && to - verb - 1 < MAX_SUBJECT_WORDS && toks[to]?.word && !CLAUSE_WORDS.has(toks[to]!.lower)) to++;
  if (to === verb + 1) return null;
  if (to - verb - 1 === 1 && PRONOUNS.has(toks[verb + 1]?.lower ?? "")) return null;
  return [verb + 1, to];
}

/**
 * Whom a sentence credits for the words at `fact`: the object of "according to", else the
 * subject of the reporting verb nearest before the fact (or after it, for a trailing
 * "..., the ministry said"). Returns the credited words exactly as written, or null when the
 * sentence credits nobody (the caller then credits the outlet). `sentence` and `previous` are the
 * words of the fact's sentence and of the one before it, from the text layer.
 * @example attributionOf("State radio said nine died.", testWords("State radio said nine died."), {start:16,end:26}) // "State radio"
 */
export function attributionOf(text: string, sentence: readonly Tok[], fact: Span, previous: readonly Tok[] | null = null): string | null {
  const found = credited(text, sentence, fact);
  if (found !== ANAPHOR) return found;
  // "It said ..." after "The ministry said in a statement ...": the previous sentence names the source.
  if (!previous) return null;
  const end = previous[previous.length - 1]?.end ?? 0;
  const before = credited(text, previous, { start: end, end });
  return before === ANAPHOR ? null : before;
}

const ANAPHOR = Symbol("anaphor");

/** "(as) reported by X", "as specified by X": the agent credited in a passive. */
function passiveAgent(text: string, toks: readonly Tok[]): string | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    // Only "as reported by X": in "X, cited by Y, said" the credited source is X, not Y.
    if (toks[i - 1]?.lower !== "as" || !/^(reported|specified|stated|confirmed|announced|said)$/.test(toks[i]!.lower) || toks[i + 1]!.lower !== "by") continue;
    let to = i + 2;
    while (to < toks.length && to - i - 2 < MAX_SUBJECT_WORDS && toks[to]?.word && !CLAUSE_WORDS.has(toks[to]!.lower)) to++;
    const words = sliceOf(text, toks, i + 2, to);
    if (words) return words;
  }
  return null;
}

function credited(text: string, toks: readonly Tok[], fact: Span): string | null | typeof ANAPHOR {
  const agent = passiveAgent(text, toks);
  if (agent) return agent;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i]!.lower === "according" && toks[i + 1]!.lower === "to") {
      let to = i + 2;
      while (to < toks.length && to - i - 2 < MAX_SUBJECT_WORDS && toks[to]?.word) to++;
      const words = sliceOf(text, toks, i + 2, to);
      if (words) return words;
    }
  }
  const verbs = toks
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => SAY_VERBS.has(t.lower) && !PASSIVE.has(toks[i - 1]?.lower ?? ""));
  const before = verbs.filter(({ t }) => t.end <= fact.start).reverse();
  const after = verbs.filter(({ t }) => t.start >= fact.end);
  for (const { i } of [...before, ...after]) {
    const trailing = toks[i]!.start >= fact.end && toks[i - 1]?.text === ",";
    // "confirmed the attacks in X, where seven died": the count is the writer's, not the verb's.
    if (toks[i]!.end <= fact.start && toks.some((t) => t.lower === "where" && t.start > toks[i]!.end && t.end <= fact.start)) continue;
    const lone = toks[i - 1];
    if (lone && ANAPHORS.has(lone.lower) && (i === 1 || CLAUSE_WORDS.has(toks[i - 2]?.lower ?? "") || toks[i - 2]?.text === ",")) return ANAPHOR;
    const subject = subjectBefore(toks, i) ?? (trailing ? subjectAfter(toks, i) : null);
    if (subject) {
      const words = sliceOf(text, toks, subject[0], subject[1]);
      if (words) return words;
    }
  }
  return null;
}
