/**
 * English function words, in the groups some readers need apart: prepositions, conjunctions,
 * demonstratives and question words, then the rest (articles, pronouns, auxiliaries, common
 * adverbs and the pieces a contraction leaves: "don't" -> "don", "t"). They say nothing of what a
 * sentence is about. One list in one place (issue 10): a stage that needs stop words reads this
 * one rather than keeping its own.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.split(" "));

export const PREPOSITIONS = words(
  "of at by for from in into on onto to with without within about over under after before during since until upon " +
    "against among between through across along around per via",
);
export const CONJUNCTIONS = words("and or but if then than so as while because nor yet");
export const DEMONSTRATIVES = words("this that these those");
export const QUESTION_WORDS = words("which who whom whose what when where why how");

/** Every function word: the groups above and the rest. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS, ...CONJUNCTIONS, ...DEMONSTRATIVES, ...QUESTION_WORDS,
  ...words(
    "a an the there here it its it's they them their theirs we us our ours i me my mine you your he him his she her hers " +
      "be is are was were been being am do does did done have has had having will would shall should can could may might " +
      "must also only just very all any each every some such no not never out up down off again further once other own same " +
      "too s t re ve ll d one ones itself themselves ourselves himself herself even still due either neither both",
  ),
]);

/**
 * The verbs that attribute what a report says ("said", "told", "according to"): every news story
 * uses them whatever it is about, so for comparing texts (story clustering, dedupe's aligner of
 * reworded sentences) they are function words too.
 */
export const REPORTING_VERBS = words("said says say told according");

/** What the text comparers leave out: the function words and the reporting verbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...REPORTING_VERBS]);
