import { useEffect, useState } from "preact/hooks";
import { storyPlaces, type StoryPlaces } from "../../src/report/places.js";
import type { StoryCtx } from "./context.js";
import type { MapShapes, StoryMap } from "./map.js";
import { plural } from "./words.js";
import { Section } from "./section.js";

/**
 * The story's places: a list always, and a map once its outlines (a separate chunk of the
 * bundle, about 100 kB, from the app's own origin) have loaded. Coordinates come from the
 * analysis; the map draws them with the report's own place selection (src/report/places.ts).
 */
export function Places({ ctx }: { ctx: StoryCtx }) {
  const places = storyPlaces(ctx.story);
  if (places.shown.length === 0 && places.elsewhere.length === 0) return null;
  return (
    <Section id="places" title="Places">
      <figure class="map">
        <LazyMap places={places} />
        <figcaption>
          <ol class="places">
            {places.shown.map((p) => (
              <li key={p.entityId}>
                <strong>{p.name}</strong>{" "}
                <span class="muted">
                  {p.lat.toFixed(3)}, {p.lon.toFixed(3)} · {[p.admin1, p.country].filter(Boolean).join(", ")} · {plural(p.mentions, "mention")}
                </span>
              </li>
            ))}
          </ol>
          {places.elsewhere.length ? <p class="muted">Also mentioned, beyond the map: {places.elsewhere.map((p) => p.name).join("; ")}.</p> : null}
        </figcaption>
      </figure>
    </Section>
  );
}

function LazyMap({ places }: { places: StoryPlaces }) {
  const [map, setMap] = useState<{ shapes: MapShapes; Map: typeof StoryMap } | null>(null);
  useEffect(() => {
    let live = true;
    import("./map.js").then(
      (module) => live && setMap({ shapes: module.loadShapes(), Map: module.StoryMap }),
      () => undefined, // the list above still names every place
    );
    return () => {
      live = false;
    };
  }, []);
  return map ? <map.Map places={places} shapes={map.shapes} /> : null;
}
