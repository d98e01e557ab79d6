import { REPORT } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { FactSource } from "../model/event.js";
import type { DocSpan } from "../model/span.js";
import { escapeHtml as e } from "./escape.js";
import { inContext, outletOf } from "./format.js";
import type { CitationIndex } from "./html-citations.js";
import type { MapData } from "./geodata.js";

/** What every HTML section renderer needs: the documents, the citation anchors and the map data. */
export interface HtmlCtx {
  readonly docs: ReadonlyMap<string, Document>;
  readonly cites: CitationIndex;
  readonly mapData: MapData | null;
}

/** A link to the cited words in the sources section, or plain text when the span cannot be shown. */
export function citeLink(span: DocSpan, label: string, ctx: HtmlCtx): string {
  const href = ctx.cites.href(span);
  return href ? `<a href="${e(href)}">${e(label)}</a>` : e(label);
}

/** A link to a document's full text in the sources section. */
export function docLink(documentId: string, label: string, ctx: HtmlCtx): string {
  const anchor = ctx.cites.documentAnchor(documentId);
  return anchor ? `<a href="#${anchor}">${e(label)}</a>` : e(label);
}

export function outletName(documentId: string, ctx: HtmlCtx): string {
  return outletOf(ctx.docs.get(documentId));
}

/** The cited words inside their sentence, the words in bold. */
export function quoted(span: DocSpan, ctx: HtmlCtx): string {
  const c = inContext(ctx.docs.get(span.documentId)?.text, span, REPORT.CONTEXT_CHARS);
  return c ? `<q>${e(c.before)}<b>${e(c.cited)}</b>${e(c.after)}</q>` : `<span class="muted">(citation out of range)</span>`;
}

/** "Outlet, citing whom: “sentence”" with the outlet linked to the cited sentence. */
export function sourceItem(s: FactSource, ctx: HtmlCtx): string {
  const outlet = outletName(s.documentId, ctx);
  const credit = s.attribution.trim();
  const citing = credit && credit.toLowerCase() !== outlet.toLowerCase() ? `, citing <span class="credit">${e(credit)}</span>` : "";
  return `<li>${citeLink(s, outlet, ctx)}${citing}: ${quoted(s, ctx)}</li>`;
}

/** A table that scrolls sideways on a narrow screen instead of squeezing its columns unreadable. */
export function table(head: readonly string[], rows: readonly string[], cls = ""): string {
  const th = head.map((h) => `<th>${h}</th>`).join("");
  return `<div class="scroll"><table${cls ? ` class="${cls}"` : ""}><thead><tr>${th}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

export { counted as plural } from "../core/plural.js";
