import { WEB } from "../../../src/core/tunables.js";
import { EVENT_TYPE_INFO } from "../../../src/model/event-types.js";
import { filterQuery, listStories } from "../api.js";
import { Show, useLoad } from "../load.js";
import { href } from "../router.js";
import type { StoryFilters, StorySummary } from "../types.js";
import { plural } from "../words.js";
import { SearchExport } from "./search-export.js";


/** The filters from any source of named text fields: the address's query or the form. */
function readFilters(text: (key: string) => string, disputed: boolean, page: number): StoryFilters {
  return {
    q: text("q"),
    from: text("from"),
    to: text("to"),
    place: text("place"),
    entity: text("entity"),
    type: text("type"),
    outlet: text("outlet"),
    disputed,
    page,
  };
}

function filtersOf(query: URLSearchParams): StoryFilters {
  const page = Number.parseInt(query.get("page") ?? "", 10);
  return readFilters((key) => query.get(key) ?? "", query.get("disputed") === "true", Number.isSafeInteger(page) && page > 0 ? page : 1);
}

function submit(event: Event): void {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const filters = readFilters((key) => String(data.get(key) ?? ""), data.get("disputed") === "on", 1);
  window.location.hash = href.stories(filterQuery(filters));
}

function Filters({ filters }: { filters: StoryFilters }) {
  const types = Object.entries(EVENT_TYPE_INFO).sort((a, b) => a[1].label.localeCompare(b[1].label));
  // Keyed by the address so the fields show the filters in force after back/forward.
  return (
    <form class="filters" role="search" onSubmit={submit} key={filterQuery(filters).toString()}>
      <div class="search-row">
        <label class="grow">
          <span>Search the articles</span>
          <input type="search" name="q" defaultValue={filters.q} placeholder="words, a place, a name" />
        </label>
        <button type="submit">Search</button>
      </div>
      <details open={[filters.from, filters.to, filters.place, filters.entity, filters.type, filters.outlet].some(Boolean) || filters.disputed}>
        <summary>Filters</summary>
        <div class="grid">
          <label><span>From</span><input type="date" name="from" defaultValue={filters.from} /></label>
          <label><span>To</span><input type="date" name="to" defaultValue={filters.to} /></label>
          <label><span>Place</span><input name="place" defaultValue={filters.place} /></label>
          <label><span>Person, group or place</span><input name="entity" defaultValue={filters.entity} /></label>
          <label>
            <span>Event type</span>
            <select name="type" defaultValue={filters.type}>
              <option value="">any</option>
              {types.map(([id, info]) => (
                <option key={id} value={id}>{info.label}</option>
              ))}
            </select>
          </label>
          <label><span>Outlet</span><input name="outlet" defaultValue={filters.outlet} /></label>
          <label class="check"><input type="checkbox" name="disputed" defaultChecked={filters.disputed} /> <span>Only stories with disputed facts</span></label>
        </div>
      </details>
    </form>
  );
}

function dates(story: StorySummary): string {
  const { firstPublished: first, lastPublished: last } = story;
  if (!first && !last) return "undated";
  return first === last || !first || !last ? (first ?? last ?? "") : `${first} – ${last}`;
}

function StoryItem({ story }: { story: StorySummary }) {
  return (
    <li class="story-item">
      <h2><a href={href.story(story.id)}>{story.title || "Untitled story"}</a></h2>
      <p class="meta">
        {dates(story)} · {plural(story.documentCount, "document")} · {plural(story.eventCount, "event")}
        {story.disputedCount > 0 ? <> · <strong class="tag disputed">{plural(story.disputedCount, "disputed fact")}</strong></> : null}
      </p>
      {story.places.length ? <p class="meta">Places: {story.places.join(", ")}</p> : null}
      {story.outlets.length ? <p class="meta">Outlets: {story.outlets.join(", ")}</p> : null}
    </li>
  );
}

function Pager({ filters, page, nextPage }: { filters: StoryFilters; page: number; nextPage: number | null }) {
  const to = (n: number) => href.stories(filterQuery({ ...filters, page: n }));
  if (page <= 1 && nextPage === null) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {page > 1 ? <a href={to(page - 1)} rel="prev">← Newer</a> : <span />}
      <span>Page {page}</span>
      {nextPage !== null ? <a href={to(nextPage)} rel="next">Older →</a> : <span />}
    </nav>
  );
}

export function StoriesPage({ query }: { query: URLSearchParams }) {
  const filters = filtersOf(query);
  const key = filterQuery(filters).toString();
  const loaded = useLoad(key, (signal) => listStories(filters, WEB.STORIES_PAGE_SIZE, signal));
  return (
    <>
      <h1>Stories</h1>
      <Filters filters={filters} />
      <Show loaded={loaded}>
        {(page) => (
          <section aria-label="Results">
            <p class="meta" role="status">
              {plural(page.total, "story", "stories")}, newest first{page.total > page.items.length ? ` · showing ${(page.page - 1) * page.limit + 1}–${(page.page - 1) * page.limit + page.items.length}` : ""}
            </p>
            {page.items.length === 0 ? (
              <p>No story matches. <a href={href.ingest()}>Add articles</a> or loosen the filters.</p>
            ) : (
              <ol class="stories">{page.items.map((story) => <StoryItem key={story.id} story={story} />)}</ol>
            )}
            <Pager filters={filters} page={page.page} nextPage={page.nextPage} />
            <SearchExport items={page.items} query={key} />
          </section>
        )}
      </Show>
    </>
  );
}
