import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

export type Loaded<T> = { readonly state: "loading" } | { readonly state: "error"; readonly message: string } | { readonly state: "done"; readonly data: T };

/** Fetches when `key` changes; a stale answer is dropped by aborting the previous request. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    load(controller.signal).then(
      (data) => setLoaded({ state: "done", data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: "error", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` says when its inputs changed.
  }, [key]);
  return loaded;
}

/** Shows a loading line or the error, else renders the data. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === "loading") return <p class="muted" role="status">Loading…</p>;
  if (loaded.state === "error") return <p class="error" role="alert">Could not load: {loaded.message}</p>;
  return <>{children(loaded.data)}</>;
}
