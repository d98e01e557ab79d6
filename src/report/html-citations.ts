import { REPORT } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Report } from "../model/report.js";
import type { DocSpan, Span } from "../model/span.js";
import { escapeHtml as e } from "./escape.js";
import { sentenceBounds, sliceOf } from "./format.js";

/** What a highlighted span is; earlier kinds win where spans overlap. */
export const CITATION_KINDS = ["fact", "quote", "copy", "entity", "sentence", "event"] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

interface Citation extends Span {
  readonly kind: CitationKind;
  /** Where the link lands: the start of the citing sentence, so the reader sees the whole claim. */
  readonly anchorAt: number;
}

/**
 * Every cited span of a report by document, and the anchor each citation links to. Built once
 * per render and passed around, so the page and the document texts agree on anchor names.
 */
export class CitationIndex {
  private readonly byDocument = new Map<string, Citation[]>();
  private readonly docNumber: ReadonlyMap<string, number>;
  private readonly texts: ReadonlyMap<string, string>;

  constructor(report: Report) {
    this.docNumber = new Map(report.documents.map((d, i) => [d.id, i + 1]));
    this.texts = new Map(report.documents.map((d) => [d.id, d.text]));
    for (const story of report.stories) {
      for (const f of story.facts) for (const v of f.values) for (const s of v.sources) if (s.field !== "title") this.add(s, "fact", true);
      for (const q of story.quotes) for (const o of q.occurrences) this.add(o, "quote", true);
      for (const ev of story.events) for (const m of ev.mentions) this.add(m, "event", false);
      for (const en of story.entities) for (const m of en.mentions.slice(0, REPORT.MAX_ENTITY_MENTIONS_LINKED)) this.add(m, "entity", false);
      for (const c of story.copies) {
        for (const p of c.passages) {
          this.add({ documentId: c.documentIds[0], ...p.a }, "copy", false);
          this.add({ documentId: c.documentIds[1], ...p.b }, "copy", false);
        }
      }
    }
  }

  /** Records a citation; one that does not fit its text is ignored so a bad span cannot break the page. */
  private add(span: DocSpan, kind: CitationKind, withSentence: boolean): void {
    const text = this.texts.get(span.documentId);
    if (text === undefined || sliceOf(text, span) === null) return;
    const sentence = withSentence ? sentenceBounds(text, span) : span;
    const list = this.byDocument.get(span.documentId) ?? [];
    list.push({ start: span.start, end: span.end, kind, anchorAt: sentence.start });
    if (withSentence) list.push({ ...sentence, kind: "sentence", anchorAt: sentence.start });
    this.byDocument.set(span.documentId, list);
  }

  /** The anchor name of a document's section, or null for an unknown document. */
  documentAnchor(documentId: string): string | null {
    const n = this.docNumber.get(documentId);
    return n === undefined ? null : `doc-${n}`;
  }

  /** The `#fragment` a citation links to, or null when the span cannot be shown. */
  href(span: DocSpan): string | null {
    const n = this.docNumber.get(span.documentId);
    if (n === undefined || sliceOf(this.texts.get(span.documentId), span) === null) return null;
    return `#${anchorName(n, span)}`;
  }

  /**
   * The document's text as HTML: escaped, cited words wrapped in `<mark class="kind">`, and an
   * empty anchor element where each citation's link lands. Overlapping spans are cut into flat
   * segments so the markup always nests.
   */
  renderText(doc: Document): string {
    const n = this.docNumber.get(doc.id) ?? 0;
    const citations = this.byDocument.get(doc.id) ?? [];
    const cuts = new Set<number>([0, doc.text.length]);
    // One element per anchor name: the first citation of a span (facts and quotes come first,
    // landing on their sentence) decides where it sits, so ids never repeat.
    const anchorAt = new Map<string, number>();
    for (const c of citations) {
      cuts.add(c.start);
      cuts.add(c.end);
      const name = anchorName(n, c);
      if (c.kind !== "sentence" && !anchorAt.has(name)) anchorAt.set(name, c.anchorAt);
    }
    const anchors = new Map<number, string[]>();
    for (const [name, at] of anchorAt) {
      cuts.add(at);
      anchors.set(at, [...(anchors.get(at) ?? []), name]);
    }
    const points = [...cuts].sort((a, b) => a - b);
    // Sweep: citations enter the active set at their start and leave at their end, so each
    // segment looks only at the few spans covering it, however many the document has.
    const pending = [...citations].sort((a, b) => a.start - b.start);
    let next = 0;
    let active: Citation[] = [];
    const out: string[] = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i] ?? 0;
      const to = points[i + 1] ?? from;
      for (const name of [...(anchors.get(from) ?? [])].sort()) out.push(`<span class="anchor" id="${e(name)}"></span>`);
      while (next < pending.length && (pending[next]?.start ?? Infinity) <= from) active.push(pending[next++] as Citation);
      active = active.filter((c) => c.end > from);
      const piece = e(doc.text.slice(from, to));
      const kind = strongestKind(active);
      out.push(kind ? `<mark class="${kind}">${piece}</mark>` : piece);
    }
    return out.join("");
  }
}

function anchorName(docNumber: number, span: Span): string {
  return `c-${docNumber}-${span.start}-${span.end}`;
}

/** The first kind, in CITATION_KINDS order, among the citations covering a segment. */
function strongestKind(covering: readonly Citation[]): CitationKind | null {
  let best: number | null = null;
  for (const c of covering) {
    const rank = CITATION_KINDS.indexOf(c.kind);
    if (best === null || rank < best) best = rank;
  }
  return best === null ? null : (CITATION_KINDS[best] ?? null);
}
