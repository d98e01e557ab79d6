import { REPORT } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { FactSource, FactValue } from "../model/event.js";
import type { Report, ReportStory, StoryFact } from "../model/report.js";
import type { DocSpan } from "../model/span.js";
import { escapeMarkdown as md } from "./escape.js";
import {
  documentsById,
  entityNames,
  excerpt,
  formatValue,
  inContext,
  nameOf,
  outletOf,
  percent,
  propertyLabel,
  shortDate,
  sliceOf,
} from "./format.js";

type Docs = ReadonlyMap<string, Document>;

/**
 * The report as Markdown for a person: per story its documents, timeline, agreed and disputed
 * facts (each value with its outlets, attributions and the cited words in their sentence),
 * entities, quotes and copies, then the skipped inputs. Article text is escaped so it cannot
 * break the layout.
 *
 * @example
 * writeFileSync("report.md", renderMarkdown(report));
 */
export function renderMarkdown(report: Report): string {
  const docs = documentsById(report);
  const out: string[] = ["# corroborate report", ""];
  out.push(`${count(report.documents.length, "document")}, ${count(report.stories.length, "story", "stories")}, ${count(report.skipped.length, "skipped input")}.`, "");
  for (const story of report.stories) out.push(...renderStory(story, docs));
  out.push(...renderSkipped(report));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function renderStory(story: ReportStory, docs: Docs): string[] {
  const out = [`## ${md(story.title) || "Untitled story"}`, "", `Story \`${story.id}\` \u00b7 ${count(story.documentIds.length, "document")}`, ""];
  out.push("### Documents", "");
  for (const id of story.documentIds) {
    const doc = docs.get(id);
    const title = doc?.title ? md(doc.title) : "_untitled_";
    out.push(`- **${md(outletOf(doc))}** \u2014 ${title} (${md(shortDate(doc?.publishedAt ?? null))})`);
  }
  out.push("", ...renderTimeline(story, docs), ...renderFacts(story, docs), ...renderEntities(story), ...renderQuotes(story, docs), ...renderCopies(story, docs));
  return out;
}

/** Outlet names of the documents citing `spans`, each once, in first-cited order. */
function outlets(spans: readonly DocSpan[], docs: Docs): string[] {
  return [...new Set(spans.map((s) => outletOf(docs.get(s.documentId))))];
}

function renderTimeline(story: ReportStory, docs: Docs): string[] {
  if (story.events.length === 0) return [];
  const names = entityNames(story);
  const out = ["### Timeline", ""];
  for (const e of story.events) {
    const date = e.date ? `${e.date}${e.dateInferred ? " (inferred)" : ""}` : "undated";
    const where = e.locations.length ? ` \u2014 in ${e.locations.map((l) => md(nameOf(names, l))).join(", ")}` : "";
    const by = e.mentions.length ? ` \u2014 reported by ${outlets(e.mentions, docs).map(md).join(", ")}` : "";
    out.push(`- **${date}** \u00b7 ${md(e.type)}: ${md(e.summary)}${where}${by}`);
  }
  return [...out, ""];
}

/** The cited words in their sentence, the words themselves in bold. */
function cited(span: DocSpan, docs: Docs): string {
  const c = inContext(docs.get(span.documentId)?.text, span, REPORT.CONTEXT_CHARS);
  if (!c) return "_(citation out of range)_";
  // escapeMarkdown trims, so the spaces that joined the pieces in the text are put back here.
  const gapBefore = /\s$/.test(c.before) ? " " : "";
  const gapAfter = /^\s/.test(c.after) ? " " : "";
  return `\u201c${md(c.before)}${gapBefore}**${md(c.cited)}**${gapAfter}${md(c.after)}\u201d`;
}

function sourceLine(value: FactValue, docs: Docs): string[] {
  return value.sources.map((s) => `  - ${md(citer(s, docs))}: ${cited(s, docs)}`);
}

/** "Outlet, citing whom"; just the outlet when it credits no one else. */
function citer(source: FactSource, docs: Docs): string {
  const outlet = outletOf(docs.get(source.documentId));
  const credit = source.attribution.trim();
  return !credit || credit.toLowerCase() === outlet.toLowerCase() ? outlet : `${outlet}, citing ${credit}`;
}

function factTitle(fact: StoryFact, story: ReportStory): string {
  const event = story.events.length > 1 ? story.events.find((e) => e.id === fact.eventId) : undefined;
  return `**${md(propertyLabel(fact.property))}**${event ? ` (${md(event.summary)})` : ""}`;
}

function renderFacts(story: ReportStory, docs: Docs): string[] {
  if (story.facts.length === 0) return [];
  const out = ["### Facts", ""];
  const settled = story.facts.filter((f) => f.status !== "disputed");
  const disputed = story.facts.filter((f) => f.status === "disputed");
  if (settled.length) {
    out.push("#### Agreed", "");
    for (const f of settled) {
      for (const v of f.values) {
        const note = f.status === "single-source" ? " _(one source)_" : "";
        out.push(`- ${factTitle(f, story)}: ${md(formatValue(v.value, v.qualifier))}${note}`, ...sourceLine(v, docs));
      }
    }
    out.push("");
  }
  if (disputed.length) {
    out.push("#### Disputed", "");
    for (const f of disputed) {
      out.push(`${factTitle(f, story)}`, "", "| Value | Outlets | Attributed to | Cited words |", "|---|---|---|---|");
      for (const v of f.values) {
        const attributions = [...new Set(v.sources.map((s) => s.attribution))];
        out.push(
          `| ${md(formatValue(v.value, v.qualifier))} | ${outlets(v.sources, docs).map(md).join("; ")} | ${attributions.map(md).join("; ")} | ${v.sources.map((s) => `_${md(outletOf(docs.get(s.documentId)))}:_ ${cited(s, docs)}`).join("<br>")} |`,
        );
      }
      out.push("");
    }
  }
  return out;
}

function renderEntities(story: ReportStory): string[] {
  if (story.entities.length === 0) return [];
  const out = ["### Entities", "", "| Name | Type | Also written | Mentions | Place |", "|---|---|---|---|---|"];
  for (const e of story.entities) {
    const place = e.geo ? `${e.geo.lat.toFixed(4)}, ${e.geo.lon.toFixed(4)} (${md([e.geo.admin1, e.geo.country].filter(Boolean).join(", "))})` : "";
    out.push(`| ${md(e.name)} | ${e.type} | ${e.aliases.map(md).join("; ")} | ${e.mentions.length} | ${place} |`);
  }
  return [...out, ""];
}

function renderQuotes(story: ReportStory, docs: Docs): string[] {
  if (story.quotes.length === 0) return [];
  const names = entityNames(story);
  const out = ["### Quotes", ""];
  for (const q of story.quotes) {
    const speaker = q.speaker ? md(nameOf(names, q.speaker)) : "unknown speaker";
    const carriers = q.occurrences.map((o) => `${md(outletOf(docs.get(o.documentId)))} (drift ${percent(o.drift)})`);
    out.push(`> \u201c${md(q.text)}\u201d`, ">", `> \u2014 ${speaker}; carried by ${carriers.join(", ")}`, "");
  }
  return out;
}

function renderCopies(story: ReportStory, docs: Docs): string[] {
  if (story.copies.length === 0) return [];
  const out = ["### Copies", ""];
  for (const c of story.copies) {
    const [a, b] = c.documentIds;
    const kind = c.nearDuplicate ? "near-duplicate" : `${count(c.passages.length, "shared passage")}`;
    out.push(`- ${md(outletOf(docs.get(a)))} \u2194 ${md(outletOf(docs.get(b)))}: ${percent(c.overlap)} overlap, ${kind}`);
    for (const p of c.passages.slice(0, REPORT.MAX_PASSAGES_SHOWN)) {
      const words = sliceOf(docs.get(a)?.text, p.a);
      if (words !== null) out.push(`  - \u201c${md(excerpt(words, REPORT.PASSAGE_EXCERPT_CHARS))}\u201d`);
    }
    if (c.passages.length > REPORT.MAX_PASSAGES_SHOWN) out.push(`  - \u2026and ${c.passages.length - REPORT.MAX_PASSAGES_SHOWN} more`);
  }
  return [...out, ""];
}

function renderSkipped(report: Report): string[] {
  if (report.skipped.length === 0) return [];
  const out = ["## Skipped inputs", ""];
  for (const r of report.skipped) {
    out.push(`- ${md(r.source)}${r.line === null ? "" : `, line ${r.line}`}: **${r.code}** \u2014 ${md(r.reason)}`);
  }
  return [...out, ""];
}
