/**
 * Trigger words by lemma and part of speech for the event types beyond armed conflict. A lemma
 * lists its verb and noun readings separately: "sentence" is a legal step as a verb ("was
 * sentenced to life") and grammar as a noun, "fire" a blaze as a noun and a dismissal or a
 * shot as a verb. Inflected forms are generated from the lemma (regular English morphology
 * plus an irregular table), so matching is by whole word, never by substring.
 */

/** One type's lemmas: verbs match tokens tagged VERB (or ADJ for participles), nouns NOUN or PROPN (headlines). */
export interface LemmaTriggers {
  readonly verbs?: readonly string[];
  readonly nouns?: readonly string[];
}

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  win: ["won"], beat: ["beaten"], lose: ["lost"], meet: ["met"], die: ["died", "dying"], hold: ["held"],
  sell: ["sold"], buy: ["bought"], shoot: ["shot"], stab: ["stabbed"], choose: ["chose", "chosen"],
  lay: ["laid"], strike: ["struck"], fall: ["fell", "fallen"], bring: ["brought"], take: ["took", "taken"],
  steal: ["stole", "stolen"], flee: ["fled"], break: ["broke", "broken"], sink: ["sank", "sunk"],
  rob: ["robbed"], quit: ["quit"], sign: ["signed"], run: ["ran"], drive: ["drove", "driven"], swear: ["swore", "sworn"],
};

const VOWEL = /[aeiou]/;

/** Regular verb forms: base, 3rd person, past/participle, gerund. */
export function verbForms(lemma: string): string[] {
  const out = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.slice(-1);
  const cvc = lemma.length <= 4 && /[^aeiou][aeiou][bdgmnprt]$/.test(lemma);
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  if (last === "e") {
    out.add(`${lemma}d`);
    if (!/ee$|ie$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ing`);
    else out.add(lemma.endsWith("ie") ? `${lemma.slice(0, -2)}ying` : `${lemma}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else if (cvc && VOWEL.test(lemma)) {
    out.add(`${lemma}${last}ed`);
    out.add(`${lemma}${last}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
  }
  return [...out];
}

/** Singular and plural of a noun lemma. */
export function nounForms(lemma: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** Form -> lemma tables of one type's triggers, by reading. */
export interface FormIndex {
  readonly verbs: ReadonlyMap<string, string>;
  readonly nouns: ReadonlyMap<string, string>;
}

export function formIndex(t: LemmaTriggers): FormIndex {
  const verbs = new Map<string, string>();
  const nouns = new Map<string, string>();
  for (const v of t.verbs ?? []) for (const f of verbForms(v)) verbs.set(f, v);
  for (const n of t.nouns ?? []) for (const f of nounForms(n)) nouns.set(f, n);
  return { verbs, nouns };
}

const VERB_TAGS = new Set(["VERB", "ADJ", "AUX"]);
const NOUN_TAGS = new Set(["NOUN", "PROPN"]);

/**
 * The lemma `word` is a trigger of in `index`, given its part-of-speech tag (undefined when the
 * document has no text layer: then either reading counts), or null.
 * @example lemmaMatch(formIndex({ verbs: ["sentence"] }), "sentenced", "VERB") // "sentence"
 */
export function lemmaMatch(index: FormIndex, word: string, pos: string | undefined, prevPos?: string): string | null {
  const v = index.verbs.get(word);
  // A participle read as an adjective reports an event only after an auxiliary ("was arrested"), not
  // before a noun ("a convicted rapist", "the sentenced man" describe a person).
  if (v !== undefined && pos === "ADJ") return prevPos === "AUX" ? v : null;
  if (v !== undefined && (pos === undefined || VERB_TAGS.has(pos))) return v;
  // The tagger reads a verb after a noun as a compound noun ("a gunman shot two guards"): a
  // verb form right after a noun, a name, a pronoun or an auxiliary is the verb.
  if (v !== undefined && pos === "NOUN" && prevPos !== undefined && /^(NOUN|PROPN|PRON|AUX)$/.test(prevPos) && !index.nouns.has(word)) return v;
  const n = index.nouns.get(word);
  if (n !== undefined && (pos === undefined || NOUN_TAGS.has(pos))) return n;
  return null;
}
