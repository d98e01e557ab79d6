import { existsSync } from "node:fs";
import { isPostgresUrl, type Store } from "../../store/index.js";
import { openStoreOrExplain } from "../open-store.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";

/** Opens an existing store read-side; a missing SQLite file is a clear error, not a new empty database. */
export async function openExistingStore(target: string): Promise<Store> {
  if (!isPostgresUrl(target) && !existsSync(target)) throw new UserError(`no store at ${target}: run \`corroborate ingest <inputs...> --db ${target}\` first`);
  return openStoreOrExplain(target);
}

/** `stories`: one line a story (id, documents, title), or JSON with --json. */
export async function storiesCommand(options: { db: string; json?: boolean }, io: CliIo): Promise<void> {
  const store = await openExistingStore(options.db);
  try {
    const stories = await store.stories();
    if (options.json) {
      io.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
      return;
    }
    if (stories.length === 0) io.stderr.write("no stories stored yet\n");
    for (const s of stories) io.stdout.write(`${s.id}\t${s.documentCount} docs\t${s.title}\n`);
  } finally {
    await store.close();
  }
}
