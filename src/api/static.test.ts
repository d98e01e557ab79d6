import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { APP_CSP, serveStatic, staticFile } from "./static.js";

function fixtureRoot(): string {
  const root = join(mkdtempSync(join(tmpdir(), "corroborate-static-")), "web");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(root, "assets", "index-abc.js"), "console.log(1)");
  writeFileSync(join(root, ".secret.json"), "{}");
  writeFileSync(join(root, "notes.txt"), "not served");
  return root;
}

test("staticFile maps the app's paths to files inside its folder and nothing else", () => {
  const root = fixtureRoot();
  assert.equal(staticFile("/app/", root), join(root, "index.html"));
  assert.equal(staticFile("/app/assets/index-abc.js", root), join(root, "assets", "index-abc.js"));
  assert.equal(staticFile("/app/../package.json", root), null);
  assert.equal(staticFile("/app/%2e%2e/%2e%2e/etc/passwd", root), null);
  assert.equal(staticFile("/app/.secret.json", root), null);
  assert.equal(staticFile("/app/notes.txt", root), null, "an unknown type is not served");
  assert.equal(staticFile("/app/%E0%A4%A", root), null, "bad percent-encoding is no file");
  assert.equal(staticFile("/api/v1/stories", root), null);
  assert.equal(staticFile("/app/missing.js", root), null);
});

test("serveStatic answers the page under the app's CSP and redirects the bare prefix", async () => {
  const root = fixtureRoot();
  const server = createServer((request, response) => {
    if (!serveStatic(new URL(request.url ?? "/", "http://x").pathname, response, root)) {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = await fetch(`${base}/app/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-security-policy"), APP_CSP);
    assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.match(await page.text(), /<title>app<\/title>/);
    const script = await fetch(`${base}/app/assets/index-abc.js`);
    assert.match(script.headers.get("cache-control") ?? "", /immutable/);
    const bare = await fetch(`${base}/app`, { redirect: "manual" });
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get("location"), "/app/");
    assert.equal((await fetch(`${base}/app/nothing.js`)).status, 404);
  } finally {
    server.close();
  }
});

test("the app's CSP forbids inline script and any other origin", () => {
  assert.match(APP_CSP, /script-src 'self'(;|$)/);
  assert.doesNotMatch(APP_CSP, /unsafe-inline|unsafe-eval|https?:|\*/);
  assert.match(APP_CSP, /default-src 'none'/);
});
