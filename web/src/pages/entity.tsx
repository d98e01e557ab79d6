import { outletOf } from "../../../src/report/format.js";
import { getEntity, getStory } from "../api.js";
import { documentMap } from "../context.js";
import { Show, useLoad } from "../load.js";
import { href } from "../router.js";
import type { EntityDetail } from "../types.js";
import { plural } from "../words.js";
import { Section } from "../section.js";

function EntityView({ entity }: { entity: EntityDetail }) {
  // The story's document list names each mention's outlet; until it loads, the document id does.
  const story = useLoad(`story:${entity.storyId}`, (signal) => getStory(entity.storyId, signal));
  const docs = documentMap(story.state === "done" ? story.data.documents : []);
  const spellings = [...new Set([entity.name, ...entity.aliases])];
  return (
    <article class="entity">
      <p class="crumbs">
        <a href={href.story(entity.storyId)}>← Back to the story</a>
      </p>
      <h1>{entity.name}</h1>
      <p class="meta">
        <span class="tag">{entity.type}</span>
        {entity.geo ? ` · ${entity.geo.lat.toFixed(4)}, ${entity.geo.lon.toFixed(4)} · ${[entity.geo.admin1, entity.geo.country].filter(Boolean).join(", ")}` : ""}
      </p>
      <Section id="spellings" title="Every spelling">
        <ul class="inline">{spellings.map((s) => <li key={s}>{s}</li>)}</ul>
      </Section>
      <Section id="stories" title="Stories">
        <ul>
          {entity.stories.map((s) => (
            <li key={s.id}>
              <a href={href.story(s.id)}>{s.title || "Untitled story"}</a>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="mentions" title={<>{plural(entity.mentions.length, "mention")}</>}>
        <ol class="mentions">
          {entity.mentions.map((m) => (
            <li key={`${m.documentId}:${m.start}`}>
              <a href={href.cite(m.documentId, m.start, m.end, entity.storyId)}>{docs.has(m.documentId) ? outletOf(docs.get(m.documentId)) : m.documentId}</a>:{" "}
              <q class="context">
                {m.before}
                <strong>{m.text}</strong>
                {m.after}
              </q>
            </li>
          ))}
        </ol>
      </Section>
    </article>
  );
}

export function EntityPage({ id }: { id: string }) {
  const loaded = useLoad(`entity:${id}`, (signal) => getEntity(id, signal));
  return <Show loaded={loaded}>{(entity) => <EntityView entity={entity} />}</Show>;
}
