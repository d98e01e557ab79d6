import type { Removal } from "../model/document.js";

/** "— Name (@handle) date": the name and handle of an embedded post's author. */
const ATTRIBUTION = /^[—–-]{1,2}\s*(.+?)\s*\(@(\w{1,30})\)/u;

function fold(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The file name of a source without folders, extension or a `:line` suffix. */
function sourceStem(source: string): string {
  const base = source.replace(/:\d+$/u, "").split(/[\\/]/u).pop() ?? "";
  return fold(base.replace(/\.[^.]*$/u, ""));
}

/** A URL's host without "www." and with its top-level domain, e.g. "pelltimes.example" → "pelltimesexample". */
function hostKeys(url: string | null): string[] {
  if (url === null) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\./u, "");
    const labels = host.split(".");
    return [fold(host), fold(labels.slice(0, -1).join("."))].filter((k) => k !== "");
  } catch {
    return [];
  }
}

/**
 * The outlet an embedded post reveals: outlets embed their own posts, so when the post's
 * author (name or handle) is the name the file or URL was saved under, that author is the
 * outlet. Any other embedded author is just a source quoted in the article.
 *
 * @example outletFromEmbeds([{ kind: "social-embed", text: "— Pell Times (@PellTimes) May 2, 2031" }], "in/pell-times.txt", null) // "Pell Times"
 */
export function outletFromEmbeds(removed: readonly Removal[], source: string, url: string | null): string | null {
  const keys = new Set([sourceStem(source), ...hostKeys(url)].filter((k) => k.length >= 2));
  if (keys.size === 0) return null;
  for (const removal of removed) {
    if (removal.kind !== "social-embed") continue;
    const match = ATTRIBUTION.exec(removal.text);
    const name = match?.[1];
    const handle = match?.[2];
    if (name === undefined || handle === undefined) continue;
    if (keys.has(fold(name)) || keys.has(fold(handle))) return name;
  }
  return null;
}
