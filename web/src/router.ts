import { useEffect, useState } from "preact/hooks";

/**
 * Pages are addressed by the URL's fragment (`#/stories/ID`), so the server needs no fallback
 * route and every page is a real link the browser's history, bookmarks and keyboard understand.
 */
export type Route =
  | { readonly page: "stories"; readonly query: URLSearchParams }
  | { readonly page: "story"; readonly id: string }
  | { readonly page: "document"; readonly id: string; readonly query: URLSearchParams }
  | { readonly page: "entity"; readonly id: string }
  | { readonly page: "ingest" }
  | { readonly page: "missing"; readonly path: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const cut = raw.indexOf("?");
  const path = (cut < 0 ? raw : raw.slice(0, cut)).replace(/\/+$/, "") || "/";
  const query = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
  if (path === "/" || path === "/stories") return { page: "stories", query };
  if (path === "/ingest") return { page: "ingest" };
  const match = /^\/(stories|documents|entities)\/([^/]+)$/.exec(path);
  const id = match?.[2] === undefined ? null : decode(match[2]);
  if (match && id !== null) {
    if (match[1] === "stories") return { page: "story", id };
    if (match[1] === "entities") return { page: "entity", id };
    return { page: "document", id, query };
  }
  return { page: "missing", path };
}

/** The fragment of a page: ids are percent-encoded so any id survives the trip. */
export const href = {
  stories: (query?: URLSearchParams) => `#/stories${query && [...query.keys()].length ? `?${query.toString()}` : ""}`,
  story: (id: string) => `#/stories/${encodeURIComponent(id)}`,
  entity: (id: string) => `#/entities/${encodeURIComponent(id)}`,
  ingest: () => "#/ingest",
  document: (id: string, story?: string) => `#/documents/${encodeURIComponent(id)}${story ? `?story=${encodeURIComponent(story)}` : ""}`,
  /** A document with the cited words `[start, end)` highlighted; `story` lets the page link back. */
  cite: (documentId: string, start: number, end: number, story?: string, field?: "text" | "title") => {
    const query = new URLSearchParams({ start: String(start), end: String(end) });
    if (field === "title") query.set("field", "title");
    if (story) query.set("story", story);
    return `#/documents/${encodeURIComponent(documentId)}?${query.toString()}`;
  },
};

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return parseRoute(hash);
}
