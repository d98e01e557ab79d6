import { useEffect, useRef } from "preact/hooks";
import { safeHttpUrl, sentenceBounds, sliceOf } from "../../../src/report/format.js";
import { getDocument } from "../api.js";
import { Show, useLoad } from "../load.js";
import { href } from "../router.js";
import type { DocumentFull } from "../types.js";

interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly field: "text" | "title";
}

function highlightOf(query: URLSearchParams): Highlight | null {
  const start = Number(query.get("start"));
  const end = Number(query.get("end"));
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return null;
  return { start, end, field: query.get("field") === "title" ? "title" : "text" };
}

/**
 * A text with the cited words in a <mark> inside their lighter-marked sentence. Plain text
 * nodes only: the article never reaches the page as markup. Null when the span does not fit.
 */
function Marked({ text, span, markRef }: { text: string; span: Highlight; markRef: preact.Ref<HTMLElement> }) {
  if (sliceOf(text, span) === null) return null;
  const sentence = sentenceBounds(text, span);
  return (
    <>
      {text.slice(0, sentence.start)}
      <span class="sentence">
        {text.slice(sentence.start, span.start)}
        <mark class="cited" ref={markRef} tabIndex={-1}>
          {text.slice(span.start, span.end)}
        </mark>
        {text.slice(span.end, sentence.end)}
      </span>
      {text.slice(sentence.end)}
    </>
  );
}

function DocumentView({ doc, span, storyId }: { doc: DocumentFull; span: Highlight | null; storyId: string | null }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // Bring the cited words to the middle of the screen and give them focus, so a keyboard or
    // screen-reader user lands on them too.
    markRef.current?.scrollIntoView({ block: "center" });
    markRef.current?.focus({ preventScroll: true });
  }, [doc.id, span?.start, span?.end, span?.field]);
  const url = safeHttpUrl(doc.url);
  const title = doc.title ?? "";
  const titleMarked = span?.field === "title" ? <Marked text={title} span={span} markRef={markRef} /> : null;
  const textMarked = span?.field === "text" ? <Marked text={doc.text} span={span} markRef={markRef} /> : null;
  const outOfRange = span !== null && (span.field === "title" ? titleMarked : textMarked) === null;
  return (
    <article class="document">
      <p class="crumbs">
        {storyId ? <a href={href.story(storyId)}>← Back to the story</a> : <a href={href.stories()}>← All stories</a>}
      </p>
      <h1>
        <span class="outlet">{doc.outlet ?? "Unknown outlet"}</span>
        {title ? <> — {titleMarked ?? title}</> : null}
      </h1>
      <p class="meta">
        {[doc.author ? `by ${doc.author}` : "", doc.publishedAt ?? "undated", doc.syndicator ? `via ${doc.syndicator}` : "", doc.language ? `language ${doc.language}` : ""].filter(Boolean).join(" · ")}
        {doc.url ? (
          <>
            {" · "}
            {url ? (
              <a href={url} rel="noopener noreferrer" referrerpolicy="no-referrer">
                {doc.url}
              </a>
            ) : (
              <span>{doc.url}</span>
            )}
          </>
        ) : null}
      </p>
      {outOfRange ? <p class="error" role="alert">The cited words are not in this document's text (the citation is out of range).</p> : null}
      <div class="text">{textMarked ?? doc.text}</div>
    </article>
  );
}

export function DocumentPage({ id, query }: { id: string; query: URLSearchParams }) {
  const loaded = useLoad(`document:${id}`, (signal) => getDocument(id, signal));
  return <Show loaded={loaded}>{(doc) => <DocumentView doc={doc} span={highlightOf(query)} storyId={query.get("story")} />}</Show>;
}
