/**
 * The same input gives the same report, byte for byte, on SQLite and on PostgreSQL: the example
 * corpus and ../shared/seeds are ingested into both (the seeds in two runs, so the incremental
 * path with its story index, merges and rewrites is compared too) and every report format is
 * compared. Needs CORROBORATE_TEST_PG (a postgres:// URL); skips loudly without it.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ingestIncrementally } from "../../src/pipeline/incremental.js";
import { createResources } from "../../src/pipeline/resources.js";
import { loadMapData, renderReport } from "../../src/report/index.js";
import { REPORT_FORMATS } from "../../src/report/formats.js";
import { openStore, type Store } from "../../src/store/index.js";
import { PG_URL, POSTGRES, SQLITE, type Target } from "../../src/store/test-support/targets.js";
import { ROOT, runCli } from "../support/cli.js";

const EXAMPLE = join(ROOT, "examples/panj-border-strikes/input");
const SEEDS = join(ROOT, "../shared/seeds");

type Resources = Awaited<ReturnType<typeof createResources>>;

/** Every report format of the store's analysis after ingesting `runs` one after another. */
async function reports(target: Target, t: { after(fn: () => Promise<void> | void): void }, runs: readonly (readonly string[])[], resources: Resources): Promise<Map<string, string>> {
  const store: Store = await openStore(await target.fresh(t));
  try {
    for (const inputs of runs) await ingestIncrementally(inputs, store, resources);
    const report = await store.report();
    assert.ok(report, "an analysis was stored");
    const mapData = loadMapData();
    const out = new Map<string, string>(REPORT_FORMATS.map((f) => [f, renderReport(report, f, mapData)]));
    // The reads the API serves, which the report does not cover.
    out.set("stories", JSON.stringify(await store.stories()));
    out.set("listStories", JSON.stringify(await store.listStories()));
    out.set("listEntities", JSON.stringify(await store.listEntities()));
    out.set("listEvents", JSON.stringify(await store.listEvents()));
    out.set("listFacts", JSON.stringify(await store.listFacts()));
    out.set("documents", JSON.stringify(await store.documents()));
    return out;
  } finally {
    await store.close();
  }
}

/** Loaded once for the file: the models take seconds. */
let loaded: Promise<Resources> | null = null;
const sharedResources = (): Promise<Resources> => (loaded ??= createResources());

async function assertStoresAgree(t: { after(fn: () => Promise<void> | void): void }, runs: readonly (readonly string[])[]): Promise<void> {
  const resources = await sharedResources();
  const lite = await reports(SQLITE, t, runs, resources);
  const pg = await reports(POSTGRES, t, runs, resources);
  for (const [name, text] of lite) {
    assert.ok(text.length > 0);
    assert.equal(pg.get(name), text, `${name} differs between SQLite and PostgreSQL`);
  }
}

const noServer = PG_URL === null ? "CORROBORATE_TEST_PG is not set (a postgres:// URL); start one with scripts/pg-cluster.sh start DIR PORT" : false;

test("the example corpus gives byte-identical reports on SQLite and PostgreSQL", { skip: noServer }, async (t) => {
  await assertStoresAgree(t, [[EXAMPLE]]);
});

const seedsMissing = existsSync(SEEDS) ? false : `${SEEDS} is absent: the seeds comparison did not run`;

test("the seeds, ingested in two runs, give byte-identical reports on SQLite and PostgreSQL", { skip: noServer || seedsMissing }, async (t) => {
  const files = readdirSync(SEEDS).filter((f) => !f.startsWith(".")).sort().map((f) => join(SEEDS, f));
  const half = Math.ceil(files.length / 2);
  await assertStoresAgree(t, [files.slice(0, half), files.slice(half)]);
});

test("the CLI takes a PostgreSQL store from CORROBORATE_DB and prints the report SQLite gives", { skip: noServer }, async (t) => {
  const env = { CORROBORATE_DB: await POSTGRES.fresh(t) };
  const ingest = runCli(["ingest", EXAMPLE, "--quiet"], undefined, env);
  assert.equal(ingest.status, 0, ingest.stderr);
  const report = runCli(["report", "--format", "md"], undefined, env);
  assert.equal(report.status, 0, report.stderr);
  const lite = await reports(SQLITE, t, [[EXAMPLE]], await sharedResources());
  assert.equal(report.stdout, lite.get("md"));
});

test("a PostgreSQL server that cannot be reached, or a malformed URL, is one line and exit 1", () => {
  for (const db of ["postgres://nobody@127.0.0.1:1/none", "postgresql://nobody:secret@[bad/x"]) {
    const run = runCli(["stories", "--db", db]);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stderr.trim().split("\n");
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0] ?? "", /cannot open the store/);
    assert.doesNotMatch(run.stderr, /secret/, "the password is never printed");
  }
});
