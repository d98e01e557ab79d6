import type { Static, TSchema } from "@sinclair/typebox";
import type { IncomingMessage } from "node:http";
import type { MapData } from "../report/index.js";
import type { ApiData } from "./data.js";
import type { Reply } from "./reply.js";

/** What every handler can use: the data, and what the server loads once. */
export interface ApiContext {
  readonly data: ApiData;
  readonly mapData: MapData;
  /** The request body's size limit in bytes. */
  readonly maxBodyBytes: number;
}

/** One documented answer of a route: the OpenAPI document is built from these. */
export interface Answer {
  readonly description: string;
  /** The JSON schema of the body; absent for a body that is not JSON (or no body). */
  readonly schema?: TSchema;
  /** Media types of the body; defaults to application/json when `schema` is given. */
  readonly media?: readonly string[];
}

export interface Call<Q extends TSchema> {
  readonly context: ApiContext;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The query, checked against the route's schema and coerced to its types. */
  readonly query: Static<Q>;
  readonly request: IncomingMessage;
}

/** A route of the API: its place, its documentation and its handler. */
export interface Route<Q extends TSchema = TSchema> {
  readonly method: "GET" | "POST";
  /** An OpenAPI path template: `{name}` is one path segment. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly query: Q;
  /** The documented answers besides the problems every route may give. */
  readonly answers: Readonly<Record<number, Answer>>;
  /** A request body, for the write routes; they need the bearer token when one is set. */
  readonly body?: { readonly description: string; readonly media: Readonly<Record<string, TSchema>> };
  readonly handle: (call: Call<Q>) => Promise<Reply>;
}

/** Declares a route, typing its handler's query by the route's query schema. */
export function route<Q extends TSchema>(definition: Route<Q>): Route {
  return definition as unknown as Route;
}

/** The route template as a pattern with one capture a parameter, and the parameters' names. */
export function compilePath(path: string): { readonly pattern: RegExp; readonly names: readonly string[] } {
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/gu, "\\$&").replace(/\{(\w+)\}/gu, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { pattern: new RegExp(`^${source}$`, "u"), names };
}
