/**
 * Rendered pages kept for one content version of the store: a page is rendered once per version,
 * not once per request. Entries of an older version are dropped when a newer one is asked for;
 * at most `capacity` pages are kept (least recently used goes first).
 */
export class PageCache<T> {
  private version: string | null = null;
  private readonly pages = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** Drops one page (a render that failed must not be served again). */
  forget(key: string): void {
    this.pages.delete(key);
  }

  /** The page `key` at `version`, rendered by `render` when not held. */
  get(version: string, key: string, render: () => T): T {
    if (version !== this.version) {
      this.pages.clear();
      this.version = version;
    }
    const held = this.pages.get(key);
    if (held !== undefined) {
      // Re-inserting moves the key to the back: Map order is the recency order.
      this.pages.delete(key);
      this.pages.set(key, held);
      return held;
    }
    const page = render();
    this.pages.set(key, page);
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= this.capacity) break;
      this.pages.delete(oldest);
    }
    return page;
  }
}
