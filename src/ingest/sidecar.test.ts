import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readInputs } from "./index.js";
import { parseSidecar, sidecarOutlet } from "./sidecar.js";

test("a sidecar maps file names and domains (case and www. folded); CSV headers and quotes are read", () => {
  const csv = parseSidecar('file,outlet\n"a.txt","Pell Times"\nWWW.Harbour.example, Harbour Post\n', "sources.csv");
  assert.ok("outlets" in csv);
  assert.equal(sidecarOutlet(csv.outlets, "A.TXT"), "Pell Times");
  assert.equal(sidecarOutlet(csv.outlets, "harbour.example"), "Harbour Post");
  assert.equal(sidecarOutlet(csv.outlets, "__proto__"), null);
  const json = parseSidecar('{"__proto__": "Odd Name", "b.html": "Valley Courier"}', "sources.json");
  assert.ok("outlets" in json);
  assert.equal(sidecarOutlet(json.outlets, "__proto__"), "Odd Name", "a key is data, never a prototype");
});

test("a broken sidecar is one malformed rejection, the folder's articles are still read, and inner folders inherit outlets", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "corroborate-sidecar-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, "sources.json"), '{"a.txt": 5}');
  await writeFile(join(dir, "a.txt"), "A story about the Dunmere weir opening for the spring floods.");
  await mkdir(join(dir, "inner"));
  await writeFile(join(dir, "inner", "sources.csv"), "b.txt,Dunmere Gazette\n");
  await writeFile(join(dir, "inner", "b.txt"), "Another story about the Dunmere weir and its new gates.");
  const { records, rejections } = await readInputs([dir]);
  assert.deepEqual(records.map((r) => [r.source, r.outlet, r.fileOutlet]), [
    ["a.txt", null, "a"],
    ["inner/b.txt", "Dunmere Gazette", "b"],
  ]);
  assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["malformed", "sources.json"]]);
  assert.match(rejections[0]?.reason ?? "", /the outlet for "a.txt" must be a string/u);
});
