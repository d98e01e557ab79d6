import { UNCOVERED_LANGUAGE_NOTE, uncoveredLanguages } from "../core/languages.js";
import { REPORT } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Report, ReportStory } from "../model/report.js";
import { escapeHtml as e } from "./escape.js";
import { likelyOrigin, occurrenceSpeaker } from "./extras.js";
import { entityByRef, excerpt, outletOf, percent, safeHttpUrl, shortDate, sliceOf } from "./format.js";
import { citeLink, docLink, outletName, plural, table, type HtmlCtx } from "./html-context.js";

function speakerName(story: ReportStory, ref: string | null): string | null {
  return ref === null ? null : (entityByRef(story, ref)?.name ?? ref);
}

/** Who said what: each quote's fullest words, its speaker, and every outlet's own wording with its drift. */
export function renderQuotes(story: ReportStory, ctx: HtmlCtx): string {
  if (story.quotes.length === 0) return "";
  const blocks = story.quotes.map((q) => {
    const speaker = speakerName(story, q.speaker);
    const rows = q.occurrences.map((o) => {
      const words = sliceOf(ctx.docs.get(o.documentId)?.text, o);
      const credited = speakerName(story, occurrenceSpeaker(o));
      const drift = o.drift === 0 ? "exact" : percent(o.drift);
      return `<tr><td>${citeLink(o, outletName(o.documentId, ctx), ctx)}</td><td>${credited ? e(credited) : `<span class="muted">\u2014</span>`}</td><td>${words === null ? `<span class="muted">(out of range)</span>` : `\u201c${e(words)}\u201d`}</td><td class="nowrap">${drift}</td></tr>`;
    });
    const outlets = new Set(q.occurrences.map((o) => outletName(o.documentId, ctx)));
    return (
      `<div class="quote"><blockquote><p>\u201c${e(q.text)}\u201d</p><footer>\u2014 ${speaker ? `<b>${e(speaker)}</b>` : `<span class="muted">unknown speaker</span>`} \u00b7 ${plural(outlets.size, "outlet")}</footer></blockquote>` +
      `<details${q.occurrences.length > 1 ? " open" : ""}><summary>Each outlet's wording</summary>${table(["Outlet", "Credited to", "Wording", "Drift"], rows, "wording")}</details></div>`
    );
  });
  return `<h3>Who said what</h3><p class="muted">Drift: how far an outlet's wording departs from the fullest version (0% = word for word).</p>${blocks.join("\n")}`;
}

/** Which outlets copied which: pairs by overlap, the likely origin, and the shared passages. */
export function renderCopies(story: ReportStory, ctx: HtmlCtx): string {
  if (story.copies.length === 0) return "";
  const rows = story.copies.map((c) => {
    const [a, b] = c.documentIds;
    const kind = c.nearDuplicate ? "near-duplicate" : plural(c.passages.length, "shared passage");
    const origin = likelyOrigin(c, ctx.docs);
    const originCell = origin ? `${docLink(origin.documentId, outletName(origin.documentId, ctx), ctx)}${origin.basis === "publication" ? ` <span class="muted">(published first)</span>` : ""}` : `<span class="muted">unknown</span>`;
    const passages = c.passages.slice(0, REPORT.MAX_PASSAGES_SHOWN).flatMap((p) => {
      const words = sliceOf(ctx.docs.get(a)?.text, p.a);
      return words === null ? [] : [`<li>${citeLink({ documentId: a, ...p.a }, excerpt(words, REPORT.PASSAGE_EXCERPT_CHARS), ctx)}</li>`];
    });
    const more = c.passages.length > REPORT.MAX_PASSAGES_SHOWN ? `<li class="muted">\u2026and ${c.passages.length - REPORT.MAX_PASSAGES_SHOWN} more</li>` : "";
    const list = passages.length ? `<details><summary>${kind}</summary><ul class="sources">${passages.join("")}${more}</ul></details>` : e(kind);
    return `<tr><td>${docLink(a, outletName(a, ctx), ctx)} \u2194 ${docLink(b, outletName(b, ctx), ctx)}</td><td class="nowrap"><b>${percent(c.overlap)}</b></td><td>${originCell}</td><td>${list}</td></tr>`;
  });
  return `<h3>Which outlets copied which</h3>${table(["Pair", "Overlap", "Likely origin", "Shared text"], rows)}`;
}

export function renderEntities(story: ReportStory, ctx: HtmlCtx): string {
  if (story.entities.length === 0) return "";
  const rows = story.entities.map((en) => {
    const place = en.geo ? `${en.geo.lat.toFixed(4)}, ${en.geo.lon.toFixed(4)} <span class="muted">${e([en.geo.admin1, en.geo.country].filter(Boolean).join(", "))}</span>` : "";
    const links = en.mentions.slice(0, REPORT.MAX_ENTITY_MENTIONS_LINKED).map((m, i) => citeLink(m, String(i + 1), ctx));
    const more = en.mentions.length > links.length ? ` <span class="muted">+${en.mentions.length - links.length}</span>` : "";
    const spellings = en.aliases.filter((a) => a !== en.name);
    return `<tr><td>${e(en.name)}</td><td>${e(en.type)}</td><td>${spellings.map(e).join("; ")}</td><td>${en.mentions.length}: ${links.join(" ")}${more}</td><td>${place}</td></tr>`;
  });
  return `<h3>People, organisations and places</h3><details><summary>${plural(story.entities.length, "entity", "entities")}, every spelling merged</summary>${table(["Name", "Type", "Also written", "Mentions", "Place"], rows)}</details>`;
}

export function renderStoryDocuments(story: ReportStory, ctx: HtmlCtx): string {
  const rows = story.documentIds.map((id) => {
    const doc = ctx.docs.get(id);
    return `<tr><td>${docLink(id, outletOf(doc), ctx)}</td><td>${e(doc?.title ?? "")}</td><td class="nowrap">${e(shortDate(doc?.publishedAt ?? null))}</td><td>${e(doc?.author ?? "")}</td><td>${e(doc?.syndicator ?? "")}</td><td>${e(doc?.language ?? "")}</td></tr>`;
  });
  return `<h3>Documents</h3>${table(["Outlet", "Title", "Published", "Author", "Syndicated from", "Language"], rows)}`;
}

export function renderSkipped(report: Report): string {
  if (report.skipped.length === 0) return "";
  const rows = report.skipped.map((r) => `<tr><td>${e(r.source)}${r.line === null ? "" : `:${r.line}`}</td><td>${e(r.code)}</td><td>${e(r.reason)}</td></tr>`);
  return `<h2 id="skipped">Skipped inputs</h2>${table(["Input", "Code", "Reason"], rows)}`;
}

/** Documents in a language the analysis does not read, named so that their silence is explained. */
export function renderUncovered(report: Report): string {
  const groups = uncoveredLanguages(report.documents);
  if (groups.length === 0) return "";
  const rows = groups.map(({ language, sources }) => `<tr><td>${e(language)}</td><td>${sources.length}</td><td>${e(sources.join(", "))}</td></tr>`);
  return `<h2 id="languages">Languages not analysed</h2><p class="muted">${e(UNCOVERED_LANGUAGE_NOTE)}.</p>${table(["Language", "Documents", "Inputs"], rows)}`;
}

/** The original URL: a link only when http(s), never sending a referrer; otherwise inert text. */
function urlHtml(url: string | null): string {
  if (!url) return "";
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${e(safe)}" rel="noopener noreferrer">${e(url)}</a>` : `<span>${e(url)}</span>`;
}

function removedBlock(doc: Document): string {
  if (doc.removed.length === 0) return "";
  const kinds = [...new Set(doc.removed.map((r) => r.kind))].sort();
  return `<details class="removed"><summary>Removed from this document: ${plural(doc.removed.length, "block")} (${kinds.map(e).join(", ")})</summary><ul>${doc.removed.map((r) => `<li><i>${e(r.kind)}</i>: ${e(r.text)}</li>`).join("")}</ul></details>`;
}

/** Every document's full text, cited words highlighted where the account's links land. */
export function renderSources(report: Report, ctx: HtmlCtx): string {
  if (report.documents.length === 0) return "";
  const legend = `<p class="legend muted">Highlights: <mark class="fact">fact value</mark> <mark class="sentence">its sentence</mark> <mark class="quote">quote</mark> <mark class="copy">copied passage</mark> <mark class="event">event report</mark> <mark class="entity">name</mark></p>`;
  const articles = report.documents.map((doc) => {
    const meta = [
      doc.author ? `by ${e(doc.author)}` : "",
      e(doc.publishedAt ?? "undated"),
      doc.syndicator ? `via ${e(doc.syndicator)}` : "",
      doc.language ? `language ${e(doc.language)}` : "",
      urlHtml(doc.url),
      `source ${e(doc.source)}`,
    ].filter(Boolean);
    return `<article class="doc" id="${ctx.cites.documentAnchor(doc.id) ?? ""}"><h3>${e(outletOf(doc))}${doc.title ? ` \u2014 ${e(doc.title)}` : ""}</h3><p class="meta">${meta.join(" \u00b7 ")}</p>${removedBlock(doc)}<div class="text">${ctx.cites.renderText(doc)}</div></article>`;
  });
  return `<h2 id="sources">Sources</h2>${legend}\n${articles.join("\n")}`;
}
