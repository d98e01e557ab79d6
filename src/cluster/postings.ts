/**
 * An inverted index from term ids to the stories posted under them, each list capped so that a
 * lookup costs the same however many stories there are. A full list keeps its largest stories:
 * a term in that many stories is topic vocabulary, a new small story is found through its rarer
 * terms (names, places, figures), and a large story must stay findable through all of its own.
 */
export interface Postings {
  /**
   * Posts story `s` under `term`; in a full list it replaces the smallest (then oldest) story
   * when it is larger, else it is refused. Returns whether it was posted.
   */
  add(s: number, term: number): boolean;
  remove(s: number, term: number): void;
  /** The stories posted under `term` (a live view; do not mutate). */
  get(term: number): readonly number[] | undefined;
}

/** An empty inverted index whose lists hold at most `cap` stories, ranked by `sizeOf`. */
export function createPostings(cap: number, sizeOf: (s: number) => number): Postings {
  const lists = new Map<number, number[]>();
  return {
    add(s, term) {
      const list = lists.get(term);
      if (!list) {
        lists.set(term, [s]);
        return true;
      }
      if (list.length < cap) {
        list.push(s);
        return true;
      }
      let smallest = 0;
      for (let i = 1; i < list.length; i++) if (sizeOf(list[i]!) < sizeOf(list[smallest]!)) smallest = i;
      if (sizeOf(s) <= sizeOf(list[smallest]!)) return false;
      list.splice(smallest, 1);
      list.push(s);
      return true;
    },
    remove(s, term) {
      const list = lists.get(term);
      if (!list) return;
      const at = list.indexOf(s);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) lists.delete(term);
    },
    get: (term) => lists.get(term),
  };
}
