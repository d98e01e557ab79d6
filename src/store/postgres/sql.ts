import type pg from "pg";

/** One connection's way to run SQL written with `?` parameters (numbered for PostgreSQL here). */
export interface Sql {
  all<R>(sql: string, params: readonly unknown[]): Promise<R[]>;
  run(sql: string, params: readonly unknown[]): Promise<void>;
  /** Runs several statements without parameters (a migration step). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

/** `?` parameters as PostgreSQL's `$1, $2, …`. Statements here never hold a `?` inside a string literal. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/gu, () => `$${(n += 1)}`);
}

/** Most parameters one statement takes (PostgreSQL's protocol counts them in 16 bits). */
const MAX_PARAMS = 65_535;

/**
 * Inserts `rows` (values in `columns` order) with as few statements as the parameter limit
 * allows. `value(i)` is the SQL of the i-th column's placeholder (`?` or an expression of it).
 */
export async function insertRows(sql: Sql, head: string, columns: number, rows: readonly (readonly unknown[])[], value = (_i: number) => "?", tail = ""): Promise<void> {
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const tuple = `(${Array.from({ length: columns }, (_, i) => value(i)).join(", ")})`;
  for (let at = 0; at < rows.length; at += per) {
    const chunk = rows.slice(at, at + per);
    await sql.run(`${head} VALUES ${chunk.map(() => tuple).join(", ")} ${tail}`, chunk.flat());
  }
}

type Queryable = pg.Pool | pg.PoolClient;

function over(db: Queryable, transaction: Sql["transaction"]): Sql {
  return {
    all: async <R>(sql: string, params: readonly unknown[]) => (await db.query(numbered(sql), [...params])).rows as R[],
    run: async (sql, params) => void (await db.query(numbered(sql), [...params])),
    exec: async (sql) => void (await db.query(sql)),
    transaction,
  };
}

/** A pool's `Sql`; `close` ends every connection. */
export function poolSql(pool: pg.Pool): Sql {
  const transaction = async <T>(work: (tx: Sql) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: unknown = undefined;
    try {
      await client.query("BEGIN");
      const tx = over(client, () => Promise.reject(new Error("transactions do not nest")));
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A failed ROLLBACK means the connection is gone: release it as broken so the pool drops it.
      await client.query("ROLLBACK").catch((rollback: unknown) => (broken = rollback));
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  };
  return over(pool, transaction);
}
