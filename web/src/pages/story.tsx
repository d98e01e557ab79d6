import { WEB } from "../../../src/core/tunables.js";
import { EXPORT_FORMATS, exportUrl, getDocument, getStory } from "../api.js";
import { Agreed, Disputed, Lead, Timeline } from "../account.js";
import { documentMap, type StoryCtx } from "../context.js";
import { JumpTo } from "../jump.js";
import { Show, useLoad } from "../load.js";
import { Places } from "../places.js";
import { href } from "../router.js";
import { Copies, Documents, Entities, Quotes } from "../sections.js";
import type { StoryDetail } from "../types.js";


async function loadTexts(detail: StoryDetail, signal: AbortSignal): Promise<Map<string, string>> {
  const ids = detail.documents.slice(0, WEB.MAX_STORY_TEXTS).map((d) => d.id);
  const texts = await Promise.all(ids.map((id) => getDocument(id, signal).then((d) => [id, d.text] as const)));
  return new Map(texts);
}

function Exports({ storyId }: { storyId: string }) {
  return (
    <nav class="exports" aria-label="Export this story">
      <span>Export:</span>
      {EXPORT_FORMATS.map(([format, label]) => (
        <a key={format} href={exportUrl(storyId, format)} download>
          {label}
        </a>
      ))}
    </nav>
  );
}

function Story({ detail }: { detail: StoryDetail }) {
  const texts = useLoad(`texts:${detail.story.id}`, (signal) => loadTexts(detail, signal));
  const ctx: StoryCtx = { story: detail.story, docs: documentMap(detail.documents), texts: texts.state === "done" ? texts.data : new Map() };
  return (
    <article class="story">
      <p class="crumbs">
        <a href={href.stories()}>← All stories</a>
      </p>
      <h1>{detail.story.title || "Untitled story"}</h1>
      <Lead ctx={ctx} />
      <JumpTo story={detail.story} />
      <Exports storyId={detail.story.id} />
      {texts.state === "error" ? <p class="error" role="alert">The articles' texts could not be loaded: {texts.message}</p> : null}
      <Timeline ctx={ctx} />
      <Places ctx={ctx} />
      <Agreed ctx={ctx} />
      <Disputed ctx={ctx} />
      <Quotes ctx={ctx} />
      <Copies ctx={ctx} />
      <Entities ctx={ctx} />
      <Documents documents={detail.documents} ctx={ctx} />
      <p class="meta">
        Story id <code>{detail.story.id}</code>
      </p>
    </article>
  );
}

export function StoryPage({ id }: { id: string }) {
  const loaded = useLoad(`story:${id}`, (signal) => getStory(id, signal));
  return <Show loaded={loaded}>{(detail) => <Story detail={detail} />}</Show>;
}
