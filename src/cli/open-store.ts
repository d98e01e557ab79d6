import { isPostgresUrl, openStore, type Store } from "../store/index.js";
import { UserError } from "./errors.js";

/** A store target fit to print: a URL's password is replaced, so it never lands in a log. */
export function printableTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "the given postgres:// URL";
  }
}

/**
 * Opens the store at `target` (SQLite file or postgres:// URL); a store that cannot be opened (a
 * bad URL, a server not running or refusing the login, a file that is not a database) is one
 * line naming it, not a stack trace.
 */
export async function openStoreOrExplain(target: string): Promise<Store> {
  try {
    return await openStore(target);
  } catch (error) {
    const message = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
    // An AggregateError (every address of a host refused) says more in its parts.
    const detail = error instanceof AggregateError && error.errors.length > 0 ? String((error.errors[0] as Error).message) : message;
    throw new UserError(`cannot open the store ${printableTarget(target)}: ${detail.split("\n")[0]}`);
  }
}
