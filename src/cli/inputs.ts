import { existsSync } from "node:fs";
import { UserError } from "./errors.js";

/**
 * Fails on an input path that does not exist, naming it: a mistyped path is the user's error,
 * not a document to skip quietly. With `allowMissing` (the `--allow-missing` flag, for scripts
 * whose inputs may vanish) such a path is left to the reader, which skips it with a warning.
 * `-` (standard input) always exists.
 */
export function checkInputPaths(inputs: readonly string[], allowMissing: boolean): void {
  if (allowMissing) return;
  const missing = inputs.filter((path) => path !== "-" && !existsSync(path));
  if (missing.length === 0) return;
  const named = missing.map((path) => `"${path}"`).join(", ");
  const noun = missing.length === 1 ? "no such file or folder" : "no such files or folders";
  throw new UserError(`${noun}: ${named} (--allow-missing skips missing inputs with a warning)`);
}
