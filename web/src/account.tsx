import type { FactValue } from "../../src/model/event.js";
import type { StoryFact } from "../../src/model/report.js";
import { countRange, estimateOf } from "../../src/report/extras.js";
import { entityByRef, eventTypeLabel, formatValue, propertyLabel, storyDates } from "../../src/report/format.js";
import { Cite, SourceItem } from "./cite.js";
import { outletName, type StoryCtx } from "./context.js";
import { plural } from "./words.js";
import { Section } from "./section.js";

/** The account's opening line: how many outlets, over which days, and what they disagree on. */
export function Lead({ ctx }: { ctx: StoryCtx }) {
  const { story } = ctx;
  const outlets = new Set(story.documentIds.map((id) => outletName(ctx, id)));
  const dates = storyDates(story, ctx.docs);
  const when = dates ? (dates[0] === dates[1] ? ` on ${dates[0]}` : ` between ${dates[0]} and ${dates[1]}`) : "";
  const disputed = [...new Set(story.facts.filter((f) => f.status === "disputed").map((f) => propertyLabel(f.property).toLowerCase()))];
  return (
    <p class="lead">
      {plural(outlets.size, "outlet")} ({plural(story.documentIds.length, "document")}) reported {plural(story.events.length, "event")}
      {when}.
      {disputed.length ? (
        <>
          {" "}They disagree on: <strong>{disputed.join(", ")}</strong>.
        </>
      ) : story.facts.length ? (
        " They agree on every fact stated by more than one source."
      ) : null}
    </p>
  );
}

export function Timeline({ ctx }: { ctx: StoryCtx }) {
  const { story } = ctx;
  if (story.events.length === 0) return null;
  return (
    <Section id="timeline" title="Timeline">
      <ol class="timeline">
        {story.events.map((ev) => {
          const documents = [...new Set(ev.mentions.map((m) => m.documentId))];
          const where = ev.locations.map((l) => entityByRef(story, l)?.name ?? l).join(", ");
          return (
            <li key={ev.id}>
              <p class="when">
                {ev.date ?? "undated"}
                {ev.dateInferred ? <span class="muted"> (inferred)</span> : null} · {eventTypeLabel(ev.type)}
                {where ? ` · ${where}` : ""}
              </p>
              <p>{ev.summary}</p>
              <p class="meta">
                {plural(documents.length, "source")}:{" "}
                {documents.map((id, i) => {
                  // One link per reporting document, to its first sentence about the event.
                  const first = ev.mentions.find((m) => m.documentId === id);
                  return first ? (
                    <span key={id}>
                      {i > 0 ? ", " : ""}
                      <Cite span={first} ctx={ctx} />
                    </span>
                  ) : null;
                })}
              </p>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** The fact's name, with the event it belongs to when the story has several. */
function FactName({ fact, ctx }: { fact: StoryFact; ctx: StoryCtx }) {
  const event = ctx.story.events.length > 1 ? ctx.story.events.find((ev) => ev.id === fact.eventId) : undefined;
  return (
    <>
      {propertyLabel(fact.property)}
      {fact.victims ? ` (${fact.victims})` : ""}
      {event ? <span class="muted"> ({event.summary})</span> : null}
    </>
  );
}

function Sources({ value, ctx }: { value: FactValue; ctx: StoryCtx }) {
  return (
    <ul class="sources">
      {value.sources.map((s) => (
        <SourceItem key={`${s.documentId}:${s.start}:${s.end}`} source={s} ctx={ctx} />
      ))}
    </ul>
  );
}

function FactList({ facts, ctx }: { facts: readonly StoryFact[]; ctx: StoryCtx }) {
  return (
    <ul class="facts">
      {facts.flatMap((f) =>
        f.values.map((v, i) => (
          <li key={`${f.id}:${i}`}>
            <strong>
              <FactName fact={f} ctx={ctx} />
            </strong>
            : <span class="value">{formatValue(v.value, v.qualifier)}</span>
            <Sources value={v} ctx={ctx} />
          </li>
        )),
      )}
    </ul>
  );
}

function FactSection({ id, title, facts, ctx }: { id: string; title: string; facts: readonly StoryFact[]; ctx: StoryCtx }) {
  if (facts.length === 0) return null;
  return (
    <Section id={id} title={title}>
      <FactList facts={facts} ctx={ctx} />
    </Section>
  );
}

export function Agreed({ ctx }: { ctx: StoryCtx }) {
  return (
    <>
      <FactSection id="agreed" title="What the sources agree on" facts={ctx.story.facts.filter((f) => f.status === "agreed")} ctx={ctx} />
      <FactSection id="single" title="Stated by one source only" facts={ctx.story.facts.filter((f) => f.status === "single-source")} ctx={ctx} />
    </>
  );
}

/** For a count: the range, the conservative estimate and the best-supported value with its reason. */
function Estimate({ fact }: { fact: StoryFact }) {
  const estimate = estimateOf(fact);
  const range = estimate && estimate.low !== null && estimate.high !== null ? ([estimate.low, estimate.high] as const) : countRange(fact);
  const parts: string[] = [];
  if (range) parts.push(`Range stated: ${range[0] === range[1] ? range[0] : `${range[0]}–${range[1]}`}`);
  if (estimate?.conservative != null) parts.push(`conservative estimate: ${estimate.conservative}`);
  if (estimate?.best != null) parts.push(`best supported: ${estimate.best}${estimate.reason ? ` (${estimate.reason})` : ""}`);
  return parts.length ? <p class="estimate">{parts.join(" · ")}</p> : null;
}

export function Disputed({ ctx }: { ctx: StoryCtx }) {
  const disputed = ctx.story.facts.filter((f) => f.status === "disputed");
  if (disputed.length === 0) return null;
  return (
    <Section id="disputed" title="What is disputed">
      {disputed.map((f) => (
        <div class="disputed" key={f.id} data-fact={f.property}>
          <h3>
            <FactName fact={f} ctx={ctx} />
          </h3>
          <Estimate fact={f} />
          <ul class="values" aria-label="The values side by side">
            {f.values.map((v, i) => (
              <li key={i}>
                <span class="value">{formatValue(v.value, v.qualifier)}</span>
                <span class="muted">{plural(new Set(v.sources.map((s) => outletName(ctx, s.documentId))).size, "outlet")}</span>
              </li>
            ))}
          </ul>
          <div class="cards">
            {f.values.map((v, i) => {
              const attributions = [...new Set(v.sources.map((s) => s.attribution.trim()).filter(Boolean))];
              const outlets = [...new Set(v.sources.map((s) => outletName(ctx, s.documentId)))];
              return (
                <div class="card" key={i}>
                  <p class="value big">{formatValue(v.value, v.qualifier)}</p>
                  <p class="muted">
                    {plural(outlets.length, "outlet")}: {outlets.join(", ")}
                    {attributions.length ? (
                      <>
                        <br />
                        attributed to {attributions.join("; ")}
                      </>
                    ) : null}
                  </p>
                  <Sources value={v} ctx={ctx} />
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </Section>
  );
}
