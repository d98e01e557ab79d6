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
  const base = withoutGzip(name.slice(name.lastIndexOf("/") + 1));
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return null;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
}

/** A trailing ".gz" (any case). */
const GZIP_SUFFIX = /\.gz$/iu;
/** A name without a trailing ".gz". */
const withoutGzip = (name: string): string => name.replace(GZIP_SUFFIX, "");

/**
 * Whether a file name says gzip ("page.html.gz", as crawls and benchmark sets store pages): it is
 * read as the format of the name without ".gz".
 *
 * @example isGzipName("a/Page.HTML.GZ") // true
 */
export const isGzipName = (name: string): boolean => GZIP_SUFFIX.test(name);

/**
 * A file name's base without ".gz" and its format extension: what a file's outlet falls back to.
 *
 * @example stemOf("news/wire-copy.html.gz") // "wire-copy"
 */
export function stemOf(name: string): string {
  return withoutGzip(name.slice(name.lastIndexOf("/") + 1)).replace(/\.[^.]*$/u, "");
}

/** The extensions read, for messages that tell the user what would have been (each also as .gz). */
export const READ_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** A file name's extension with its dot (".pdf"), or "" when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}
