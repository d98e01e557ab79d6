/** A queued merge: two stories' average similarity, with their versions when it was scored. */
export interface ScoredPair {
  readonly score: number;
  readonly a: number;
  readonly b: number;
  /** Versions of the two stories when scored: the pair is stale once either has changed. */
  readonly va: number;
  readonly vb: number;
}

/** A max-heap of scored pairs. */
export interface PairHeap {
  push(item: ScoredPair): void;
  /** The best pair (ties: smaller `a`, then smaller `b`, so the order is deterministic), or undefined when empty. */
  pop(): ScoredPair | undefined;
  readonly size: number;
}

function above(x: ScoredPair, y: ScoredPair): boolean {
  return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}

/** An empty binary max-heap of scored pairs. */
export function createPairHeap(): PairHeap {
  const items: ScoredPair[] = [];
  const swap = (i: number, j: number): void => {
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  };
  return {
    push(item) {
      items.push(item);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!above(items[i]!, items[parent]!)) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop() {
      const top = items[0];
      const last = items.pop();
      if (items.length > 0 && last) {
        items[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let best = i;
          if (l < items.length && above(items[l]!, items[best]!)) best = l;
          if (r < items.length && above(items[r]!, items[best]!)) best = r;
          if (best === i) break;
          swap(i, best);
          i = best;
        }
      }
      return top;
    },
    get size() {
      return items.length;
    },
  };
}
