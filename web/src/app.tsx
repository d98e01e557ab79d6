import { useEffect } from "preact/hooks";
import { DocumentPage } from "./pages/document.js";
import { EntityPage } from "./pages/entity.js";
import { IngestPage } from "./pages/ingest.js";
import { StoriesPage } from "./pages/stories.js";
import { StoryPage } from "./pages/story.js";
import { href, useRoute, type Route } from "./router.js";

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case "stories":
      return <StoriesPage query={route.query} />;
    case "story":
      return <StoryPage id={route.id} />;
    case "document":
      return <DocumentPage id={route.id} query={route.query} />;
    case "entity":
      return <EntityPage id={route.id} />;
    case "ingest":
      return <IngestPage />;
    case "missing":
      return (
        <p role="alert">
          No page at <code>{route.path}</code>. <a href={href.stories()}>Back to the stories</a>.
        </p>
      );
  }
}

export function App() {
  const route = useRoute();
  // A new page starts at its top, except a document, which scrolls to its cited words itself.
  const pageKey = "id" in route ? `${route.page}:${route.id}` : route.page;
  useEffect(() => {
    if (route.page !== "document") window.scrollTo(0, 0);
  }, [pageKey]);
  return (
    <>
      <a class="skip" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById("main")?.focus(); }}>
        Skip to content
      </a>
      <header class="bar">
        <a class="brand" href={href.stories()}>corroborate</a>
        <nav aria-label="Main">
          <a href={href.stories()} aria-current={route.page === "stories" ? "page" : undefined}>Stories</a>
          <a href={href.ingest()} aria-current={route.page === "ingest" ? "page" : undefined}>Add articles</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
