import { test } from "node:test";
import assert from "node:assert/strict";
import { loadMapData } from "./geodata.js";
import { renderMapSvg } from "./map.js";
import { storyPlaces } from "./places.js";
import { placesReport } from "./test-support/places.js";
import { sampleReport } from "./test-support/sample.js";

const mapData = loadMapData();

function story() {
  const s = placesReport().stories[0];
  assert.ok(s);
  return s;
}

test("places near where the events happened are shown; a distant one is listed as elsewhere", () => {
  const places = storyPlaces(story());
  assert.deepEqual(places.shown.map((p) => p.name).sort(), ["Kessel & Sons Ferry", "Orby <Quay>", "Tarnby"]);
  assert.deepEqual(places.elsewhere.map((p) => p.name), ["Port Wendell"]);
  const [[west, south], [east, north]] = places.bounds ?? [[0, 0], [0, 0]];
  assert.ok(west < 9.8 && east > 11.1 && south < 59.7 && north > 60.4);
});

test("a story with no geocoded place has no map", () => {
  const s = sampleReport().stories[0];
  assert.ok(s);
  const places = storyPlaces({ ...s, entities: s.entities.map((e) => ({ ...e, geo: null })) });
  assert.equal(places.shown.length, 0);
  assert.equal(renderMapSvg(places, mapData, "x"), null);
});

test("the map SVG has one marker per shown place, country outlines, and no script or external reference", () => {
  const svg = renderMapSvg(storyPlaces(story()), mapData, "story-1") ?? "";
  assert.match(svg, /^<svg class="map" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 \d+"/);
  assert.equal((svg.match(/<circle /g) ?? []).length, 3);
  for (const id of ["e_tarnby", "e_orby", "e_kessel"]) assert.ok(svg.includes(`data-entity="${id}"`), id);
  assert.ok(!svg.includes("e_far"));
  assert.ok((svg.match(/<path class="country/g) ?? []).length >= 2, "Norway and its neighbour are drawn");
  assert.doesNotMatch(svg, /<script|<foreignObject|href=|on[a-z]+=|url\(/i);
  assert.ok(svg.includes("Orby &lt;Quay&gt;") && svg.includes("Kessel &amp; Sons Ferry"));
  assert.ok(!svg.includes("<Quay>"));
});

test("every marker lies inside the drawing", () => {
  const svg = renderMapSvg(storyPlaces(story()), mapData, "story-1") ?? "";
  const height = Number(/viewBox="0 0 800 (\d+)"/.exec(svg)?.[1]);
  for (const m of svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    assert.ok(x >= 0 && x <= 800 && y >= 0 && y <= height, `marker at ${x},${y}`);
  }
});

test("the map is the same bytes on every render", () => {
  assert.equal(renderMapSvg(storyPlaces(story()), mapData, "a"), renderMapSvg(storyPlaces(story()), mapData, "a"));
});
