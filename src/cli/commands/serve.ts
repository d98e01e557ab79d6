import { createServer, type Server } from "node:http";
import { isIP } from "node:net";
import { createApiHandler } from "../../api/server.js";
import { dataFromStore } from "../../api/data-from-store.js";
import { createOffload } from "../../api/offload.js";
import { loadMapData } from "../../report/index.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";
import { openExistingStore } from "./stories.js";

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  /** Bearer token writes must carry; defaults to the CORROBORATE_TOKEN environment variable. */
  readonly token?: string;
  /** A PostgreSQL job queue: POSTed documents are stored and left to the workers (`worker`). */
  readonly queue?: string;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/gu, "").toLowerCase();
  if (bare === "localhost" || bare === "::1") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): UserError {
  if (error.code === "EADDRINUSE") return new UserError(`port ${port} on ${host} is already in use; choose another with --port`);
  if (error.code === "EACCES") return new UserError(`not allowed to listen on ${host}:${port}; choose a port above 1023 with --port`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") return new UserError(`${host} is not an address of this machine; check --host`);
  return new UserError(`cannot listen on ${host}:${port}: ${error.message}`);
}

/** The job queue POSTs hand their documents to, loaded only when asked for (pg-boss is not needed otherwise). */
async function openQueue(url: string): Promise<{ stored(ids: readonly string[]): Promise<void>; close(): Promise<void> }> {
  const { connectQueue, isPostgresUrl, queueStored } = await import("../../queue/index.js");
  if (!isPostgresUrl(url)) throw new UserError(`--queue needs a PostgreSQL URL (postgres://…), not ${url}`);
  const queue = await connectQueue(url);
  return { stored: (ids) => queueStored(queue, ids), close: () => queue.close() };
}

/**
 * `serve`: the REST API (/api/v1, docs/api.md), its OpenAPI document (/api/openapi.json) and the
 * HTML report (/, /stories/{id}). Loopback by default; on any other address writes need a token,
 * and the server will not start without one.
 */
export async function serveCommand(options: ServeOptions, io: CliIo): Promise<Server> {
  // An empty CORROBORATE_TOKEN (a shell's `VAR=`) is no token, not a blank one.
  const token = options.token ?? (process.env["CORROBORATE_TOKEN"] || null);
  if (token !== null && token.trim().length < 16) throw new UserError("the token must be at least 16 characters");
  if (!isLoopback(options.host) && token === null) {
    throw new UserError(`serving on ${options.host} lets other machines write: give a token with --token or CORROBORATE_TOKEN`);
  }
  const store = await openExistingStore(options.db);
  const offload = createOffload();
  const queue = options.queue === undefined ? null : await openQueue(options.queue);
  const data = dataFromStore(store, offload, options.db, queue ? (ids) => queue.stored(ids) : undefined);
  const log = (message: string) => io.stderr.write(`${message}\n`);
  const server = createServer(createApiHandler({ data, offload, mapData: loadMapData(), token, log }));
  server.on("close", () => void data.close().then(() => Promise.all([offload.close(), queue?.close()])));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await data.close();
    await offload.close();
    await queue?.close();
    throw listenError(error as NodeJS.ErrnoException, options.host, options.port);
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  io.stderr.write(`serving ${options.db} on http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}/ (API: /api/v1, contract: /api/openapi.json)\n`);
  return server;
}
