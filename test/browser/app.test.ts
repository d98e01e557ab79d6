import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildWeb, chromiumPath, exampleFiles, launch, NO_CHROMIUM, ROOT, scrollsSideways, serveTempStore, watch, type Served } from "./support.js";
import { hostileRecords } from "./hostile.js";
import { XSS_VECTORS } from "./xss-vectors.js";

const executable = chromiumPath();
if (!executable) console.error(NO_CHROMIUM);

/** Set UPDATE_SCREENSHOTS=1 to rewrite docs/web-story-*.png from the flow below. */
const SAVE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === "1";
/** Analysis of the example corpus runs on the server per request; a loaded CI machine is slow. */
const SLOW = 240_000;
const WIDTHS = [1280, 390] as const;

let browser: Browser | undefined;

before(async () => {
  if (!executable) return;
  buildWeb();
  browser = await launch(executable);
});

after(async () => {
  await browser?.close();
});

async function newPage(width: number): Promise<Page> {
  if (!browser) throw new Error("no browser");
  const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 844 } });
  page.setDefaultTimeout(SLOW);
  return page;
}

/** The app has stopped loading: no "Loading…" line is left on the page. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  // A route change renders the previous page's data first; the app's loads start in effects,
  // which Preact runs after the next paint. Past two paints every load the change starts is under
  // way ("Loading…" shown), so its absence below means the new data, not the old, is on screen.
  // (networkidle alone resolves at once once the page has loaded, whatever a later click fetches.)
  for (let i = 0; i < 2; i += 1) await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Loading…"));
}

describe("the analyst's app in Chromium: the example corpus from ingest to a highlighted citation", { skip: executable ? false : NO_CHROMIUM }, () => {
  let served: Served;
  before(async () => {
    served = await serveTempStore();
  });
  after(async () => {
    await served?.stop();
  });

  test("the ingest page sends every example file through POST /api/v1/documents and reports what was added", { timeout: SLOW * 2 }, async () => {
    const page = await newPage(1280);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${served.base}/app/#/ingest`);
    const files = exampleFiles();
    await page.setInputFiles('input[type="file"]', files);
    await page.waitForSelector("#results");
    await page.waitForFunction(() => document.querySelector('[aria-live="polite"]')?.textContent?.includes("done"), undefined, { timeout: SLOW * 2 });
    const result = (await page.textContent("#results + p")) ?? "";
    assert.deepEqual([...new Set(posts)], ["/api/v1/documents"]);
    assert.equal(posts.length, files.length, "one request a file");
    const added = Number(/(\d+) documents? added/.exec(result)?.[1] ?? "0");
    assert.ok(added >= files.length, `every file adds at least one document: ${result}`);
    assert.match(result, /1 story\b/);
    await page.close();
  });

  for (const width of WIDTHS) {
    test(`at ${width} px: search a place, open its story, see the disputed toll side by side, follow a citation to the highlighted words`, { timeout: SLOW }, async () => {
      const page = await newPage(width);
      const { events } = await watch(page, served.base);
      await page.goto(`${served.base}/app/`);
      await settled(page);
      // By keyboard: the search box is reachable with Tab and submits with Enter.
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.getAttribute("name") === "q")); i += 1) await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "q", "the search box takes keyboard focus");
      await page.keyboard.type("Khorog");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.location.hash.includes("q=Khorog"));
      await settled(page);
      const stories = page.locator(".story-item h2 a");
      assert.equal(await stories.count(), 1, "the place finds the one story");
      assert.equal(await scrollsSideways(page), false, "the list fits the width");
      await stories.first().click();
      await page.waitForSelector(".disputed .values li");
      await settled(page);

      // The death toll: one disputed "killed" fact whose values (7 and at least 9) sit in one row.
      const toll = page.locator('.disputed[data-fact="killed"]').filter({ has: page.locator(".values li .value", { hasText: /^at least 9$/ }) });
      assert.equal(await toll.count(), 1, "the disputed toll is shown");
      const values = toll.locator(".values li");
      const texts = await values.locator(".value").allTextContents();
      assert.ok(texts.includes("7") && texts.includes("at least 9"), `values: ${texts.join(" | ")}`);
      const boxes = await Promise.all((await values.all()).map((v) => v.boundingBox()));
      const tops = new Set(boxes.map((b) => Math.round(b?.y ?? -1)));
      assert.equal(tops.size, 1, "the values sit side by side on one line");
      assert.ok(((await toll.textContent()) ?? "").includes("Northern Route Gazette"), "each value names its outlets");
      assert.equal(await scrollsSideways(page), false, "the story fits the width");
      if (SAVE_SCREENSHOTS) {
        // The fact's heading at the top of the picture, its values side by side below it.
        await toll.evaluate((block) => block.scrollIntoView({ block: "start" }));
        await page.evaluate(() => window.scrollBy(0, -8));
        await page.screenshot({ path: join(ROOT, `docs/web-story-${width}.png`) });
      }

      // A citation opens its document with exactly the cited words marked and in view.
      const cite = toll.locator(".card a.cite").first();
      const link = (await cite.getAttribute("href")) ?? "";
      await cite.click();
      await page.waitForSelector("mark.cited");
      await settled(page);
      const query = new URLSearchParams(link.slice(link.indexOf("?") + 1));
      const documentId = decodeURIComponent(/#\/documents\/([^?]+)/.exec(link)?.[1] ?? "");
      const doc = (await (await fetch(`${served.base}/api/v1/documents/${encodeURIComponent(documentId)}`)).json()) as { text: string; title: string | null };
      // A value read from a headline cites into the title, which the page marks in its heading.
      const cited = ((query.get("field") === "title" ? doc.title : doc.text) ?? "").slice(Number(query.get("start")), Number(query.get("end")));
      assert.ok(cited.length > 0);
      assert.equal(await page.textContent("mark.cited"), cited, "the mark holds exactly the cited words");
      const mark = await page.locator("mark.cited").boundingBox();
      const viewport = page.viewportSize();
      assert.ok(mark && viewport && mark.y >= 0 && mark.y + mark.height <= viewport.height, "the cited words are scrolled into view");
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "MARK", "focus lands on the cited words");
      assert.equal(await scrollsSideways(page), false, "the document fits the width");
      assert.deepEqual(events, [], "nothing ran, broke the CSP or left the machine");
      await page.close();
    });
  }
});

describe("no injected string runs: XSS vectors as titles, outlets, URLs, names and text on every page", { skip: executable ? false : NO_CHROMIUM }, () => {
  let served: Served;
  before(async () => {
    served = await serveTempStore();
    const response = await fetch(`${served.base}/api/v1/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(hostileRecords()),
    });
    assert.equal(response.status, 200, await response.clone().text());
  });
  after(async () => {
    await served?.stop();
  });

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${served.base}/api/v1${path}`);
    assert.equal(response.status, 200, path);
    return (await response.json()) as T;
  }

  test("every page of the app and the HTML report renders the vectors as text: no dialog, no script, no CSP violation, no request out", { timeout: SLOW * 2 }, async () => {
    const stories = await api<{ items: { id: string }[] }>("/stories?limit=100");
    const documents = await api<{ items: { id: string; storyIds: string[] }[] }>("/documents?limit=100");
    const entities = await api<{ items: { id: string; name: string; aliases: string[] }[] }>("/entities?limit=100");
    assert.ok(stories.items.length > 0 && documents.items.length > XSS_VECTORS.length / 2, "the hostile reports were stored");
    const app = `${served.base}/app/`;
    const pages = [
      `${app}#/stories`,
      ...XSS_VECTORS.slice(0, 6).map((v) => `${app}#/stories?q=${encodeURIComponent(v)}&outlet=${encodeURIComponent(v)}`),
      `${app}#/stories/${encodeURIComponent(XSS_VECTORS[0] ?? "")}`,
      ...stories.items.map((s) => `${app}#/stories/${encodeURIComponent(s.id)}`),
      ...documents.items.map((d) => `${app}#/documents/${encodeURIComponent(d.id)}?start=0&end=40&story=${encodeURIComponent(d.storyIds[0] ?? "")}`),
      // Names holding markup characters first, then the rest up to a bound that keeps the run short.
      ...[...entities.items]
        .sort((a, b) => Number(/[<>"'&]/.test(b.name + b.aliases.join(""))) - Number(/[<>"'&]/.test(a.name + a.aliases.join(""))))
        .slice(0, 40)
        .map((e) => `${app}#/entities/${encodeURIComponent(e.id)}`),
      `${served.base}/`,
      ...stories.items.map((s) => `${served.base}/stories/${encodeURIComponent(s.id)}`),
    ];
    for (const width of WIDTHS) {
      const page = await newPage(width);
      const { events } = await watch(page, served.base);
      for (const url of pages) {
        await page.goto(url);
        await settled(page);
        const links = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href));
        const live = links.filter((href) => !/^(https?:|data:application\/json|data:text\/markdown)/i.test(href));
        assert.deepEqual(live, [], `${url}: every link is http(s) or a download`);
        assert.deepEqual(events, [], `${url} at ${width} px`);
      }
      await page.close();
    }
  });

  test("the hostile strings reach the page as visible text, and skipped input's reasons too", { timeout: SLOW }, async () => {
    const page = await newPage(390);
    const { events } = await watch(page, served.base);
    await page.goto(`${served.base}/app/#/documents/hostile-0`);
    await settled(page);
    const shown = (await page.textContent("main")) ?? "";
    assert.ok(shown.includes(XSS_VECTORS[0] ?? "?"), "the script tag is shown as the words it is");
    assert.equal(await page.locator("main script, main img, main iframe, main svg").count(), 0, "no element was made from article text");
    await page.goto(`${served.base}/app/#/ingest`);
    await page.fill("textarea", `{"text": ${JSON.stringify(XSS_VECTORS[8])}, "title": 5}\n{"html": "${XSS_VECTORS[12]}"`);
    await page.click('form button[type="submit"]');
    await page.waitForSelector("#results", { timeout: SLOW });
    await settled(page);
    const result = (await page.textContent(`section[aria-labelledby="results"]`)) ?? "";
    assert.match(result, /[1-9]\d* inputs? skipped/);
    assert.match(result, /What was skipped and why/);
    assert.deepEqual(events, []);
    await page.close();
  });
});
