/** How a file is read, decided by its extension. */
export type Format = "text" | "html" | "json" | "jsonl" | "feed";

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  txt: "text",
  text: "text",
  md: "text",
  markdown: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  xml: "feed",
  rss: "feed",
  atom: "feed",
};

/**
 * The format for a file name's extension (case-insensitive), or null when unknown.
 *
 * @example formatOf("News/Story.HTM") // "html"
 */
export function formatOf(name: string): Format | null {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return null;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
}
