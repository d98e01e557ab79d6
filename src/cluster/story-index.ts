import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Story } from "../model/story.js";
import type { TextLayer } from "../model/text.js";
import { CLUSTER } from "../core/tunables.js";
import type { FeatureOptions } from "./features.js";
import { createPairHeap } from "./heap.js";
import { FEATURE_COUNT, loadMergeModel, MAX_WEEKS, MIN_RUN_DOCUMENTS, NEAR_DAYS, pairFeatures, pairLogit, type MergeModel } from "./merge-model.js";
import { createPostings } from "./postings.js";
import { addScaled, dot, EMPTY, heaviest, truncate, type Sparse } from "./sparse.js";
import { epochDay, meanGaps, mergeDays, removeDay } from "./time.js";
import { quoteShingles, sharedCount, unionCapped } from "./quotes.js";
import { storyTitle } from "./title.js";
import { documentTermsOf, termKeys, viewsOf, VIEW_NAMES, type DocTerms, type DocViews } from "./views.js";
import { createTermStats, observeDocument, type TermStats } from "./vocabulary.js";

/** Settings of a story index; each defaults to its `CLUSTER` tunable. */
export interface StoryIndexOptions {
  /**
   * Term statistics primed from a whole batch, read but never counted into. Without them the
   * index keeps running statistics over the documents added so far.
   */
  readonly stats?: TermStats;
  /**
   * Views already computed under `stats` by document id, read and filled: training clusters the
   * same documents under many settings, and only the decision changes between runs.
   */
  readonly viewCache?: Map<string, DocViews>;
  /** The learned join-or-found decision; the shipped model (models/cluster/) when absent. */
  readonly model?: MergeModel;
  /** Least average log-odds between two stories' documents for `refine` to merge them (the model's cut by default). */
  readonly threshold?: number;
  /** Least log-odds between a document and a story for it to join at once (the model's cut by default). */
  readonly joinThreshold?: number;
  readonly nameWeight?: number;
  readonly phraseWeight?: number;
  readonly dateWeight?: number;
  readonly forceLinkOverlap?: number;
  /** Reassignment passes after each round of merges in `refine`. */
  readonly reassignRounds?: number;
  /** Least log-odds for `refine` to attach a lone document's story to a larger story (the model's cut by default). */
  readonly absorbThreshold?: number;
  /** An index saved by `state()` (see snapshot.ts) to continue from; `stats` must be the ones it was built with, or grown from them. */
  readonly restore?: IndexState;
}

/** An online story clusterer: documents join the best story or start one, one at a time. */
export interface StoryIndex {
  /**
   * Adds one document and returns the id of its story. `copies` are copy links of this
   * document; links to documents not added yet are ignored (the later one brings them). Adding
   * a known id again changes nothing and returns its story. `layer`, the document's text layer,
   * gives the typed names of the people and places views; without it those views are empty.
   * `terms` are the document's counted terms when the caller has them already
   * (`documentTermsOf` with this index's features and `CLUSTER.LEAD_CHARS`): counted while
   * priming the statistics, they are not counted again.
   */
  add(document: Document, copies?: readonly Copy[], layer?: TextLayer, terms?: DocTerms): string;
  /**
   * Settles the stories changed since the last call: merges them best pair first while two
   * stories' documents are alike on average (average link) at `threshold`, then moves documents
   * that fit another story better, and attaches lone documents to the story they are most alike
   * at a looser cut. Cost grows with the changed stories, never with all pairs.
   */
  refine(): void;
  /** The story id of an added document, or null. */
  storyOf(documentId: string): string | null;
  /**
   * Every story, largest first then by id, member ids sorted, titled from its most central
   * document. Documents added since the last `refine` sit in the stories their strict join gave.
   */
  stories(): Story[];
  /** Documents added so far. */
  readonly size: number;
  /** The live records, for snapshot.ts to save after a `refine`; never to be changed by the caller. */
  state(): IndexState;
}

/** What an index is, to save and restore it: its documents in the order added and its live stories, founder order. */
export interface IndexState {
  readonly docs: readonly DocState[];
  readonly stories: readonly StoryState[];
}

/** One vector per view of `VIEW_NAMES`, in that order; the first ("all") finds candidates. */
export type Views = readonly Sparse[];

export interface DocState {
  readonly id: string;
  readonly views: Views;
  /** Hashes of the word windows inside its quotations. */
  readonly quotes: Uint32Array;
  readonly day: number | null;
  /** `day` as a story's time sample: one day, or none. */
  readonly days: Float64Array;
  readonly title: string;
  story: number;
}

export interface StoryState {
  /** The founding (first added) document, whose id is the story's id; it never leaves. */
  readonly founder: number;
  members: number[];
  /** Sums of the members' view vectors, each cut to its heaviest terms; over the size, the means. */
  sums: Views;
  /** A bottom-k sample of its members' quote hashes. */
  quotes: Uint32Array;
  /** Its dated members' days, ascending, thinned evenly to CLUSTER.STORY_DAYS. */
  days: Float64Array;
  /** Terms the story is posted under in the inverted index. */
  indexed: number[];
  /** Size of the story when it was last posted. */
  postedAt: number;
  alive: boolean;
  /** Bumped on every change, so a queued pair score can tell it is stale. */
  version: number;
}

/** The feature settings of `options`, defaulting to the tunables. */
export function featureOptions(options: StoryIndexOptions): FeatureOptions {
  return {
    nameWeight: options.nameWeight ?? CLUSTER.NAME_WEIGHT,
    phraseWeight: options.phraseWeight ?? CLUSTER.PHRASE_WEIGHT,
    dateWeight: options.dateWeight ?? CLUSTER.DATE_WEIGHT,
  };
}

/**
 * Creates an empty story index. `add` finds a few candidate stories through an inverted index
 * over the heaviest terms of story centroids (never every story), scores each by average link
 * (the document's dot product with the story's mean TF-IDF vector, plus a bonus for a shared
 * quotation, decayed by the days between them), and joins the best when it reaches the strict
 * `joinThreshold`, or starts a story; a copy link of enough overlap joins regardless. A join
 * this strict is nearly always right, so early documents do not drag a story off course.
 * `refine` then merges the changed stories at the looser average-link `threshold`, best pair
 * first, as batch agglomerative clustering would, moves documents that fit another story
 * better, and attaches lone documents at `absorbThreshold`; so the result hardly depends on the
 * order documents arrived in. Call `refine` before reading `stories` (after each document for
 * a live feed, or after a batch). A story keeps the id of its first document; a merge keeps
 * the older id.
 * @example
 * const index = createStoryIndex();
 * index.add(first); index.add(second, copiesOfSecond);
 * index.refine();
 * index.stories() // [{ id: first.id, title: "…", documentIds: [first.id, second.id] }]
 */
export function createStoryIndex(options: StoryIndexOptions = {}): StoryIndex {
  const counting = options.stats === undefined;
  const stats = options.stats ?? createTermStats();
  const features = featureOptions(options);
  const model = options.model ?? loadMergeModel();
  const threshold = options.threshold ?? model.mergeThreshold;
  const joinThreshold = options.joinThreshold ?? model.joinThreshold;
  const forceOverlap = options.forceLinkOverlap ?? CLUSTER.FORCE_LINK_OVERLAP;
  const reassignRounds = options.reassignRounds ?? CLUSTER.REASSIGN_ROUNDS;
  const absorbThreshold = options.absorbThreshold ?? model.absorbThreshold;
  const quoteWords = CLUSTER.QUOTE_WORDS;
  const x = new Float64Array(FEATURE_COUNT);

  const docs: DocState[] = [];
  const docIndex = new Map<string, number>();
  const stories: StoryState[] = [];
  const postings = createPostings(CLUSTER.MAX_POSTINGS, (s) => stories[s]!.members.length);
  /** Stories changed since the last `refine`: only their pair scores can have risen. */
  const dirty = new Set<number>();
  let scratch = new Float64Array(1024);
  for (const d of options.restore?.docs ?? []) {
    docIndex.set(d.id, docs.length);
    docs.push(d);
  }
  stories.push(...(options.restore?.stories ?? []));

  function reindex(s: number): void {
    const story = stories[s]!;
    const next = story.alive ? postingTerms(story.sums[0]!) : [];
    const keep = new Set(next);
    const had = new Set(story.indexed);
    for (const t of story.indexed) if (!keep.has(t)) postings.remove(s, t);
    // A term a full list refused is not recorded, so the next re-posting tries it again.
    story.indexed = next.filter((t) => had.has(t) || postings.add(s, t));
  }

  /**
   * The terms a story is posted under: its heaviest, leaving out terms no other document has
   * when the statistics are complete (their idf makes them heaviest, yet they can match nothing).
   */
  function postingTerms(sum: Sparse): number[] {
    const out: number[] = [];
    // Terms skipped for their df are few, so twice the posted number of the heaviest is enough.
    for (const p of heaviest(sum, counting ? CLUSTER.INDEX_TERMS : 2 * CLUSTER.INDEX_TERMS)) {
      const t = sum.terms[p]!;
      if (!counting && (stats.df[t] ?? 0) <= 1) continue;
      out.push(t);
      if (out.length >= CLUSTER.INDEX_TERMS) break;
    }
    return out;
  }

  function changed(s: number): void {
    stories[s]!.version++;
    dirty.add(s);
    reindex(s);
  }

  /**
   * After a join: the heaviest terms of a large story barely move with one more document, so
   * it is re-posted only as it grows by an eighth, which keeps a 100,000-document story cheap.
   */
  function grew(s: number): void {
    const story = stories[s]!;
    story.version++;
    dirty.add(s);
    const n = story.members.length;
    if (n <= 16 || n >= story.postedAt + Math.ceil(story.postedAt / 8)) {
      story.postedAt = n;
      reindex(s);
    }
  }

  /** Stories sharing heavy terms with `query`, most shared weight first, at most CANDIDATES. */
  function candidates(query: Sparse, exclude: number): number[] {
    if (scratch.length < stories.length) scratch = new Float64Array(Math.max(stories.length, scratch.length * 2));
    const touched: number[] = [];
    let looked = 0;
    // Many of the heaviest terms are in no other document, so no list holds them: look deeper.
    for (const p of heaviest(query, 8 * CLUSTER.QUERY_TERMS)) {
      if (looked >= CLUSTER.QUERY_TERMS) break;
      const list = postings.get(query.terms[p]!);
      if (!list) continue;
      looked++;
      const w = query.weights[p]!;
      for (const s of list) {
        if (s === exclude) continue;
        if (scratch[s] === 0) touched.push(s);
        scratch[s] = scratch[s]! + w;
      }
    }
    touched.sort((a, b) => scratch[b]! - scratch[a]! || a - b);
    for (const s of touched) scratch[s] = 0;
    return touched.slice(0, CLUSTER.CANDIDATES);
  }

  /** Whether two quote samples share a quotation: the same words from the same statement. */
  function shareQuote(a: Uint32Array, b: Uint32Array): boolean {
    return a.length > 0 && b.length > 0 && sharedCount(a, b) >= CLUSTER.QUOTE_MIN_SHARED;
  }

  /**
   * The model's log-odds for two sides given their summed views and sizes: each view's
   * average link is the dot product of the sums over the number of member pairs.
   */
  function logit(a: Views, na: number, b: Views, nb: number, quote: boolean, daysA: Float64Array, daysB: Float64Array, minus?: Views): number {
    // The run's size: the primed batch, or (counting online) the documents added so far.
    const lnRun = Math.log(Math.max(MIN_RUN_DOCUMENTS, counting ? docs.length : stats.documents));
    return pairLogit(model, pairFeatures(x, a, na, b, nb, quote, meanGaps(daysA, daysB, MAX_WEEKS, NEAR_DAYS), minus, lnRun));
  }

  /** Log-odds that document `d` belongs to story `s` (average link over its members). */
  function docScore(d: DocState, s: number): number {
    const story = stories[s]!;
    return logit(d.views, 1, story.sums, story.members.length, shareQuote(d.quotes, story.quotes), d.days, story.days);
  }

  /** Log-odds that stories `a` and `b` are one (average link between their members). */
  function pairScore(a: number, b: number): number {
    const x = stories[a]!;
    const y = stories[b]!;
    return logit(x.sums, x.members.length, y.sums, y.members.length, shareQuote(x.quotes, y.quotes), x.days, y.days);
  }

  /**
   * Log-odds that document `d` belongs to its own story without it; a quotation it shares with
   * the others is not told apart from its own, so it counts as absent.
   */
  function stayScore(d: DocState): number {
    const own = stories[d.story]!;
    return logit(d.views, 1, own.sums, own.members.length - 1, false, d.days, removeDay(own.days, d.day), d.views);
  }

  function start(d: number): number {
    const doc = docs[d]!;
    const s = stories.length;
    stories.push({ founder: d, members: [d], sums: doc.views, quotes: doc.quotes, days: doc.days, indexed: [], postedAt: 1, alive: true, version: 0 });
    doc.story = s;
    changed(s);
    return s;
  }

  function join(d: number, s: number): void {
    const doc = docs[d]!;
    const story = stories[s]!;
    // Members stay in processing order: a reassigned document may be older than the newest member.
    const at = story.members.length > 0 && story.members[story.members.length - 1]! > d ? story.members.findIndex((m) => m > d) : story.members.length;
    story.members.splice(at, 0, d);
    story.sums = addViews(story.sums, doc.views, 1);
    story.quotes = unionCapped(story.quotes, doc.quotes, CLUSTER.STORY_QUOTE_HASHES);
    story.days = mergeDays(story.days, doc.days, CLUSTER.STORY_DAYS);
    doc.story = s;
    grew(s);
  }

  /** Takes document `d` out of its story; never called on a founder. */
  function detach(d: number): void {
    const doc = docs[d]!;
    const story = stories[doc.story]!;
    story.members = story.members.filter((m) => m !== d);
    story.sums = addViews(story.sums, doc.views, -1);
    story.days = removeDay(story.days, doc.day);
    changed(doc.story);
  }

  /** Merges two stories into the older one (earlier founder) and returns it. */
  function merge(a: number, b: number): number {
    const [keep, drop] = stories[a]!.founder < stories[b]!.founder ? [a, b] : [b, a];
    const k = stories[keep]!;
    const x = stories[drop]!;
    for (const m of x.members) docs[m]!.story = keep;
    k.members = mergeSorted(k.members, x.members);
    k.sums = addViews(k.sums, x.sums, 1);
    k.quotes = unionCapped(k.quotes, x.quotes, CLUSTER.STORY_QUOTE_HASHES);
    k.days = mergeDays(k.days, x.days, CLUSTER.STORY_DAYS);
    x.alive = false;
    x.members = [];
    x.sums = NO_VIEWS;
    x.quotes = NO_QUOTES;
    changed(drop);
    dirty.delete(drop);
    changed(keep);
    return keep;
  }

  function add(document: Document, copies: readonly Copy[] = [], layer?: TextLayer, given?: DocTerms): string {
    const known = docIndex.get(document.id);
    if (known !== undefined) return storyId(known);
    // The document's terms, counted at most once: for running statistics, and for its views
    // unless they are cached.
    let terms = given;
    const termsOf = (): DocTerms => (terms ??= documentTermsOf(document, layer, features, CLUSTER.LEAD_CHARS));
    if (counting) observeDocument(stats, termKeys(termsOf()));
    const d = docs.length;
    const views = options.viewCache?.get(document.id) ?? viewsOf(termsOf(), stats, CLUSTER.DOC_TERMS);
    options.viewCache?.set(document.id, views);
    const day = epochDay(document.publishedAt);
    const doc: DocState = {
      id: document.id,
      views: VIEW_NAMES.map((v) => views[v]),
      quotes: quoteWords > 0 ? quoteShingles(document.text, quoteWords) : NO_QUOTES,
      day,
      days: day === null ? NO_DAYS : Float64Array.of(day),
      title: storyTitle(document, CLUSTER.MAX_TITLE_CHARS, layer),
      story: -1,
    };
    docs.push(doc);
    docIndex.set(document.id, d);

    const forced = new Set<number>();
    for (const c of copies) {
      if (c.overlap < forceOverlap) continue;
      const other = c.documentIds[0] === document.id ? c.documentIds[1] : c.documentIds[0];
      const o = docIndex.get(other);
      if (o !== undefined && o !== d) forced.add(docs[o]!.story);
    }
    let target = -1;
    let targetScore = -Infinity;
    for (const s of [...new Set([...candidates(doc.views[0]!, -1), ...forced])].sort((a, b) => a - b)) {
      // A heavy copy outranks any similarity: the two share most of their text.
      const score = docScore(doc, s) + (forced.has(s) ? FORCED_LOGIT : 0);
      if (score > targetScore) {
        target = s;
        targetScore = score;
      }
    }
    if (target >= 0 && (forced.has(target) || targetScore >= joinThreshold)) {
      join(d, target);
      let s = target;
      for (const f of [...forced].sort((a, b) => a - b)) if (stories[f]!.alive && f !== s) s = merge(s, f);
    } else {
      start(d);
    }
    return storyId(d);
  }

  /**
   * Moves each document of the given stories to the story it is most alike on average when that
   * beats its own story (itself left out) and the threshold: the k-means step that undoes joins
   * made before a document's true companions arrived. Founders stay, so story ids stay.
   */
  function reassign(touched: readonly number[]): number {
    let moved = 0;
    const members = touched.flatMap((s) => (stories[s]!.alive ? stories[s]!.members : []));
    for (const d of members.sort((a, b) => a - b)) {
      const doc = docs[d]!;
      const own = stories[doc.story]!;
      if (own.founder === d) continue;
      let best = -1;
      let bestScore = Math.max(stayScore(doc), threshold);
      for (const c of candidates(doc.views[0]!, doc.story)) {
        const score = docScore(doc, c);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best < 0) continue;
      detach(d);
      join(d, best);
      moved++;
    }
    return moved;
  }

  /**
   * Average-link agglomeration over the dirty stories and their candidates, best pair first;
   * returns the live stories it started from or made.
   */
  function mergeBestFirst(): number[] {
    const heap = createPairHeap();
    const queue = (s: number): void => {
      for (const c of candidates(stories[s]!.sums[0]!, s)) {
        const score = pairScore(s, c);
        if (score < threshold) continue;
        const [a, b] = s < c ? [s, c] : [c, s];
        heap.push({ score, a, b, va: stories[a]!.version, vb: stories[b]!.version });
      }
    };
    const touched = new Set([...dirty].filter((s) => stories[s]!.alive));
    dirty.clear();
    for (const s of [...touched].sort((a, b) => a - b)) queue(s);
    for (let pair = heap.pop(); pair; pair = heap.pop()) {
      const x = stories[pair.a]!;
      const y = stories[pair.b]!;
      if (!x.alive || !y.alive || x.version !== pair.va || y.version !== pair.vb) continue;
      const kept = merge(pair.a, pair.b);
      touched.add(kept);
      queue(kept);
    }
    dirty.clear();
    return [...touched].filter((s) => stories[s]!.alive).sort((a, b) => a - b);
  }

  /**
   * Attaches each story of a single document to the larger story it is most alike, when the two
   * are at least `absorbThreshold` alike on average: a report no other report matched at the
   * merge threshold is more often an outlier of a story (a brief, a side angle) than a story
   * of its own, and the looser cut still asks for real shared vocabulary.
   */
  function absorbStrays(touched: readonly number[]): void {
    for (const s of touched) {
      const story = stories[s]!;
      if (!story.alive || story.members.length > 1) continue;
      let best = -1;
      let bestScore = absorbThreshold;
      for (const c of candidates(story.sums[0]!, s)) {
        if (stories[c]!.members.length <= 1) continue;
        const score = pairScore(s, c);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best >= 0) merge(s, best);
    }
    dirty.clear();
  }

  function refine(): void {
    const touched = new Set<number>();
    for (let round = 0; ; round++) {
      const merged = mergeBestFirst();
      for (const s of merged) touched.add(s);
      if (round >= reassignRounds || reassign(merged) === 0) break;
    }
    absorbStrays([...touched].sort((a, b) => a - b));
  }

  function storyId(d: number): string {
    return docs[stories[docs[d]!.story]!.founder]!.id;
  }

  function listStories(): Story[] {
    const out: Story[] = [];
    for (const story of stories) {
      if (!story.alive) continue;
      let central = story.founder;
      let best = -Infinity;
      for (const m of story.members) {
        const score = dot(docs[m]!.views[0]!, story.sums[0]!);
        if (score > best) {
          best = score;
          central = m;
        }
      }
      out.push({
        id: docs[story.founder]!.id,
        title: docs[central]!.title,
        documentIds: story.members.map((m) => docs[m]!.id).sort(),
      });
    }
    return out.sort((a, b) => b.documentIds.length - a.documentIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  for (let s = 0; s < stories.length; s++) if (stories[s]!.alive) reindex(s);

  return {
    add,
    refine,
    storyOf(id) {
      const d = docIndex.get(id);
      return d === undefined ? null : storyId(d);
    },
    stories: listStories,
    get size() {
      return docs.length;
    },
    state: () => ({ docs, stories }),
  };
}

/** The union of two ascending lists, ascending. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

const NO_QUOTES = new Uint32Array(0);
const NO_DAYS = new Float64Array(0);
const NO_VIEWS: Views = VIEW_NAMES.map(() => EMPTY);
/** Log-odds added to a story a heavy copy link forces: above any similarity's. */
const FORCED_LOGIT = 1000;

/** `a + scale * b` view by view, each cut to the centroid size. */
function addViews(a: Views, b: Views, scale: number): Views {
  return a.map((v, i) => truncate(addScaled(v, b[i]!, scale), CLUSTER.CENTROID_TERMS));
}
