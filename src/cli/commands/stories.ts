import { existsSync } from "node:fs";
import { openStore, type Store } from "../../store/index.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";

/** Opens an existing store read-side; a missing file is a clear error, not a new empty database. */
export function openExistingStore(file: string): Store {
  if (!existsSync(file)) throw new UserError(`no store at ${file}: run \`corroborate ingest <inputs...> --db ${file}\` first`);
  return openStore(file);
}

/** `stories`: one line a story (id, documents, title), or JSON with --json. */
export async function storiesCommand(options: { db: string; json?: boolean }, io: CliIo): Promise<void> {
  const store = openExistingStore(options.db);
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
