import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { openStore } from "../../src/store/index.js";

export const ROOT = new URL("../../", import.meta.url).pathname;

/**
 * Debian's chromium (installed by .ci/run), or the browser CHROMIUM_PATH names. Null when none is
 * there: the browser tests then skip, saying so loudly, instead of failing on a missing binary.
 */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const NO_CHROMIUM =
  "\n*** BROWSER TESTS SKIPPED: no chromium found (set CHROMIUM_PATH, or `apt-get install -y chromium`). CI installs it; the app is NOT tested in a browser here. ***\n";

/** Builds the app from web/ into dist/web, so the tests never run against a stale bundle. */
export function buildWeb(): void {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "web/vite.config.ts"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
}

export function launch(executablePath: string): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}

export interface Served {
  readonly base: string;
  readonly stop: () => Promise<void>;
}

/** `corroborate serve` on a new empty store in a temp folder, on a free loopback port. */
export async function serveTempStore(): Promise<Served> {
  const db = join(mkdtempSync(join(tmpdir(), "corroborate-browser-")), "store.db");
  await (await openStore(db)).close();
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "serve", "--db", db, "--port", "0", "--host", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let said = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${said}`)), 60_000);
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      const match = /http:\/\/(127\.0\.0\.1|localhost):(\d+)/.exec(said);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[2]}`);
      }
    };
    child.stderr?.on("data", listen);
    child.stdout?.on("data", listen);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${said}`));
    });
  });
  return { base, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** The example corpus as the files a user would drop on the ingest page. */
export function exampleFiles(): string[] {
  const folder = join(ROOT, "examples/panj-border-strikes/input");
  return readdirSync(folder)
    .filter((f) => [".txt", ".html", ".jsonl", ".json", ".md"].includes(extname(f)))
    .sort()
    .map((f) => join(folder, f));
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

/** True when the page is wider than its window: the reader would have to scroll sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth);
}

/**
 * Watches a page for anything an attacker's string could make it do: a dialog, a call to the
 * planted `__xss` hook, a Content-Security-Policy violation (markup that reached the DOM and
 * tried to run or load), or a request to anywhere but the test server, which is aborted.
 */
export async function watch(page: Page, base: string): Promise<{ readonly events: string[] }> {
  const events: string[] = [];
  const origin = new URL(base).origin;
  page.on("dialog", (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => events.push(`page error: ${error.message}`));
  await page.exposeFunction("__xss", (what: unknown) => events.push(`script ran: ${String(what)}`));
  await page.exposeFunction("__csp", (what: unknown) => events.push(`CSP violation: ${String(what)}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __csp: (w: string) => void }).__csp(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === "data:") return route.continue();
    events.push(`request left: ${url.href}`);
    return route.abort();
  });
  return { events };
}
