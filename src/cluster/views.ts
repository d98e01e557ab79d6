import type { Document } from "../model/document.js";
import type { TextLayer } from "../model/text.js";
import { documentTerms, terms, vectorize, type FeatureOptions } from "./features.js";
import { typedNameTerms } from "./names.js";
import type { Sparse } from "./sparse.js";
import type { TermStats } from "./vocabulary.js";

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
}

export const VIEW_NAMES = ["all", "names", "numbers", "dates", "lead", "people", "places"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * A headline without the outlet a site appends to it ("Three hurt in fire - Tresk Radio 5 |
 * Local news"): cut at the first " - " or " | " that follows four words or more. Every page of
 * an outlet carries that tail, so in the lead it would join unrelated reports of one site.
 * @example headline("Ferry runs aground near Halvik - Coast Radio News") // "Ferry runs aground near Halvik"
 */
export function headline(title: string): string {
  const cut = /^(\S+(?:\s+\S+){3,}?)\s+[-|–—]\s/u.exec(title);
  return cut ? cut[1]! : title;
}

/**
 * The opening of a document: its headline (outlet tail cut) and the first `chars` characters
 * of the text after it.
 */
export function leadText(doc: Document, chars: number): string {
  if (!doc.title) return doc.text.slice(0, chars);
  const rest = doc.text.startsWith(doc.title) ? doc.text.slice(doc.title.length) : doc.text;
  return `${headline(doc.title)}\n${rest.slice(0, chars)}`;
}

function subset(counts: ReadonlyMap<string, number>, keep: (term: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, c] of counts) if (keep(t)) out.set(t, c);
  return out;
}

const isNumber = (t: string): boolean => t[0]! >= "0" && t[0]! <= "9";

/**
 * Every term a document counts in any view, for document frequencies: its words and the typed
 * names of its text layer (`layer` absent: none).
 */
export function documentTermKeys(doc: Document, layer: TextLayer | undefined, features: FeatureOptions): string[] {
  const typed = typedNameTerms(doc.text, layer?.names);
  return [...documentTerms(doc, features).keys(), ...typed.people.keys(), ...typed.places.keys()];
}

/**
 * The views of a document under term statistics `stats` (read, and interned into for new terms);
 * each vector keeps its `maxTerms` heaviest terms. `layer` is the document's text layer, whose
 * typed names make the people and places views (empty without it).
 */
export function documentViews(doc: Document, layer: TextLayer | undefined, features: FeatureOptions, stats: TermStats, maxTerms: number, leadChars: number): DocViews {
  const names = new Set<string>();
  const counts = documentTerms(doc, features, names);
  const typed = typedNameTerms(doc.text, layer?.names);
  return {
    all: vectorize(counts, stats, maxTerms),
    names: vectorize(subset(counts, (t) => names.has(t)), stats, maxTerms),
    numbers: vectorize(subset(counts, isNumber), stats, maxTerms),
    dates: vectorize(subset(counts, (t) => t.startsWith("@")), stats, maxTerms),
    lead: vectorize(terms(leadText(doc, leadChars), features), stats, maxTerms),
    people: vectorize(typed.people, stats, maxTerms),
    places: vectorize(typed.places, stats, maxTerms),
  };
}
