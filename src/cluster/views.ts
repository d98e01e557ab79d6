import type { Document } from "../model/document.js";
import type { TextLayer } from "../model/text.js";
import { documentAndLeadTerms, vectorize, type FeatureOptions } from "./features.js";
import { statedAges } from "./ages.js";
import { typedNameTerms } from "./names.js";
import { EMPTY, type Sparse } from "./sparse.js";
import { observeDocument, termId, type TermStats } from "./vocabulary.js";
import { CLUSTER } from "../core/tunables.js";

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
 * A document's counted terms before any weighting: what each of its views is made of. Computed
 * once per document: the batch primes its term statistics from them and then weighs them.
 */
export interface DocTerms {
  /** Every term of title and body. */
  readonly all: ReadonlyMap<string, number>;
  /** The name words and phrases among `all`. */
  readonly names: ReadonlySet<string>;
  /** The headline's and the opening's terms. */
  readonly lead: ReadonlyMap<string, number>;
  readonly people: ReadonlyMap<string, number>;
  readonly places: ReadonlyMap<string, number>;
  readonly ages: ReadonlyMap<string, number>;
}

/**
 * The counted terms of a document (`layer` absent: no typed names, words scanned); `leadChars`
 * characters of the text after the headline make the lead.
 */
export function documentTermsOf(doc: Document, layer: TextLayer | undefined, features: FeatureOptions, leadChars: number): DocTerms {
  const names = new Set<string>();
  const { all, lead } = documentAndLeadTerms(doc, layer, features, leadChars, names);
  const typed = typedNameTerms(doc.text, layer?.names);
  const ages = new Map<string, number>();
  for (const a of statedAges(documentText(doc))) ages.set(a, (ages.get(a) ?? 0) + 1);
  return { all, names, lead, people: typed.people, places: typed.places, ages };
}

/**
 * Every term a document counts in any view, for document frequencies: its words, the typed names
 * of its text layer and the ages it states (the lead's terms are among its words).
 */
export function termKeys(terms: DocTerms): string[] {
  return [...terms.all.keys(), ...terms.people.keys(), ...terms.places.keys(), ...terms.ages.keys()];
}

/**
 * Counts the terms of `documents` into `stats` (their document frequencies, before any document
 * is weighed) and returns each document's terms by id, for `StoryIndex.add`, so that none is
 * counted twice. A batch over `CLUSTER.PRIMED_TERMS_MAX_DOCUMENTS` keeps none: its documents'
 * terms are counted again at their add rather than all held at once.
 */
export function primeTerms(stats: TermStats, documents: readonly Document[], layerOf: (id: string) => TextLayer | undefined, features: FeatureOptions): Map<string, DocTerms> {
  const keep = documents.length <= CLUSTER.PRIMED_TERMS_MAX_DOCUMENTS;
  const primed = new Map<string, DocTerms>();
  for (const d of documents) {
    const terms = documentTermsOf(d, layerOf(d.id), features, CLUSTER.LEAD_CHARS);
    observeDocument(stats, termKeys(terms));
    if (keep) primed.set(d.id, terms);
  }
  return primed;
}

/** `termKeys` of a document's terms (`layer` absent: none of the typed names). */
export function documentTermKeys(doc: Document, layer: TextLayer | undefined, features: FeatureOptions): string[] {
  return termKeys(documentTermsOf(doc, layer, features, 0));
}

/**
 * The views of a document's terms under term statistics `stats` (read, and interned into for new
 * terms); each vector keeps its `maxTerms` heaviest terms.
 */
export function viewsOf(terms: DocTerms, stats: TermStats, maxTerms: number): DocViews {
  const { all, names } = terms;
  return {
    all: vectorize(all, stats, maxTerms),
    names: vectorize(subset(all, (t) => names.has(t)), stats, maxTerms),
    numbers: vectorize(subset(all, isNumber), stats, maxTerms),
    dates: vectorize(subset(all, (t) => t.startsWith("@")), stats, maxTerms),
    lead: vectorize(terms.lead, stats, maxTerms),
    people: vectorize(terms.people, stats, maxTerms),
    places: vectorize(terms.places, stats, maxTerms),
    ages: vectorize(terms.ages, stats, maxTerms),
    aged: terms.ages.size > 0 ? { terms: Uint32Array.of(termId(stats, AGED)), weights: Float32Array.of(1) } : EMPTY,
  };
}

/**
 * The views of a document under term statistics `stats`; `layer` is the document's text layer,
 * whose typed names make the people and places views (empty without it).
 */
export function documentViews(doc: Document, layer: TextLayer | undefined, features: FeatureOptions, stats: TermStats, maxTerms: number, leadChars: number): DocViews {
  return viewsOf(documentTermsOf(doc, layer, features, leadChars), stats, maxTerms);
}
