import type { Span } from "../model/span.js";
import { CONJUNCTIONS, DEMONSTRATIVES, PREPOSITIONS, QUESTION_WORDS } from "../core/function-words.js";
import { QUOTES } from "../core/tunables.js";

const VERBS = [
  "said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "declared", "declares", "stated", "states",
  "announced", "announces", "insisted", "insists", "noted", "notes", "explained", "explains", "warned", "warns",
  "asserted", "argued", "claimed", "claims", "tweeted", "posted", "continued", "concluded", "replied", "responded",
  "emphasi[sz]ed", "stressed", "confirmed", "acknowledged", "admitted", "remarked", "commented", "urged", "vowed",
  "pledged", "promised", "maintained", "recalled", "observed", "cautioned", "suggested", "revealed", "reported",
  "described", "called", "complained", "conceded", "countered", "answered", "asked", "demanded", "underlined",
  "underscored", "highlighted", "reiterated", "denied", "alleged", "spoke", "went on", "pointed out", "read", "reads",
].join("|");
/** -ing forms that introduce a partial quote mid-sentence ("…, vowing to “take all steps”"). */
const ING = "saying|adding|vowing|declaring|calling|describing|warning|insisting|noting|stressing|claiming|promising|pledging|urging|accusing|branding|labell?ing|terming|citing";
/** The characters a speaker phrase may hold: no clause punctuation and no quote marks. */
const NP = `(?:[^,.;:!?“”"«»„‘’「」\\n]|(?<=\\p{L})['’](?=\\p{L})){1,${QUOTES.MAX_SPEAKER_CHARS}}?`;
const ADVERB = "(?:also|then|later|further|again|previously|earlier|once|had|has|have|would|will|has also|had also|simply|only|firmly|bluntly|angrily|quickly|separately)";
const LEAD = "^[\\s,—–-]*";
/** What may follow an inverted speaker ("said the minister"): punctuation, the end, or a preposition starting an adjunct. */
const TAIL = "(?=\\s*(?:[,.;:!?—–]|$|\\s(?:in|on|at|during|to|after|before|while|when|from|via|late|earlier|later|that|who|as|of|told)\\b))";

/**
 * True when the words open an adjunct or a clause, never a speaker's name ("in a statement", "and
 * then", "that", "what it called", "it was"): a preposition, conjunction, demonstrative or question
 * word from the one shared function-word list (src/core/function-words.ts).
 */
function opensNoSpeaker(words: string): boolean {
  const first = /^\p{L}+/u.exec(words)?.[0].toLowerCase() ?? "";
  return PREPOSITIONS.has(first) || CONJUNCTIONS.has(first) || DEMONSTRATIVES.has(first) || QUESTION_WORDS.has(first) ||
    first === "there" || /^it was\b/i.test(words);
}

const AFTER: readonly RegExp[] = [
  // “…,” the ministry said / she added / Jane Roe, the mayor, said
  new RegExp(`${LEAD}(?<sp>${NP}(?:,\\s*${NP},)?)\\s+(?:${ADVERB}\\s+)?(?:${VERBS})\\b(?<rest>.*)`, "dsu"),
  // “…,” said Jane Roe / read the statement / added the minister
  new RegExp(`${LEAD}(?:${VERBS})\\s+(?<sp>${NP})${TAIL}`, "du"),
  new RegExp(`${LEAD}[Aa]ccording\\s+to\\s+(?<sp>${NP})${TAIL}`, "du"),
  // “…,” as stated by its ministry / as reported by the agency
  new RegExp(`${LEAD}(?:as\\s+)?(?:${VERBS})\\s+by\\s+(?<sp>${NP})${TAIL}`, "du"),
];
const BEFORE: readonly RegExp[] = [
  // Jane Roe, who leads the council, said: “…   (the relative clause is not the speaker)
  new RegExp(`(?:^|[,;]\\s+|\\b(?:and|but|as|while)\\s+)(?<sp>${NP}),\\s*(?:who|which)\\b[^,;:“”"«»]{1,120},\\s*(?:${ADVERB}\\s+)?(?:${VERBS})\\b[^,.;:“”"«»]{0,60}?\\s*[,:]?\\s*$`, "du"),
  // Jane Roe said: “…  /  The statement added, “…  /  In a statement, X said: “…  /  X wrote on X: “…
  new RegExp(`(?:^|[,;]\\s+|\\b(?:and|but|as|while)\\s+)(?<sp>${NP}(?:,\\s*${NP},)?)\\s+(?:${ADVERB}\\s+)?(?:${VERBS})\\b[^,.;:“”"«»]{0,60}?\\s*[,:]?\\s*$`, "du"),
  new RegExp(`[Aa]ccording\\s+to\\s+(?<sp>${NP})\\s*[,:]?\\s*$`, "du"),
  // Jane Roe: “…   (a colon introduction without a verb)
  new RegExp(`(?:^|[.!?]\\s+|\\n)(?<sp>${NP})\\s*:\\s*$`, "du"),
];
/** A speaker named inside the sentence before a partial quote: "X said the strike was “a grave violation”". */
const SUBJECT = new RegExp(`(?:^|[,;“”"«»]\\s*|\\b(?:that|what|and|but)\\s+)(?<sp>${NP})\\s+(?:${ADVERB}\\s+)?(?:${VERBS}|${ING})\\b`, "dgu");
/** A name put after a resumptive pronoun's verb: "…,” he declared for his part Foreign Minister Jan Roe." */
const POSTPOSED = new RegExp(`^\\s+(?:for\\s+(?:his|her|their|its)\\s+part\\s+)?(?<sp>\\p{Lu}${NP})(?=\\s*(?:[,.;:!?]|$|\\s(?:in|on|at|during)\\b))`, "du");
const APPOSITION = /^,\s*(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)(?=\s*(?:[,.;:!?]|$|\s(?:in|on|at|who|during)\b))/u;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
/** What may follow the verb of an attribution standing as its own sentence: its end, or a short adjunct. */
const BARE_ATTRIBUTION = /^\s*(?:[.!?]|$|,?\s*(?:in|on|at|during|after|before|when|from|via|to\s+reporters|to\s+\p{Lu}[\p{L}]*)\b[^.;:!?]{0,60}[.!?]?\s*$)/u;
const PLAUSIBLE = /^(?:the|a|an|his|her|its|their|our|this|that)\s|^\p{Lu}/u;
const LEADING_CONJUNCTION = /^(?:and|but|so|then|yet)\s+/i;

/** Which kind of cue found the speaker; continuation and subject cues are weaker evidence. */
export type CueKind = "after" | "before" | "colon" | "subject";

export interface SpeakerCue {
  readonly span: Span;
  readonly kind: CueKind;
}

/**
 * The words naming a quote's speaker, from a speech cue right after the quote ("…,” the ministry
 * said", "…,” said Jane Roe", "…,” read the statement", "according to X"), right before it
 * ("X said:", "X told reporters,", "In a statement, X said", "X, who …, said:", "X: “…"), or for a
 * quote inside a sentence, the subject of that sentence's speech verb ("X said the raid was
 * “a grave violation”"). An apposition naming a person after a role ("the spokeswoman, Jane
 * Roe,") is included so the name can be resolved. `before` and `after` are the spans of the
 * text around the quote marks; `partial` says the quote sits inside a sentence, `newSentence`
 * that the text after it starts a new sentence, where only a bare attribution ("Roe asked.") counts.
 *
 * @example
 * // text: "“We will rebuild,” the mayor said."  ->  { span of "the mayor", kind: "after" }
 */
export function findSpeaker(text: string, before: Span, after: Span, where: { partial: boolean; newSentence: boolean }): SpeakerCue | null {
  const tail = text.slice(after.start, after.end);
  for (const [i, re] of AFTER.entries()) {
    // A new sentence after the quote is a cue only as a bare attribution ("Roe asked."), not a new report ("The army said that…").
    if (where.newSentence && i !== 0) continue;
    const hit = matchSpeaker(re, tail, after.start);
    if (!hit) continue;
    const rest = i === 0 ? (re.exec(tail)?.groups?.["rest"] ?? "") : "";
    if (where.newSentence && !BARE_ATTRIBUTION.test(rest)) continue;
    const postposed = PRONOUN.test(text.slice(hit.start, hit.end)) ? matchSpeaker(POSTPOSED, rest, after.end - rest.length) : null;
    return { span: withApposition(text, postposed ?? hit), kind: "after" };
  }
  const head = text.slice(before.start, before.end);
  for (const [i, re] of BEFORE.entries()) {
    const hit = matchSpeaker(re, head, before.start);
    if (hit) return { span: withApposition(text, hit), kind: i === BEFORE.length - 1 ? "colon" : "before" };
  }
  if (!where.partial) return null;
  for (const m of head.matchAll(SUBJECT)) {
    const range = m.indices?.groups?.["sp"];
    if (!range) continue;
    const subject = matchSpeaker(new RegExp(`(?<sp>${NP})$`, "du"), head.slice(range[0], range[1]), before.start + range[0]);
    if (subject) return { span: withApposition(text, subject), kind: "subject" };
  }
  return null;
}

function matchSpeaker(re: RegExp, s: string, offset: number): Span | null {
  const m = re.exec(s);
  const range = m?.indices?.groups?.["sp"];
  if (!m || !range) return null;
  let [a, b] = range;
  while (a < b && /[\s,]/.test(s.charAt(a))) a += 1;
  while (b > a && /[\s,]/.test(s.charAt(b - 1))) b -= 1;
  const conjunction = LEADING_CONJUNCTION.exec(s.slice(a, b));
  if (conjunction) a += conjunction[0].length;
  // "Pakistan conducted what it [called]": the speaker is the clause's own subject, after its clause word.
  const clause = [...s.slice(a, b).matchAll(/\s(?:what|that|which|who|whom|when|where)\s/gi)].pop();
  if (clause) a += (clause.index ?? 0) + clause[0].length;
  // "Pakistan justified its actions by [citing]": a past-tense verb ends the subject before it.
  // Words are split by required spaces: with optional ones, a run of letters could be cut into
  // words in exponentially many ways when the lookahead fails.
  const verb = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=\s\p{Ll}+ed\s)/u.exec(s.slice(a, b));
  if (verb) b = a + verb[0].trimEnd().length;
  const words = s.slice(a, b);
  if (words.length === 0 || opensNoSpeaker(words)) return null;
  if (!PRONOUN.test(words) && !PLAUSIBLE.test(words)) return null;
  if (words.split(/\s+/).length > 12) return null;
  return { start: offset + a, end: offset + b };
}

/** Extends "the spokeswoman" to "the spokeswoman, Jane Roe" when a capitalised name follows in apposition. */
function withApposition(text: string, span: Span): Span {
  const m = APPOSITION.exec(text.slice(span.end, span.end + QUOTES.MAX_SPEAKER_CHARS));
  const name = m?.groups?.["name"];
  if (!m || !name || /^(?:The|A|An|In|On|At)$/.test(name)) return span;
  return { start: span.start, end: span.end + m[0].length };
}
