import { createServer, type Server, type ServerResponse } from "node:http";
import { serveStatic } from "../../api/static.js";
import { loadMapData, renderHtml, type MapData } from "../../report/index.js";
import type { Store } from "../../store/index.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";
import { storyReport } from "./report.js";
import { openExistingStore } from "./stories.js";

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
}

/**
 * `serve`: a read-only HTTP view of a store. `/` is the HTML report; `/api/stories`,
 * `/api/stories/:id`, `/api/report` and `/api/search?q=` answer JSON.
 */
export async function serveCommand(options: ServeOptions, io: CliIo): Promise<Server> {
  const store = openExistingStore(options.db);
  // The map outlines are read once per server, not once per request.
  const mapData = loadMapData();
  const server = createServer((request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (request.method !== "GET") return send(response, 405, { error: "read-only: GET only" });
      route(store, url, response, mapData);
    } catch (error) {
      if (error instanceof UserError) return send(response, 404, { error: error.message });
      send(response, 500, { error: "internal error" });
      io.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
  });
  server.on("close", () => store.close());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  io.stderr.write(`serving ${options.db} on http://${options.host}:${port}/\n`);
  return server;
}

function route(store: Store, url: URL, response: ServerResponse, mapData: MapData): void {
  if (serveStatic(url.pathname, response)) return;
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (path === "/api/stories") return send(response, 200, store.stories());
  if (path === "/api/search") return send(response, 200, store.search(url.searchParams.get("q") ?? ""));
  const report = store.report();
  if (!report) return send(response, 404, { error: "the store holds no analysis yet" });
  if (path === "/") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:" });
    response.end(renderHtml(report, { mapData }));
    return;
  }
  if (path === "/api/report") return send(response, 200, report);
  const story = /^\/api\/stories\/([^/]+)$/.exec(path);
  if (story?.[1]) return send(response, 200, storyReport(report, decodeURIComponent(story[1])));
  send(response, 404, { error: `no route ${path}` });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}
