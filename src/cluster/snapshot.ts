import { EMPTY, type Sparse } from "./sparse.js";
import { VIEW_NAMES } from "./views.js";
import type { DocState, IndexState, StoryState, Views } from "./story-index.js";
import type { TermStats } from "./vocabulary.js";

/**
 * Saving and restoring an online story index as bytes, so an incremental ingest continues from
 * the index the last one left instead of re-reading every stored document. A document's record
 * never changes once added (its views were weighed with the statistics of its day), so it is
 * saved once; a story's record (members, summed views, quote sample, days) is saved when its
 * members change. Posting lists are not saved: restoring re-posts every story.
 */

/** A saved document, by the position the index took it at. */
export interface SavedDocument {
  readonly position: number;
  readonly documentId: string;
  readonly state: Uint8Array;
}

/** A saved story, by the position of its founding document. */
export interface SavedStory {
  readonly founder: number;
  readonly state: Uint8Array;
}

/** Little-endian bytes: lengths and counts as u32, arrays copied out so no view is misaligned. */
class Writer {
  private parts: Uint8Array[] = [];
  u32(n: number): void {
    this.parts.push(new Uint8Array(Uint32Array.of(n).buffer));
  }
  f64(n: number): void {
    this.parts.push(new Uint8Array(Float64Array.of(n).buffer));
  }
  array(a: Uint32Array | Float32Array | Float64Array): void {
    this.u32(a.length);
    this.parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }
  text(s: string): void {
    const bytes = new TextEncoder().encode(s);
    this.u32(bytes.length);
    this.parts.push(bytes);
  }
  views(views: Views): void {
    this.u32(views.length);
    for (const v of views) {
      this.array(v.terms);
      this.array(v.weights);
    }
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

class Reader {
  private at = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u32(): number {
    const n = this.view.getUint32(this.at, true);
    this.at += 4;
    return n;
  }
  f64(): number {
    const n = this.view.getFloat64(this.at, true);
    this.at += 8;
    return n;
  }
  private slice(length: number): ArrayBuffer {
    const start = this.bytes.byteOffset + this.at;
    this.at += length;
    return this.bytes.buffer.slice(start, start + length) as ArrayBuffer;
  }
  u32s(): Uint32Array {
    const n = this.u32();
    return new Uint32Array(this.slice(4 * n));
  }
  f32s(): Float32Array {
    const n = this.u32();
    return new Float32Array(this.slice(4 * n));
  }
  f64s(): Float64Array {
    const n = this.u32();
    return new Float64Array(this.slice(8 * n));
  }
  text(): string {
    const n = this.u32();
    return new TextDecoder().decode(new Uint8Array(this.slice(n)));
  }
  views(): Views {
    const n = this.u32();
    const out: Sparse[] = [];
    for (let i = 0; i < n; i++) out.push({ terms: this.u32s(), weights: this.f32s() });
    // An index saved before a view was added (views are only ever appended) lacks it: empty, as
    // for a document that holds none of its terms.
    while (out.length < VIEW_NAMES.length) out.push(EMPTY);
    return out;
  }
}

/** Term statistics as bytes: documents counted, then each term (in id order) with its df. */
export function encodeStats(stats: TermStats): Uint8Array {
  const w = new Writer();
  w.u32(stats.documents);
  w.array(stats.df.subarray(0, stats.ids.size));
  w.text(JSON.stringify([...stats.ids.keys()]));
  return w.bytes();
}

export function decodeStats(bytes: Uint8Array): TermStats {
  const r = new Reader(bytes);
  const documents = r.u32();
  const counted = r.u32s();
  const terms = JSON.parse(r.text()) as string[];
  // Room to grow, as createTermStats leaves.
  const df = new Uint32Array(Math.max(1024, 2 * counted.length));
  df.set(counted);
  return { ids: new Map(terms.map((t, i) => [t, i])), df, documents };
}

export function encodeDocument(doc: DocState): Uint8Array {
  const w = new Writer();
  w.views(doc.views);
  w.array(doc.quotes);
  w.f64(doc.day ?? Number.NaN);
  w.text(doc.title);
  return w.bytes();
}

export function encodeStory(story: StoryState): Uint8Array {
  const w = new Writer();
  w.array(Uint32Array.from(story.members));
  w.views(story.sums);
  w.array(story.quotes);
  w.array(story.days);
  w.u32(story.postedAt);
  return w.bytes();
}

/** The index records of saved rows (documents by position, stories by founder), ready for `createStoryIndex({ restore })`. */
export function decodeIndex(documents: readonly SavedDocument[], stories: readonly SavedStory[]): IndexState {
  const docs: DocState[] = documents.map((row, i) => {
    if (row.position !== i) throw new Error(`saved story index: document ${row.documentId} at position ${row.position}, expected ${i}`);
    const r = new Reader(row.state);
    const views = r.views();
    const quotes = r.u32s();
    const day = r.f64();
    const title = r.text();
    const known = Number.isNaN(day) ? null : day;
    return { id: row.documentId, views, quotes, day: known, days: known === null ? new Float64Array(0) : Float64Array.of(known), title, story: -1 };
  });
  const restored: StoryState[] = stories.map((row, s) => {
    const r = new Reader(row.state);
    const members = [...r.u32s()];
    const sums = r.views();
    const quotes = r.u32s();
    const days = r.f64s();
    const postedAt = r.u32();
    for (const m of members) {
      const doc = docs[m];
      if (!doc) throw new Error(`saved story index: story of ${row.founder} lists unknown document ${m}`);
      doc.story = s;
    }
    return { founder: row.founder, members, sums, quotes, days, indexed: [], postedAt, alive: true, version: 0 };
  });
  const stray = docs.find((d) => d.story < 0);
  if (stray) throw new Error(`saved story index: document ${stray.id} is in no story`);
  return { docs, stories: restored };
}

/** Founder position to member document ids, of the live stories of `state`. */
export function storyMembers(state: IndexState): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const s of state.stories) if (s.alive) out.set(s.founder, s.members.map((m) => state.docs[m]!.id));
  return out;
}

/**
 * What to save after an ingest: the documents added from `fromPosition` on, and the stories
 * whose members differ from `before` (founder to members before the ingest) or are new, plus
 * the founders of stories that are gone.
 */
export function indexChanges(state: IndexState, fromPosition: number, before: ReadonlyMap<number, readonly string[]>) {
  const documents: SavedDocument[] = state.docs.slice(fromPosition).map((d, i) => ({ position: fromPosition + i, documentId: d.id, state: encodeDocument(d) }));
  const after = storyMembers(state);
  const stories: SavedStory[] = [];
  for (const s of state.stories) {
    if (!s.alive) continue;
    const was = before.get(s.founder);
    const now = after.get(s.founder)!;
    if (was === undefined || was.length !== now.length || was.some((id, i) => id !== now[i])) stories.push({ founder: s.founder, state: encodeStory(s) });
  }
  const removedStories = [...before.keys()].filter((f) => !after.has(f)).sort((a, b) => a - b);
  return { documents, stories, removedStories };
}
