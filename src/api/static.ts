import { readFileSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the analyst's app is mounted; `/` stays the HTML report. */
export const APP_PREFIX = "/app/";

/**
 * The built app (`npm run build:web`). Both src/api/static.ts and its compiled dist/api/static.js
 * sit two folders below the package root, so one relative path finds dist/web from either.
 */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

/**
 * What the app's pages may do: run and style only from this origin, fetch only this origin,
 * no inline script or style, no plugins, no framing, no forms posted anywhere.
 */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The file a request path names inside `root`, or null for anything outside it, hidden or unknown. */
export function staticFile(pathname: string, root: string = WEB_ROOT): string | null {
  if (!pathname.startsWith(APP_PREFIX)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(APP_PREFIX.length));
  } catch {
    return null;
  }
  if (relative === "") relative = "index.html";
  if (relative.includes("\0") || relative.split("/").some((part) => part.startsWith("."))) return null;
  const file = normalize(join(root, relative));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!(extname(file) in TYPES)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Answers a GET for the app: `/app` redirects to `/app/`, `/app/` is its page and `/app/assets/*`
 * its bundle (hashed names, so cached for good). Returns false when the path is not the app's or
 * names no file, leaving the answer to the caller's other routes.
 */
export function serveStatic(pathname: string, response: ServerResponse, root: string = WEB_ROOT): boolean {
  if (pathname === APP_PREFIX.slice(0, -1)) {
    response.writeHead(308, { location: APP_PREFIX });
    response.end();
    return true;
  }
  const file = staticFile(pathname, root);
  if (!file) return false;
  const body = readFileSync(file);
  const hashed = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": body.length,
    "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    "content-security-policy": APP_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  response.end(body);
  return true;
}
