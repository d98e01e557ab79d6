import assert from "node:assert/strict";
import { test } from "node:test";
import { geoEquirectangular } from "d3-geo";
import type { Polygon } from "geojson";
import { outlinePath } from "./map-path.js";

// x = longitude, y = -latitude, in map units.
const plain = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);

/** The absolute vertices of each ring of "M x,y l dx,dy … z" path data. */
function decode(d: string): [number, number][][] {
  return d
    .split("M")
    .filter(Boolean)
    .map((ring) => {
      const [start, steps = ""] = ring.replace(/z$/u, "").split("l");
      const at = start!.split(",").map(Number) as [number, number];
      const out: [number, number][] = [[...at]];
      for (const step of steps.split(" ").filter(Boolean)) {
        const [dx, dy] = step.split(",").map(Number) as [number, number];
        at[0] = Math.round((at[0] + dx) * 10) / 10;
        at[1] = Math.round((at[1] + dy) * 10) / 10;
        out.push([...at]);
      }
      return out;
    });
}

const polygon = (ring: [number, number][]): Polygon => ({ type: "Polygon", coordinates: [ring] });

test("outline path: a ring's vertices come back, relative steps adding up to the projected points", () => {
  const square = polygon([[10, 10], [10, 20], [20, 20], [20, 10], [10, 10]]);
  const d = outlinePath(plain, 1)(square);
  assert.ok(d !== null && d.endsWith("z"));
  const [ring] = decode(d);
  const expected: [number, number][] = [[10, -10], [20, -10], [20, -20], [10, -20]];
  for (const [x, y] of expected) assert.ok(ring!.some(([rx, ry]) => Math.abs(rx - x) < 0.05 && Math.abs(ry - y) < 0.05), `vertex ${x},${y} in ${d}`);
});

test("outline path: vertices closer than the step to the last one kept are dropped", () => {
  const jagged = polygon([[0, 0], [0, 10], [0.2, 10.1], [0.3, 10], [10, 10], [10, 0], [0, 0]]);
  const kept = decode(outlinePath(plain, 1)(jagged)!)[0]!;
  const all = decode(outlinePath(plain, 0)(jagged)!)[0]!;
  assert.ok(kept.length < all.length, `${kept.length} < ${all.length}`);
  assert.ok(!kept.some(([x, y]) => Math.abs(x - 0.2) < 0.05 && Math.abs(y + 10.1) < 0.05));
});

test("outline path: a ring smaller than the step (an island under a pixel) is not drawn", () => {
  const speck = polygon([[5, 5], [5, 5.3], [5.3, 5.3], [5.3, 5], [5, 5]]);
  assert.equal(outlinePath(plain, 1)(speck), null);
  assert.notEqual(outlinePath(plain, 0.1)(speck), null);
});
