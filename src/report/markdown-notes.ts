import { REPORT } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { FactSource } from "../model/event.js";
import type { DocSpan } from "../model/span.js";
import { escapeMarkdown as md } from "./escape.js";
import { inContext, outletOf, shortDate } from "./format.js";

/**
 * Footnote-style citations for the Markdown report: `cite` returns a `[^n]` marker and keeps the
 * note (outlet, date, the sentence with the cited words in bold) for `flush`, which prints the
 * notes gathered since the last flush. One instance per render, so numbering restarts per report.
 */
export class MarkdownNotes {
  private next = 1;
  private pending: string[] = [];
  private readonly seen = new Map<string, string>();

  constructor(private readonly docs: ReadonlyMap<string, Document>) {}

  /** A marker for `span`; the same span (and credit) cited twice reuses its note. */
  cite(span: DocSpan & { field?: string }, credit: string | null = null): string {
    const key = `${span.documentId}\u0000${span.field ?? ""}\u0000${span.start}\u0000${span.end}\u0000${credit ?? ""}`;
    const known = this.seen.get(key);
    if (known) return known;
    const marker = `[^${this.next}]`;
    this.next += 1;
    this.seen.set(key, marker);
    const doc = this.docs.get(span.documentId);
    const who = credit ? `${md(outletOf(doc))}, citing ${md(credit)}` : md(outletOf(doc));
    this.pending.push(`${marker}: ${who} (${md(shortDate(doc?.publishedAt ?? null))}): ${citedSentence(span, this.docs)}`);
    return marker;
  }

  /** A fact source's marker, crediting whom the outlet credits when that is not the outlet itself. */
  citeSource(source: FactSource): string {
    const outlet = outletOf(this.docs.get(source.documentId));
    const credit = source.attribution.trim();
    return this.cite(source, !credit || credit.toLowerCase() === outlet.toLowerCase() ? null : credit);
  }

  /** The notes gathered since the last flush, as Markdown footnote definitions. */
  flush(): string[] {
    const out = this.pending;
    this.pending = [];
    return out.length ? [...out, ""] : [];
  }
}

/** The cited words in their sentence, the words themselves in bold, in curly quotes. */
export function citedSentence(span: DocSpan & { field?: string }, docs: ReadonlyMap<string, Document>): string {
  const doc = docs.get(span.documentId);
  // A fact read from a headline cites into the document's title.
  const c = inContext(span.field === "title" ? doc?.title ?? undefined : doc?.text, span, REPORT.CONTEXT_CHARS);
  if (!c) return "_(citation out of range)_";
  // escapeMarkdown trims, so the spaces that joined the pieces in the text are put back here.
  const gapBefore = /\s$/.test(c.before) ? " " : "";
  const gapAfter = /^\s/.test(c.after) ? " " : "";
  return `\u201c${md(c.before)}${gapBefore}**${md(c.cited)}**${gapAfter}${md(c.after)}\u201d`;
}
