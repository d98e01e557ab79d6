import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../model/report.js";
import { loadMapData } from "../../report/index.js";
import { openStore } from "../../store/index.js";
import { dataFromStore } from "../data-from-store.js";
import { createOffload } from "../offload.js";
import { createApiHandler } from "../server.js";
import { createOpenApiCheck } from "./openapi-check.js";

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  readonly body: unknown;
}

export interface TestApi {
  /** Sends a request; every /api answer is checked against the OpenAPI document first. */
  fetch(path: string, init?: RequestInit): Promise<Answer>;
  /** The folder holding the store: no answer may mention it. */
  readonly dir: string;
  readonly logged: string[];
  close(): Promise<void>;
}

/** Starts the API on a loopback port over a fresh store holding `report` (none when null). */
export async function startApi(options: { readonly report: Report | null; readonly token?: string; readonly maxBodyBytes?: number }): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-api-"));
  const file = join(dir, "store.db");
  const store = await openStore(file);
  if (options.report) await store.putReport(options.report);
  const offload = createOffload();
  const data = dataFromStore(store, offload, file);
  const logged: string[] = [];
  const validate = createOpenApiCheck();
  const handler = createApiHandler({
    data,
    offload,
    mapData: loadMapData(),
    token: options.token ?? null,
    log: (m) => logged.push(m),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    dir,
    logged,
    fetch: async (path, init) => {
      const response = await fetch(`${base}${path}`, init);
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const url = path.split("?")[0] ?? path;
      if (url.startsWith("/api/")) {
        assert.deepEqual(validate(init?.method ?? "GET", url, response.status, response.headers.get("content-type"), text), [], `${path} answers as documented`);
      }
      return { status: response.status, headers: response.headers, text, body };
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await data.close();
      await offload.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
