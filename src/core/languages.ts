/**
 * The languages the analysis reads: the name tagger is trained on English news (CoNLL-2003), and
 * the event, count and quote patterns are English. Documents in other languages are still stored,
 * extracted, de-duplicated and clustered, but yield no names, events or quotes worth trusting, so
 * the summary and the report name them instead of letting them produce nothing silently.
 */
export const ANALYSED_LANGUAGES: readonly string[] = ["en"];

/** True when a document in `language` is analysed in full; an unknown language (null) is given the benefit of the doubt. */
export function isAnalysedLanguage(language: string | null): boolean {
  return language === null || ANALYSED_LANGUAGES.includes(language);
}

/** A document's language and how the report names it. */
export interface LanguageOf {
  readonly language: string | null;
  readonly source: string;
}

/**
 * The documents whose language the analysis does not cover, grouped by language (code order),
 * each group's sources in input order.
 *
 * @example uncoveredLanguages([{ language: "de", source: "a.html" }, { language: "en", source: "b.txt" }])
 * // => [{ language: "de", sources: ["a.html"] }]
 */
export function uncoveredLanguages(documents: readonly LanguageOf[]): Array<{ language: string; sources: string[] }> {
  const groups = new Map<string, string[]>();
  for (const doc of documents) {
    if (doc.language === null || isAnalysedLanguage(doc.language)) continue;
    const group = groups.get(doc.language);
    if (group) group.push(doc.source);
    else groups.set(doc.language, [doc.source]);
  }
  return [...groups.keys()].sort().map((language) => ({ language, sources: groups.get(language) ?? [] }));
}

/** What a report says of documents in a language it does not cover, after naming them. */
export const UNCOVERED_LANGUAGE_NOTE =
  "stored, extracted and clustered into stories, but names, events, counts and quotes are read in English only, so these documents add none";
