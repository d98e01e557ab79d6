import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { API } from "../core/tunables.js";
import type { MapData } from "../report/index.js";
import type { ApiData } from "./data.js";
import { PageCache } from "./html-cache.js";
import type { Offload } from "./offload.js";
import { API_VERSION, openApiDocument } from "./openapi.js";
import { parseQuery } from "./query.js";
import { renderStoryIndex } from "./index-page.js";
import { HTML_TYPE, json, problem, type Reply } from "./reply.js";
import { compilePath, type ApiContext, type Route } from "./route.js";
import { API_ROUTES } from "./routes.js";
import { serveStatic } from "./static.js";
import { createChecker, type Check } from "./validation.js";

/**
 * HTML answers run no script and load nothing from elsewhere: no script at all (inline or not),
 * styles only from the page itself (the report inlines its stylesheet), images only as data: URIs.
 */
export const HTML_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ApiOptions {
  readonly data: ApiData;
  /** Renders the HTML report off the request thread. */
  readonly offload: Offload;
  readonly mapData: MapData;
  /** The bearer token writes must carry, or null when writes are open (loopback only). */
  readonly token: string | null;
  readonly maxBodyBytes?: number;
  /** Where bugs are logged (the answer only says "internal error"). */
  readonly log: (message: string) => void;
}

interface Compiled {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly check: Check;
}

function sameToken(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function authorised(request: IncomingMessage, token: string | null): boolean {
  if (token === null) return true;
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(header);
  return match?.[1] !== undefined && sameToken(match[1], token);
}

/** Splits a request target into its raw path and query; null when a path segment's percent-encoding is broken. */
function target(url: string): { readonly path: string; readonly query: string } | null {
  const at = url.indexOf("?");
  const raw = at < 0 ? url : url.slice(0, at);
  try {
    // Segments stay encoded (an encoded "/" must not split one); decoding each here proves it can be.
    for (const segment of raw.split("/")) decodeURIComponent(segment);
  } catch {
    return null;
  }
  return { path: raw.length > 1 ? raw.replace(/\/+$/u, "") : raw, query: at < 0 ? "" : url.slice(at + 1) };
}

function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The reply with its encoded (and, when large, gzipped) body and entity tag, computed once for an answer served many times. */
function prepared(reply: Reply): Reply {
  const bytes = Buffer.from(reply.body, "utf8");
  return {
    ...reply,
    bytes,
    ...(reply.status === 200 ? { etag: etagOf(reply.body) } : {}),
    ...(bytes.length >= API.GZIP_MIN_BYTES ? { gzipped: gzipSync(bytes) } : {}),
  };
}

/** Whether the client takes gzip ("gzip" listed in Accept-Encoding, not with q=0). */
function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers["accept-encoding"];
  if (typeof header !== "string") return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    return coding?.trim() === "gzip" && !params.some((p) => /^\s*q=0(\.0*)?\s*$/u.test(p));
  });
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    "content-type": reply.contentType,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
    ...reply.headers,
  };
  if (reply.contentType.startsWith("text/html")) headers["content-security-policy"] = HTML_CSP;
  const gzipped = reply.gzipped !== undefined && acceptsGzip(request) ? reply.gzipped : null;
  if (reply.gzipped !== undefined) headers["vary"] = "accept-encoding";
  if (gzipped) headers["content-encoding"] = "gzip";
  if (reply.status === 200) {
    // Each representation has its own tag: the gzipped bytes are not the plain ones.
    const plain = reply.etag ?? etagOf(reply.body);
    const etag = gzipped ? `${plain.slice(0, -1)}-gz"` : plain;
    headers["etag"] = etag;
    const wanted = request.headers["if-none-match"];
    if (wanted !== undefined && (wanted.trim() === "*" || wanted.split(",").some((t) => t.trim().replace(/^W\//u, "") === etag))) {
      response.writeHead(304, { etag, "x-content-type-options": "nosniff", "cache-control": "no-cache" });
      response.end();
      return;
    }
  }
  const bytes = gzipped ?? reply.bytes ?? Buffer.from(reply.body, "utf8");
  headers["content-length"] = String(bytes.length);
  response.writeHead(reply.status, headers);
  response.end(request.method === "HEAD" ? undefined : bytes);
}

/**
 * The request handler of `serve`: /api/v1 (see docs/api.md), /api/openapi.json, the newest
 * stories at / and each story's HTML account at /stories/{id}, rendered once per revision of
 * that story. Reads are answered from a cache while the store's content version stays. Every
 * failure is a problem details answer; a bug is logged and answered 500 without its message.
 */
export function createApiHandler(options: ApiOptions): RequestListener {
  const checkQuery = createChecker({ coerce: true });
  const routes: Compiled[] = API_ROUTES.map((route) => ({ route, ...compilePath(route.path), check: checkQuery(route.query) }));
  const openApi = json(openApiDocument(API_ROUTES, API_VERSION));
  const context: ApiContext = { data: options.data, mapData: options.mapData, maxBodyBytes: options.maxBodyBytes ?? API.MAX_BODY_BYTES };
  // Answers and pages are cached as promises: requests arriving while one is read or rendered
  // wait for that one. Read answers are keyed by address at the store's content version (which
  // moves on writes by any process); a story's HTML page by that story's revision, so a write
  // renders again only the stories it changed.
  const answers = new PageCache<Promise<Reply>>(API.ANSWER_CACHE_ENTRIES);
  const pages = new PageCache<Promise<string>>(API.HTML_CACHE_STORIES);

  const storyPage = async (id: string): Promise<Reply> => {
    const revision = await options.data.storyRevision(id);
    if (revision === null) return problem("not-found", `no story has the id "${id}"`);
    const render = async (): Promise<string> => {
      const report = await options.data.storyReport(id);
      if (!report) throw new Error(`story ${id} has a revision but no record`);
      return options.offload.html(report);
    };
    const rendering = pages.get(String(revision), id, render);
    const body = await rendering.catch((error: unknown) => {
      pages.forget(id);
      throw error;
    });
    return { status: 200, contentType: HTML_TYPE, body };
  };

  const html = async (path: string): Promise<Reply | null> => {
    const story = /^\/stories\/([^/]+)$/u.exec(path)?.[1];
    if (story !== undefined) return storyPage(decodeURIComponent(story));
    if (path !== "/") return null;
    const newest = await options.data.stories({ page: 1, limit: API.MAX_PAGE_SIZE });
    if (newest.total === 0) return problem("not-found", "the store holds no analysis yet");
    return { status: 200, contentType: HTML_TYPE, body: renderStoryIndex(newest) };
  };

  const dispatch = async (request: IncomingMessage): Promise<Reply> => {
    const method = request.method ?? "GET";
    const where = target(request.url ?? "/");
    if (!where) return problem("bad-request", "malformed percent-encoding in the path");
    const read = method === "GET" || method === "HEAD";
    if (where.path === "/api/openapi.json") return read ? openApi : problem("method-not-allowed", `${method} is not allowed here`, { allow: "GET, HEAD" });
    const matches = routes.flatMap((c) => {
      const m = c.pattern.exec(where.path);
      return m ? [{ compiled: c, values: m.slice(1) }] : [];
    });
    if (matches.length === 0) {
      const page = read ? await html(where.path) : null;
      return page ?? problem("not-found", `nothing is served at ${where.path}`);
    }
    const match = matches.find((m) => m.compiled.route.method === (method === "HEAD" ? "GET" : method));
    if (!match) {
      const allow = matches.map((m) => m.compiled.route.method).join(", ");
      return problem("method-not-allowed", `${method} is not allowed here; use ${allow}`, { allow });
    }
    const { route, names, check } = match.compiled;
    if (route.body && !authorised(request, options.token)) {
      return problem("unauthorized", "this server takes writes only with its bearer token", { "www-authenticate": 'Bearer realm="corroborate"' });
    }
    const query = parseQuery(where.query, check);
    if (!query.ok) return problem("bad-request", query.reason);
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match.values[i] ?? "")]));
    return route.handle({ context, params, query: query.value, request });
  };

  /** A read's answer, from the cache when the store has not changed since it was made. */
  const read = async (request: IncomingMessage): Promise<Reply> => {
    const key = request.url ?? "/";
    const answer = answers.get(await options.data.contentVersion(), key, () => dispatch(request).then(prepared));
    const reply = await answer.catch((error: unknown) => {
      answers.forget(key);
      throw error;
    });
    if (reply.body.length > API.ANSWER_CACHE_MAX_CHARS) answers.forget(key);
    return reply;
  };

  return (request, response) => {
    const isRead = request.method === "GET" || request.method === "HEAD";
    // The analyst's app (/app/, built into dist/web) is static files under their own CSP.
    if (isRead && serveStatic(new URL(request.url ?? "/", "http://localhost").pathname, response)) return;
    (isRead ? read(request) : dispatch(request))
      .catch((error: unknown) => {
        options.log(`internal error on ${request.method ?? "?"} ${request.url ?? "?"}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return problem("internal", "the server failed on this request; the error is in its log");
      })
      .then((reply) => send(request, response, reply))
      .catch(() => response.destroy());
  };
}
