import type { FactValue } from "../model/event.js";
import type { ReportStory, StoryFact } from "../model/report.js";
import { escapeHtml as e } from "./escape.js";
import { countRange, estimateOf } from "./extras.js";
import { entityByRef, eventTypeLabel, formatValue, propertyLabel, storyDates } from "./format.js";
import { citeLink, outletName, plural, sourceItem, table, type HtmlCtx } from "./html-context.js";
import { renderMapSvg } from "./map.js";
import { storyPlaces } from "./places.js";

/** The account's opening line: how many outlets, over which days, and what they disagree on. */
export function renderLead(story: ReportStory, ctx: HtmlCtx): string {
  const outlets = new Set(story.documentIds.map((id) => outletName(id, ctx)));
  const dates = storyDates(story, ctx.docs);
  const when = dates ? (dates[0] === dates[1] ? ` on ${e(dates[0])}` : ` between ${e(dates[0])} and ${e(dates[1])}`) : "";
  const disputed = [...new Set(story.facts.filter((f) => f.status === "disputed").map((f) => propertyLabel(f.property).toLowerCase()))];
  const parts = [
    `${plural(outlets.size, "outlet")} (${plural(story.documentIds.length, "document")}) reported ${plural(story.events.length, "event")}${when}.`,
    disputed.length ? ` They disagree on: <b>${disputed.map(e).join(", ")}</b>.` : story.facts.length ? " They agree on every fact stated by more than one source." : "",
  ];
  return `<p class="lead">${parts.join("")}</p>`;
}

export function renderTimeline(story: ReportStory, ctx: HtmlCtx): string {
  if (story.events.length === 0) return "";
  const rows = story.events.map((ev) => {
    const date = ev.date ? `${e(ev.date)}${ev.dateInferred ? `<br><span class="muted">inferred</span>` : ""}` : `<span class="muted">undated</span>`;
    const where = ev.locations.map((l) => e(entityByRef(story, l)?.name ?? l)).join(", ");
    const documents = [...new Set(ev.mentions.map((m) => m.documentId))];
    // One link per reporting document, to the first sentence of it that reports the event.
    const links = documents.flatMap((id) => {
      const first = ev.mentions.find((m) => m.documentId === id);
      return first ? [citeLink(first, outletName(id, ctx), ctx)] : [];
    });
    return `<tr><td class="nowrap">${date}</td><td>${e(eventTypeLabel(ev.type))}</td><td>${where}</td><td>${e(ev.summary)}</td><td><b>${documents.length}</b>${links.length ? `: ${links.join(", ")}` : ""}</td></tr>`;
  });
  return `<h3>Timeline</h3>${table(["Date", "Event", "Place", "What happened", "Sources"], rows, "timeline")}`;
}

export function renderMap(story: ReportStory, storyNumber: number, ctx: HtmlCtx): string {
  const places = storyPlaces(story);
  if (places.shown.length === 0 && places.elsewhere.length === 0) return "";
  const svg = ctx.mapData ? renderMapSvg(places, ctx.mapData, `story-${storyNumber}`) : null;
  const items = places.shown.map((p) => `<li><b>${e(p.name)}</b> <span class="muted">${p.lat.toFixed(3)}, ${p.lon.toFixed(3)} \u00b7 ${e([p.admin1, p.country].filter(Boolean).join(", "))} \u00b7 ${plural(p.mentions, "mention")}</span></li>`);
  const elsewhere = places.elsewhere.length
    ? `<p class="muted">Also mentioned, beyond the map: ${places.elsewhere.map((p) => `${e(p.name)} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`).join("; ")}.</p>`
    : "";
  return `<h3>Places</h3><figure class="map">${svg ?? ""}<figcaption><ol class="places">${items.join("")}</ol>${elsewhere}</figcaption></figure>`;
}

/** The fact's name, with the event it belongs to when the story has several. */
function factName(f: StoryFact, story: ReportStory): string {
  const event = story.events.length > 1 ? story.events.find((ev) => ev.id === f.eventId) : undefined;
  return `${e(propertyLabel(f.property))}${event ? ` <span class="muted">(${e(event.summary)})</span>` : ""}`;
}

function valueBlock(f: StoryFact, v: FactValue, story: ReportStory, ctx: HtmlCtx): string {
  return `<li><b>${factName(f, story)}</b>: <span class="value">${e(formatValue(v.value, v.qualifier))}</span><ul class="sources">${v.sources.map((s) => sourceItem(s, ctx)).join("")}</ul></li>`;
}

export function renderAgreed(story: ReportStory, ctx: HtmlCtx): string {
  const agreed = story.facts.filter((f) => f.status === "agreed");
  const single = story.facts.filter((f) => f.status === "single-source");
  const out: string[] = [];
  if (agreed.length) out.push(`<h3>What the sources agree on</h3><ul class="facts">${agreed.flatMap((f) => f.values.map((v) => valueBlock(f, v, story, ctx))).join("")}</ul>`);
  if (single.length) out.push(`<h3>Stated by one source only</h3><ul class="facts">${single.flatMap((f) => f.values.map((v) => valueBlock(f, v, story, ctx))).join("")}</ul>`);
  return out.join("\n");
}

/** For a count: the range, the conservative estimate and the best-supported value with its reason. */
function estimateLine(f: StoryFact): string {
  const estimate = estimateOf(f);
  const range = estimate && estimate.low !== null && estimate.high !== null ? ([estimate.low, estimate.high] as const) : countRange(f);
  const parts: string[] = [];
  if (range) parts.push(`Range stated: <b>${range[0] === range[1] ? e(String(range[0])) : `${e(String(range[0]))}\u2013${e(String(range[1]))}`}</b>`);
  if (estimate?.conservative != null) parts.push(`conservative estimate: <b>${e(String(estimate.conservative))}</b>`);
  if (estimate?.best != null) parts.push(`best supported: <b>${e(String(estimate.best))}</b>${estimate.reason ? ` <span class="muted">(${e(estimate.reason)})</span>` : ""}`);
  else if (estimate?.reason) parts.push(`<span class="muted">${e(estimate.reason)}</span>`);
  return parts.length ? `<p class="estimate">${parts.join(" \u00b7 ")}</p>` : "";
}

export function renderDisputed(story: ReportStory, ctx: HtmlCtx): string {
  const disputed = story.facts.filter((f) => f.status === "disputed");
  if (disputed.length === 0) return "";
  const blocks = disputed.map((f) => {
    const cards = f.values.map((v) => {
      const attributions = [...new Set(v.sources.map((s) => s.attribution.trim()).filter(Boolean))];
      const outlets = [...new Set(v.sources.map((s) => outletName(s.documentId, ctx)))];
      return (
        `<div class="card"><div class="value big">${e(formatValue(v.value, v.qualifier))}</div>` +
        `<p class="muted">${plural(outlets.length, "outlet")}: ${outlets.map(e).join(", ")}${attributions.length ? `<br>attributed to ${attributions.map((a) => `<span class="credit">${e(a)}</span>`).join("; ")}` : ""}</p>` +
        `<ul class="sources">${v.sources.map((s) => sourceItem(s, ctx)).join("")}</ul></div>`
      );
    });
    return `<div class="disputed"><h4>${factName(f, story)}</h4>${estimateLine(f)}<div class="cards">${cards.join("")}</div></div>`;
  });
  return `<h3>What is disputed</h3>${blocks.join("\n")}`;
}
