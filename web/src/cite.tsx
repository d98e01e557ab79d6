import { REPORT } from "../../src/core/tunables.js";
import type { SpanField } from "../../src/model/event.js";
import type { DocSpan } from "../../src/model/span.js";
import { inContext } from "../../src/report/format.js";
import { outletName, type StoryCtx } from "./context.js";
import { href } from "./router.js";

/** A span of the body text, or of the title when a fact was read from the headline. */
export type CitedSpan = DocSpan & { readonly field?: SpanField };

/** A link that opens the document with the span's words highlighted and scrolled into view. */
export function Cite({ span, ctx, label }: { span: CitedSpan; ctx: StoryCtx; label?: string }) {
  return (
    <a class="cite" href={href.cite(span.documentId, span.start, span.end, ctx.story.id, span.field)}>
      {label ?? outletName(ctx, span.documentId)}
    </a>
  );
}

/** The cited words in their sentence, the words in bold; nothing until the text has loaded. */
export function Quoted({ span, ctx }: { span: CitedSpan; ctx: StoryCtx }) {
  const text = span.field === "title" ? (ctx.docs.get(span.documentId)?.title ?? undefined) : ctx.texts.get(span.documentId);
  const around = inContext(text, span, REPORT.CONTEXT_CHARS);
  if (!around) return null;
  return (
    <q class="context">
      {around.before}
      <strong>{around.cited}</strong>
      {around.after}
    </q>
  );
}

/** One source of a value: its outlet as a citation link, whom it credits, and its sentence. */
export function SourceItem({ source, ctx }: { source: CitedSpan & { readonly attribution: string }; ctx: StoryCtx }) {
  const outlet = outletName(ctx, source.documentId);
  const credit = source.attribution.trim();
  return (
    <li>
      <Cite span={source} ctx={ctx} />
      {credit && credit.toLowerCase() !== outlet.toLowerCase() ? (
        <>
          , citing <span class="credit">{credit}</span>
        </>
      ) : null}
      {source.field === "title" || ctx.texts.has(source.documentId) ? ": " : null}
      <Quoted span={source} ctx={ctx} />
    </li>
  );
}
