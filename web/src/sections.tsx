import { REPORT } from "../../src/core/tunables.js";
import { likelyOrigin, occurrenceSpeaker } from "../../src/report/extras.js";
import { entityByRef, excerpt, percent, shortDate, sliceOf } from "../../src/report/format.js";
import { Cite } from "./cite.js";
import { outletName, type StoryCtx } from "./context.js";
import { href } from "./router.js";
import type { DocumentSummary } from "./types.js";
import { plural } from "./words.js";
import { Section } from "./section.js";

function speakerName(ctx: StoryCtx, ref: string | null): string | null {
  return ref === null ? null : (entityByRef(ctx.story, ref)?.name ?? ref);
}

/** Who said what: each quote's fullest words, its speaker, and every outlet's own wording with its drift. */
export function Quotes({ ctx }: { ctx: StoryCtx }) {
  if (ctx.story.quotes.length === 0) return null;
  return (
    <Section id="quotes" title="Who said what">
      <p class="muted">Drift: how far an outlet's wording departs from the fullest version (0% = word for word).</p>
      {ctx.story.quotes.map((q) => {
        const speaker = speakerName(ctx, q.speaker);
        const outlets = new Set(q.occurrences.map((o) => outletName(ctx, o.documentId)));
        return (
          <div class="quote" key={q.id}>
            <blockquote>
              <p>“{q.text}”</p>
              <footer>
                — {speaker ? <strong>{speaker}</strong> : <span class="muted">unknown speaker</span>} · {plural(outlets.size, "outlet")}
              </footer>
            </blockquote>
            <details open={q.occurrences.length > 1}>
              <summary>Each outlet's wording</summary>
              <ul class="wording">
                {q.occurrences.map((o) => {
                  const words = sliceOf(ctx.texts.get(o.documentId), o);
                  const credited = speakerName(ctx, occurrenceSpeaker(o));
                  return (
                    <li key={`${o.documentId}:${o.start}`}>
                      <Cite span={o} ctx={ctx} /> · {credited ? `credited to ${credited}` : "no speaker named"} · drift {o.drift === 0 ? "exact" : percent(o.drift)}
                      {words === null ? null : <q class="context">{words}</q>}
                    </li>
                  );
                })}
              </ul>
            </details>
          </div>
        );
      })}
    </Section>
  );
}

/** Which outlets copied which: pairs by overlap, the likely origin, and the shared passages. */
export function Copies({ ctx }: { ctx: StoryCtx }) {
  if (ctx.story.copies.length === 0) return null;
  return (
    <Section id="copies" title="Which outlets copied which">
      <ul class="copies">
        {ctx.story.copies.map((c) => {
          const [a, b] = c.documentIds;
          const origin = likelyOrigin(c, ctx.docs);
          const shown = c.passages.slice(0, REPORT.MAX_PASSAGES_SHOWN);
          return (
            <li key={`${a}:${b}`}>
              <p>
                <a href={href.document(a, ctx.story.id)}>{outletName(ctx, a)}</a> ↔ <a href={href.document(b, ctx.story.id)}>{outletName(ctx, b)}</a>:{" "}
                <strong>{percent(c.overlap)}</strong> overlap, {c.nearDuplicate ? "near-duplicate" : plural(c.passages.length, "shared passage")}
                {origin ? ` · likely origin ${outletName(ctx, origin.documentId)}${origin.basis === "publication" ? " (published first)" : ""}` : ""}
              </p>
              {shown.length ? (
                <ul class="sources">
                  {shown.map((p) => {
                    const words = sliceOf(ctx.texts.get(a), p.a);
                    const label = words === null ? `passage at ${p.a.start}` : excerpt(words, REPORT.PASSAGE_EXCERPT_CHARS);
                    return (
                      <li key={`${p.a.start}:${p.a.end}`}>
                        <Cite span={{ documentId: a, ...p.a }} ctx={ctx} label={label} />
                      </li>
                    );
                  })}
                  {c.passages.length > shown.length ? <li class="muted">…and {c.passages.length - shown.length} more</li> : null}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function Entities({ ctx }: { ctx: StoryCtx }) {
  if (ctx.story.entities.length === 0) return null;
  return (
    <Section id="entities" title="People, organisations and places">
      <ul class="entities">
        {ctx.story.entities.map((en) => {
          const spellings = en.aliases.filter((a) => a !== en.name);
          return (
            <li key={en.id}>
              <a href={href.entity(en.id)}>{en.name}</a> <span class="tag">{en.type}</span> <span class="muted">{plural(en.mentions.length, "mention")}</span>
              {spellings.length ? <span class="muted"> · also written {spellings.join("; ")}</span> : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function Documents({ documents, ctx }: { documents: readonly DocumentSummary[]; ctx: StoryCtx }) {
  const storyId = ctx.story.id;
  return (
    <Section id="documents" title="Documents">
      <ul class="documents">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={href.document(d.id, storyId)}>{outletName(ctx, d.id)}</a>
            {d.title ? ` — ${d.title}` : ""} <span class="muted">· {shortDate(d.publishedAt)}{d.author ? ` · by ${d.author}` : ""}{d.syndicator ? ` · via ${d.syndicator}` : ""}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
