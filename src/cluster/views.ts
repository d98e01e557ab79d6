import type { Document } from "../model/document.js";
import type { TextLayer } from "../model/text.js";
import { documentTerms, leadTerms, vectorize, type FeatureOptions } from "./features.js";
import { statedAges } from "./ages.js";
import { typedNameTerms } from "./names.js";
import { EMPTY, type Sparse } from "./sparse.js";
import { termId, type TermStats } from "./vocabulary.js";

/**
 * The similarity views of one document (Miranda et al. 2018 keep one per field): each a unit
 * TF-IDF vector over one kind of term, so that the join decision can weigh a shared name apart
 * from shared topic words. Two shootings in one city share "police" and the city; two reports of
 * one shooting also share the victim's name, the street and the figures.
 */
export interface DocViews {
  /** Every term of title and body (names, numbers and dates weighted up). */
  readonly all: Sparse;
  /** Name words and multi-word names (capitalised mid-sentence). */
  readonly names: Sparse;
  /** Numbers: counts, ages, times, addresses. */
  readonly numbers: Sparse;
  /** Stated calendar dates. */
  readonly dates: Sparse;
  /** The terms of the headline and the opening lines, where a report says what happened. */
  readonly lead: Sparse;
  /** Persons the text layer's tagger names (full names and surnames); empty without a layer. */
  readonly people: Sparse;
  /** Places the text layer's tagger names; empty without a layer. */
  readonly places: Sparse;
  /** The ages the text states ("age:14"). */
  readonly ages: Sparse;
  /**
   * One term of weight 1 when the text states an age, else empty: summed over a story it counts
   * its members that state one, so that the average link of two sides is the share of member
   * pairs that both state ages. Against `ages`, the model reads ages both state and none shared.
   */
  readonly aged: Sparse;
}

export const VIEW_NAMES = ["all", "names", "numbers", "dates", "lead", "people", "places", "ages", "aged"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

function subset(counts: ReadonlyMap<string, number>, keep: (term: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, c] of counts) if (keep(t)) out.set(t, c);
  return out;
}

/** The term of the `aged` view; "#" keeps it apart from every word. */
const AGED = "#aged";

/** A document's headline and text, as the age view reads them. */
const documentText = (doc: Document): string => (doc.title ? `${doc.title}\n${doc.text}` : doc.text);

const isNumber = (t: string): boolean => t[0]! >= "0" && t[0]! <= "9";

/**
 * Every term a document counts in any view, for document frequencies: its words and the typed
 * names of its text layer (`layer` absent: none).
 */
export function documentTermKeys(doc: Document, layer: TextLayer | undefined, features: FeatureOptions): string[] {
  const typed = typedNameTerms(doc.text, layer?.names);
  return [...documentTerms(doc, layer, features).keys(), ...typed.people.keys(), ...typed.places.keys(), ...new Set(statedAges(documentText(doc)))];
}

/**
 * The views of a document under term statistics `stats` (read, and interned into for new terms);
 * each vector keeps its `maxTerms` heaviest terms. `layer` is the document's text layer, whose
 * typed names make the people and places views (empty without it).
 */
export function documentViews(doc: Document, layer: TextLayer | undefined, features: FeatureOptions, stats: TermStats, maxTerms: number, leadChars: number): DocViews {
  const names = new Set<string>();
  const counts = documentTerms(doc, layer, features, names);
  const typed = typedNameTerms(doc.text, layer?.names);
  const ages = new Map<string, number>();
  for (const a of statedAges(documentText(doc))) ages.set(a, (ages.get(a) ?? 0) + 1);
  return {
    all: vectorize(counts, stats, maxTerms),
    names: vectorize(subset(counts, (t) => names.has(t)), stats, maxTerms),
    numbers: vectorize(subset(counts, isNumber), stats, maxTerms),
    dates: vectorize(subset(counts, (t) => t.startsWith("@")), stats, maxTerms),
    lead: vectorize(leadTerms(doc, layer, features, leadChars), stats, maxTerms),
    people: vectorize(typed.people, stats, maxTerms),
    places: vectorize(typed.places, stats, maxTerms),
    ages: vectorize(ages, stats, maxTerms),
    aged: ages.size > 0 ? { terms: Uint32Array.of(termId(stats, AGED)), weights: Float32Array.of(1) } : EMPTY,
  };
}
