import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, tempDir } from "../../test/support/cli.js";
import { openStore } from "../store/index.js";
import { isLoopback } from "./commands/serve.js";

/** Runs `corroborate serve ...` in a child, as a user would; a server that starts would never exit, so the timeout tells a hang. */
function serve(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "serve", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, CORROBORATE_TOKEN: "", ...env },
  });
  return { status: result.status, stderr: result.stderr, timedOut: result.error !== undefined };
}

async function emptyStore(): Promise<string> {
  const file = join(tempDir(), "store.db");
  await (await openStore(file)).close();
  return file;
}

function assertOneLine(run: ReturnType<typeof serve>, pattern: RegExp): void {
  assert.equal(run.timedOut, false, "serve must not hang");
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, pattern);
  assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
  assert.doesNotMatch(run.stderr, /\n\s+at /u, "no stack trace");
}

test("serve on a port in use says so in one line and exits non-zero", async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  try {
    const port = (busy.address() as AddressInfo).port;
    assertOneLine(serve(["--db", await emptyStore(), "--port", String(port)]), new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`, "u"));
  } finally {
    busy.close();
  }
});

test("serve with a missing or broken --db says so in one line and exits non-zero", () => {
  const dir = tempDir();
  assertOneLine(serve(["--db", join(dir, "missing.db"), "--port", "0"]), /no store at/u);
  const broken = join(dir, "broken.db");
  writeFileSync(broken, "this is not a database, only text long enough to be read as a header of one");
  assertOneLine(serve(["--db", broken, "--port", "0"]), /cannot open the store .*broken\.db/u);
});

test("serve refuses to listen beyond loopback without a token", async () => {
  assertOneLine(serve(["--db", await emptyStore(), "--host", "0.0.0.0", "--port", "0"]), /give a token with --token or CORROBORATE_TOKEN/u);
});

test("loopback addresses are told from the others", () => {
  assert.deepEqual(["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "0.0.0.0", "192.168.1.4", "::", "example.org"].map(isLoopback), [
    true, true, true, true, true, false, false, false, false,
  ]);
});
