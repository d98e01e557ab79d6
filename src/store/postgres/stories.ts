import type { ReportStory } from "../../model/report.js";
import type { OwnedRow, RecordKind } from "../lists.js";
import { build, encodeStory, ENTITY, EVENT, FACT, QUOTE, STORY_TABLES, type StoryTable } from "../story-rows.js";
import { insertRows, type Sql } from "./sql.js";

/**
 * The story tables on PostgreSQL: the rows `encodeStory` gives, inserted table by table in
 * multi-row statements, and read back a whole list at a time (one query per table, not one per
 * record), rebuilt by the same `build` as SQLite's.
 */

/** Writes `stories` at `revision` (their old rows must be gone), then their first and last dates. */
export async function writeStories(sql: Sql, stories: readonly ReportStory[], revision: number): Promise<void> {
  if (stories.length === 0) return;
  const encoded = stories.map((s) => encodeStory(s, revision));
  for (const table of Object.keys(STORY_TABLES) as StoryTable[]) {
    const columns = STORY_TABLES[table];
    await insertRows(sql, `INSERT INTO ${table} (${columns.join(", ")})`, columns.length, encoded.flatMap((rows) => rows[table]));
  }
  // The day part of the earliest and latest dated document, as `dateRange` computes it for SQLite.
  await sql.run(
    `UPDATE stories s SET first_date = x.first, last_date = x.last FROM (
       SELECT sd.story_id, min(substr(d.published_at, 1, 10)) AS first, max(substr(d.published_at, 1, 10)) AS last
       FROM story_documents sd JOIN documents d ON d.id = sd.document_id WHERE sd.story_id = ANY(?) GROUP BY sd.story_id) x
     WHERE s.id = x.story_id`,
    [stories.map((s) => s.id)],
  );
}

/** Child rows keyed by story and owner (and part), in list order. */
class Children {
  private readonly map = new Map<string, string[]>();
  static key(story: string, owner: number, part = 0): string {
    return `${story}\u0000${owner}\u0000${part}`;
  }
  add(key: string, value: string): void {
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
  get(key: string): string[] {
    return this.map.get(key) ?? [];
  }
}

const SPAN_KIND: Record<RecordKind, string> = { entity: ENTITY, event: EVENT, fact: FACT, quote: QUOTE };

/** The (story, owner) pairs of `rows` as two parallel arrays, for `unnest`. */
const owners = (rows: readonly OwnedRow[]): [string[], number[]] => [rows.map((r) => r.story_id), rows.map((r) => r.position)];
const OF_OWNERS = "(story_id, %) IN (SELECT * FROM unnest(?::text[], ?::int[]))";

async function children(sql: Sql, select: string, table: string, owner: string, rows: readonly OwnedRow[], extra = "", params: readonly unknown[] = []): Promise<Children> {
  const out = new Children();
  const found = await sql.all<{ story_id: string; owner: number; part: number; value: string }>(
    `SELECT story_id, ${owner} AS owner, ${select} FROM ${table} WHERE ${extra}${OF_OWNERS.replace("%", owner)} ORDER BY story_id, ${owner}, part, position`,
    [...params, ...owners(rows)],
  );
  for (const r of found) out.add(Children.key(r.story_id, r.owner, r.part), r.value);
  return out;
}

/** Rebuilds records of one kind from their rows, loading their child rows in three queries at most. */
export async function hydrate(sql: Sql, kind: RecordKind, rows: readonly OwnedRow[]): Promise<unknown[]> {
  if (rows.length === 0) return [];
  const spans = await children(sql, "part, record AS value", "spans", "owner", rows, "kind = ? AND ", [SPAN_KIND[kind]]);
  const spansOf = (r: OwnedRow, part = 0): string[] => spans.get(Children.key(r.story_id, r.position, part));
  switch (kind) {
    case "entity": {
      const spellings = await children(sql, "0 AS part, spelling AS value", "entity_spellings", "entity_position", rows);
      return rows.map((r) => build.entity(r.record, spellings.get(Children.key(r.story_id, r.position)), spansOf(r)));
    }
    case "fact": {
      const values = await sql.all<{ story_id: string; fact_position: number; position: number; record: string }>(
        `SELECT story_id, fact_position, position, record FROM fact_values WHERE ${OF_OWNERS.replace("%", "fact_position")} ORDER BY story_id, fact_position, position`,
        owners(rows),
      );
      const byFact = new Map<string, { record: string; sources: string[] }[]>();
      for (const v of values) {
        const key = Children.key(v.story_id, v.fact_position);
        const entry = { record: v.record, sources: spans.get(Children.key(v.story_id, v.fact_position, v.position)) };
        const list = byFact.get(key);
        if (list) list.push(entry);
        else byFact.set(key, [entry]);
      }
      return rows.map((r) => build.fact(r.record, byFact.get(Children.key(r.story_id, r.position)) ?? []));
    }
    case "event":
      return rows.map((r) => build.event(r.record, spansOf(r)));
    case "quote":
      return rows.map((r) => build.quote(r.record, spansOf(r)));
  }
}

const RECORD_LISTS = [
  ["entities", "entity"],
  ["events", "event"],
  ["facts", "fact"],
  ["quotes", "quote"],
] as const;

/** The stories with these ids, in the order given (unknown ids left out). */
export async function readStories(sql: Sql, ids: readonly string[]): Promise<ReportStory[]> {
  if (ids.length === 0) return [];
  const heads = await sql.all<{ id: string; title: string }>("SELECT id, title FROM stories WHERE id = ANY(?)", [ids]);
  const members = await sql.all<{ story_id: string; document_id: string }>(
    "SELECT story_id, document_id FROM story_documents WHERE story_id = ANY(?) ORDER BY story_id, position",
    [ids],
  );
  const records = new Map<string, Map<string, unknown[]>>();
  const grouped = (table: string, story: string): unknown[] => records.get(table)?.get(story) ?? [];
  const group = (table: string, storyIds: readonly string[], values: readonly unknown[]): void => {
    const byStory = new Map<string, unknown[]>();
    storyIds.forEach((s, i) => {
      const list = byStory.get(s);
      if (list) list.push(values[i]);
      else byStory.set(s, [values[i]]);
    });
    records.set(table, byStory);
  };
  group("members", members.map((m) => m.story_id), members.map((m) => m.document_id));
  for (const [table, kind] of RECORD_LISTS) {
    const rows = await sql.all<OwnedRow>(`SELECT story_id, position, record FROM ${table} WHERE story_id = ANY(?) ORDER BY story_id, position`, [ids]);
    group(table, rows.map((r) => r.story_id), await hydrate(sql, kind, rows));
  }
  const copies = await sql.all<OwnedRow>("SELECT story_id, position, record FROM copies WHERE story_id = ANY(?) ORDER BY story_id, position", [ids]);
  group("copies", copies.map((r) => r.story_id), copies.map((r) => build.copy(r.record)));
  const byId = new Map(heads.map((h) => [h.id, h]));
  return ids.flatMap((id) => {
    const head = byId.get(id);
    if (!head) return [];
    return [{
      id: head.id,
      title: head.title,
      documentIds: grouped("members", id),
      entities: grouped("entities", id),
      events: grouped("events", id),
      facts: grouped("facts", id),
      quotes: grouped("quotes", id),
      copies: grouped("copies", id),
    } as ReportStory];
  });
}
