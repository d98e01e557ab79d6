import type { NameSpan, NameType } from "../model/text.js";

/** The typed name views: the people a report names apart from the places. */
export interface TypedNameTerms {
  /** Persons: each full name and its last word (the surname a report goes on with). */
  readonly people: Map<string, number>;
  /** Places: each place name whole ("elm street", "north harwick"). */
  readonly places: Map<string, number>;
}

/** A possessive ending that stays on a name span ("Halvik's") but not on the name. */
const POSSESSIVE = /['’]s$/u;

/** A name span's words, lower-cased, joined by single spaces, without a possessive ending. */
function nameKey(text: string): string {
  return text.toLowerCase().replace(POSSESSIVE, "").split(/\s+/u).filter((w) => w.length > 0).join(" ");
}

function bump(counts: Map<string, number>, term: string): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

/**
 * The counted name terms of a document from the text layer's typed name spans (`names` of
 * `TextLayer`): look-alike reports (two shootings in one city in one week) share the city but
 * not the victim's, the suspect's or the street's name, and the tagger's types keep a person's
 * name apart from a place's. Terms carry their type ("per:", "loc:") so that they never meet
 * the words of the other views in one TF-IDF space. Organisations are left out: the police
 * department and the hospital are the same for every shooting of a city.
 * @example typedNameTerms("Ana Brel was shot on Elm Street. Brel, 20, died.", spans).people // per:ana brel 1, per:brel 2
 */
export function typedNameTerms(text: string, names: readonly NameSpan[] | undefined): TypedNameTerms {
  const people = new Map<string, number>();
  const places = new Map<string, number>();
  for (const n of names ?? []) {
    const key = nameKey(text.slice(n.start, n.end));
    if (key.length < 2) continue;
    if (n.type === PERSON) {
      const words = key.split(" ");
      if (words.length > 1) bump(people, `per:${key}`);
      bump(people, `per:${words[words.length - 1]!}`);
    } else if (n.type === PLACE) {
      bump(places, `loc:${key}`);
    }
  }
  return { people, places };
}

const PERSON: NameType = "PER";
const PLACE: NameType = "LOC";
