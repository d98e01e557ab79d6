/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Makes article text safe inside one line of Markdown: whitespace runs (newlines included)
 * become one space so a paragraph break cannot end a list item or table row, and characters
 * that start emphasis, links, code, raw HTML, headings or table cells are backslash-escaped
 * (a CommonMark escape renders as the plain character).
 *
 * @example
 * escapeMarkdown("*Breaking* <b>news</b>") // "\\*Breaking\\* \\<b\\>news\\</b\\>"
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, "\\$&")
    .replace(/^[-+=]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}
