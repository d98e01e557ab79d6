import type { DocumentFull, EntityDetail, IngestAnswer, Page, StoryDetail, StoryFilters, StorySummary } from "./types.js";

/** The API lives on the app's own origin: the CSP allows no other (connect-src 'self'). */
export const API = "/api/v1";

/** A failed request, with the problem detail's words when the server gave them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function problem(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { title?: unknown; detail?: unknown };
    const words = [body.title, body.detail].filter((w): w is string => typeof w === "string" && w.length > 0);
    return new ApiError(response.status, words.join(": ") || response.statusText);
  } catch {
    return new ApiError(response.status, response.statusText || `HTTP ${response.status}`);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: { accept: "application/json" }, signal });
  if (!response.ok) throw await problem(response);
  return (await response.json()) as T;
}

const id = encodeURIComponent;

/** The query string of the story filters, empty fields left out so addresses stay short. */
export function filterQuery(filters: StoryFilters, limit?: number): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ["q", "from", "to", "place", "entity", "type", "outlet"] as const) {
    const value = filters[key].trim();
    if (value) query.set(key, value);
  }
  if (filters.disputed) query.set("disputed", "true");
  if (filters.page > 1) query.set("page", String(filters.page));
  if (limit !== undefined) query.set("limit", String(limit));
  return query;
}

export const listStories = (filters: StoryFilters, limit: number, signal?: AbortSignal) =>
  getJson<Page<StorySummary>>(`/stories?${filterQuery(filters, limit).toString()}`, signal);
export const getStory = (storyId: string, signal?: AbortSignal) => getJson<StoryDetail>(`/stories/${id(storyId)}`, signal);
export const getDocument = (documentId: string, signal?: AbortSignal) => getJson<DocumentFull>(`/documents/${id(documentId)}`, signal);
export const getEntity = (entityId: string, signal?: AbortSignal) => getJson<EntityDetail>(`/entities/${id(entityId)}`, signal);

/** The export formats of one story, as the API names them, with what a reader calls them. */
export const EXPORT_FORMATS = [
  ["json", "JSON"],
  ["md", "Markdown"],
  ["html", "HTML"],
  ["csv", "Events CSV"],
  ["geojson", "GeoJSON"],
] as const;

export function exportUrl(storyId: string, format: string): string {
  return `${API}/stories/${id(storyId)}/export?format=${encodeURIComponent(format)}`;
}

/** Sends one body of records (a JSON array or record, or JSON lines) to the ingest route. */
export async function postDocuments(body: string, contentType: "application/json" | "application/x-ndjson"): Promise<IngestAnswer> {
  const response = await fetch(`${API}/documents`, { method: "POST", headers: { "content-type": contentType, accept: "application/json" }, body });
  if (!response.ok) throw await problem(response);
  return (await response.json()) as IngestAnswer;
}
