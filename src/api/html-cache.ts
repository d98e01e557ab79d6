/**
 * Rendered answers, each kept with the version it was rendered at: asked at the same version it
 * is served again, asked at another it is rendered anew. The version is per key, so a story's
 * page follows that story's revision and one story's change leaves the others' pages alone. At
 * most `capacity` answers are kept (the least recently used goes first).
 */
export class PageCache<T> {
  private readonly pages = new Map<string, { readonly version: string; readonly page: T }>();

  constructor(private readonly capacity: number) {}

  /** Drops one page (a render that failed must not be served again). */
  forget(key: string): void {
    this.pages.delete(key);
  }

  /** The page `key` at `version`, rendered by `render` when not held at that version. */
  get(version: string, key: string, render: () => T): T {
    const held = this.pages.get(key);
    // Deleting and re-inserting moves the key to the back: Map order is the recency order.
    this.pages.delete(key);
    if (held?.version === version) {
      this.pages.set(key, held);
      return held.page;
    }
    const page = render();
    this.pages.set(key, { version, page });
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= this.capacity) break;
      this.pages.delete(oldest);
    }
    return page;
  }
}
