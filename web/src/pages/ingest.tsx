import { useState } from "preact/hooks";
import { postDocuments } from "../api.js";
import { bodyFor, type IngestBody } from "../ingest-body.js";
import { href } from "../router.js";
import type { IngestAnswer } from "../types.js";
import { plural } from "../words.js";
import { Section } from "../section.js";

interface Outcome {
  readonly name: string;
  readonly answer: IngestAnswer | null;
  readonly error: string | null;
}

interface Progress {
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
}

/** The server's `body[i]`/`body:LINE` made readable: the file or paste the record came from. */
function sourceName(outcome: Outcome, source: string): string {
  return source.replace(/^body/, outcome.name);
}

function Results({ outcomes }: { outcomes: readonly Outcome[] }) {
  if (outcomes.length === 0) return null;
  const added = outcomes.reduce((n, o) => n + (o.answer?.added.length ?? 0), 0);
  const existing = outcomes.reduce((n, o) => n + (o.answer?.existing.length ?? 0), 0);
  const skipped = outcomes.flatMap((o) => (o.answer?.rejected ?? []).map((r) => ({ outcome: o, r })));
  const failed = outcomes.filter((o) => o.error !== null);
  const last = [...outcomes].reverse().find((o) => o.answer);
  return (
    <Section id="results" class="results" title="Result">
      <p role="status">
        {plural(added, "document")} added, {existing} already stored, {plural(skipped.length, "input")} skipped
        {last?.answer ? `; the store now holds ${plural(last.answer.storyCount, "story", "stories")}` : ""}. <a href={href.stories()}>See the stories</a>.
      </p>
      {skipped.length ? (
        <>
          <h3>What was skipped and why</h3>
          <ul class="skipped">
            {skipped.map(({ outcome, r }, i) => (
              <li key={i}>
                <strong>{sourceName(outcome, r.source)}</strong>
                {r.line !== null ? `, line ${r.line}` : ""}: <span class="tag">{r.code}</span> {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {failed.length ? (
        <>
          <h3>Not sent</h3>
          <ul class="skipped">
            {failed.map((o) => (
              <li key={o.name}>
                <strong>{o.name}</strong>: {o.error}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

export function IngestPage() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const busy = progress !== null && progress.done < progress.total;

  async function send(bodies: readonly IngestBody[]): Promise<void> {
    const results: Outcome[] = [];
    setOutcomes([]);
    // One request a file, in order: the progress is honest and one bad file cannot sink the rest.
    for (const [i, body] of bodies.entries()) {
      setProgress({ done: i, total: bodies.length, current: body.name });
      try {
        results.push({ name: body.name, answer: await postDocuments(body.body, body.contentType), error: null });
      } catch (error) {
        results.push({ name: body.name, answer: null, error: error instanceof Error ? error.message : String(error) });
      }
      setOutcomes([...results]);
    }
    setProgress({ done: bodies.length, total: bodies.length, current: null });
  }

  async function sendFiles(files: FileList | null): Promise<void> {
    if (!files || files.length === 0) return;
    const bodies = await Promise.all([...files].map(async (f) => bodyFor(f.name, await f.text())));
    await send(bodies);
  }

  function onPaste(event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = String(new FormData(form).get("pasted") ?? "");
    if (text.trim()) void send([bodyFor("pasted text", text)]);
  }

  return (
    <>
      <h1>Add articles</h1>
      <p>Articles are analysed on the server and join the stories they belong to; the same article sent twice is stored once.</p>
      <Section id="files" title="Files">
        <label
          class={dragging ? "drop over" : "drop"}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void sendFiles(event.dataTransfer?.files ?? null);
          }}
        >
          <span>Drop files here, or choose them: plain text, Markdown, HTML pages, JSON or JSON lines.</span>
          <input type="file" multiple accept=".txt,.md,.html,.htm,.json,.jsonl,.ndjson" disabled={busy} onChange={(event) => void sendFiles((event.currentTarget as HTMLInputElement).files)} />
        </label>
      </Section>
      <Section id="paste" title="Paste">
        <form onSubmit={onPaste}>
          <label>
            <span>One article's text, or JSON records (an array, one record or JSON lines)</span>
            <textarea name="pasted" rows={8} />
          </label>
          <button type="submit" disabled={busy}>Add</button>
        </form>
      </Section>
      {progress ? (
        <p role="status" aria-live="polite">
          <progress max={progress.total} value={progress.done} /> {progress.done} of {plural(progress.total, "input")} sent
          {progress.current ? ` · now: ${progress.current}` : " · done"}
        </p>
      ) : null}
      <Results outcomes={outcomes} />
    </>
  );
}
