import { geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";

/** Path data of one outline, or null when nothing of it is visible. */
export type OutlinePath = (object: GeoPermissibleObjects) => string | null;

/**
 * SVG path data for outlines projected with `projection`, dropping every vertex closer than
 * `minStep` units to the last one kept, and every ring left with fewer than three vertices. At
 * the map's size such vertices and islands are below a pixel, yet they were two thirds of a
 * regional map's bytes (Natural Earth 1:50m coasts). Coordinates keep one decimal; after a
 * ring's first vertex each is written relative to the one before (from the rounded positions,
 * so rounding does not drift), which halves the gzipped bytes of a map.
 *
 * @example
 * const path = outlinePath(geoMercator().fitWidth(800, box), 1);
 * const d = path(countryFeature); // "M417,197.6l-1.1,0.2 -0.4,-0.2…z" or null
 */
export function outlinePath(projection: GeoProjection, minStep: number): OutlinePath {
  // Positions in tenths of a unit, as integers, so that differences are exact.
  const tenths = (v: number): number => Math.round(v * 10);
  return (object) => {
    const parts: string[] = [];
    let ring: [number, number][] = [];
    const flush = (closed: boolean): void => {
      const kept: [number, number][] = [];
      for (const [i, [x, y]] of ring.entries()) {
        const last = kept[kept.length - 1];
        // The ring's last vertex stays (it ends an open line, or leads back to the first).
        const isEnd = i === ring.length - 1;
        if (last && Math.hypot(x - last[0], y - last[1]) < minStep && !(isEnd && !closed)) continue;
        kept.push([x, y]);
      }
      if (kept.length >= (closed ? 3 : 2)) parts.push(relative(kept.map(([x, y]) => [tenths(x), tenths(y)]), closed));
      ring = [];
    };
    geoPath(projection, {
      beginPath: () => undefined,
      moveTo: (x, y) => {
        if (ring.length > 0) flush(false);
        ring.push([x, y]);
      },
      lineTo: (x, y) => {
        ring.push([x, y]);
      },
      closePath: () => flush(true),
      // Outlines are polygons: d3 draws arcs only for point geometries, which maps draw as circles.
      arc: () => undefined,
    })(object);
    if (ring.length > 0) flush(false);
    return parts.length > 0 ? parts.join("") : null;
  };
}

/** "M x,y l dx,dy …" for vertices given in tenths of a unit. */
function relative(vertices: readonly (readonly [number, number])[], closed: boolean): string {
  const [first, ...rest] = vertices;
  if (!first) return "";
  let [x, y] = first;
  const steps = rest.map(([nx, ny]) => {
    const step = `${(nx - x) / 10},${(ny - y) / 10}`;
    [x, y] = [nx, ny];
    return step;
  });
  return `M${first[0] / 10},${first[1] / 10}l${steps.join(" ")}${closed ? "z" : ""}`;
}
