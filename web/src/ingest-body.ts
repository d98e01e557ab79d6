/**
 * What one dropped file or pasted text becomes for `POST /api/v1/documents`: JSON and JSON lines
 * go as they are; a page is sent as `html` and anything else as plain `text`, so the server's
 * own extraction and checks decide what is an article.
 */
export interface IngestBody {
  readonly name: string;
  readonly body: string;
  readonly contentType: "application/json" | "application/x-ndjson";
}

/** JSON lines: more than one non-empty line and every one of them an object. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.length > 1 && lines.every((l) => l.trim().startsWith("{"));
}

export function bodyFor(name: string, text: string): IngestBody {
  const lower = name.toLowerCase();
  const trimmed = text.trimStart();
  const isPage = /\.(html?|xhtml)$/.test(lower) || /^<(!doctype|html)/i.test(trimmed);
  // A named text or page file is one article even when it opens with a bracket ("[Wire] ...").
  const isArticleFile = isPage || /\.(txt|md|markdown|text)$/.test(lower);
  if (!isArticleFile) {
    if (/\.(jsonl|ndjson)$/.test(lower) || (!/\.json$/.test(lower) && looksLikeJsonLines(text))) return { name, body: text, contentType: "application/x-ndjson" };
    if (/\.json$/.test(lower) || trimmed.startsWith("{") || trimmed.startsWith("[")) return { name, body: text, contentType: "application/json" };
  }
  return { name, body: JSON.stringify(isPage ? { html: text } : { text }), contentType: "application/json" };
}
