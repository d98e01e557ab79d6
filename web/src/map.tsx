import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";
import { mapFrame } from "../../src/report/map.js";
import type { StoryPlaces } from "../../src/report/places.js";

export type MapShapes = readonly Feature<Geometry>[];

/** Natural Earth 1:110m outlines: the 1:50m set the HTML report uses costs seven times the bytes. */
export function loadShapes(): MapShapes {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features;
}

/** An SVG map of the story's places: outlines cropped to their box, a dot and a name per place. */
export function StoryMap({ places, shapes }: { places: StoryPlaces; shapes: MapShapes }) {
  const frame = mapFrame(places);
  if (!frame) return null;
  const { projection, path, width, height } = frame;
  return (
    <svg class="map" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Map of ${places.shown.length} places in the story`}>
      <rect class="sea" x="0" y="0" width={width} height={height} />
      <g class="countries">
        {shapes.map((shape, i) => {
          const d = path(shape);
          return d ? <path key={i} class="country" d={d} /> : null;
        })}
      </g>
      <g class="places">
        {places.shown.map((p) => {
          const at = projection([p.lon, p.lat]);
          if (!at) return null;
          return (
            <g key={p.entityId} class={p.eventPlace ? "place event" : "place"}>
              <title>{p.name}</title>
              <circle cx={at[0]} cy={at[1]} r={Math.min(3.5 + Math.sqrt(p.mentions), 8)} />
              <text x={at[0] + 10} y={at[1] + 4}>
                {p.name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
