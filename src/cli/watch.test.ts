import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { before, test } from "node:test";
import type { Resources } from "../model/resources.js";
import type { IncrementalResult } from "../pipeline/incremental.js";
import { createResources } from "../pipeline/resources.js";
import { openStore } from "../store/index.js";
import { watchDirectory } from "./commands/watch.js";
import type { CliIo } from "./context.js";

let resources: Resources;
before(async () => {
  resources = await createResources();
});

const ARTICLE =
  "Volunteers in Brask Harbour cleared the flooded ferry terminal on Sunday after the storm surge, the harbour master Edda Rulf said. " +
  "About forty people worked through the night, and the first ferry is expected to sail again on Tuesday.";

test("watch ingests a file that appears, retries a half-written one once it is complete, and stops when aborted", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-watch-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  const store = await openStore(join(dir, "store.db"));
  const stderr = new PassThrough();
  let log = "";
  stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const io = { stdout: new PassThrough(), stderr, stdin: new PassThrough() } as unknown as CliIo;
  const stop = new AbortController();
  const ingests: { files: readonly string[]; result: IncrementalResult }[] = [];
  let notify: () => void = () => undefined;
  const next = (): Promise<void> => new Promise((resolve) => (notify = resolve));
  const watching = watchDirectory(inbox, store, resources, io, {
    signal: stop.signal,
    debounceMs: 100,
    pollMs: 50,
    onIngest: (files, result) => {
      ingests.push({ files, result });
      notify();
    },
  });

  let arrived = next();
  writeFileSync(join(inbox, "brask.txt"), ARTICLE);
  writeFileSync(join(inbox, "photo.png"), "not an article");
  await arrived;
  assert.deepEqual(ingests[0]?.result.added.length, 1);
  assert.deepEqual(ingests[0]?.files.map((f) => f.slice(inbox.length + 1)), ["brask.txt"]);

  // A writer that stalls mid-line: the half is read and rejected, the whole is read when it lands.
  arrived = next();
  writeFileSync(join(inbox, "feed.jsonl"), `{"id": "late-1", "text": "${ARTICLE.slice(0, 60)}`);
  await arrived;
  assert.equal(ingests[1]?.result.added.length, 0);
  assert.equal(ingests[1]?.result.rejections[0]?.code, "malformed");
  arrived = next();
  writeFileSync(join(inbox, "feed.jsonl"), `${JSON.stringify({ id: "late-1", text: ARTICLE.replace("Sunday", "Monday") })}\n`);
  await arrived;
  assert.deepEqual(ingests[2]?.result.added, ["late-1"]);

  stop.abort();
  await watching;
  assert.equal((await store.listDocuments()).total, 2);
  assert.match(log, /malformed/);
  await store.close();
});
