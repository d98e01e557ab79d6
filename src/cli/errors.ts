import { isDiskFull } from "../store/disk-full.js";

/** An error the user can act on: printed as one clear line, with the given exit code, no stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** EX_SOFTWARE from sysexits.h: corroborate itself failed, not the user's input. */
export const INTERNAL_ERROR_EXIT = 70;

/**
 * The one line and exit code the CLI gives for an error that ended a command: a `UserError`'s
 * own message, or for anything else (a bug) its message with a request to report it; the stack
 * is added only when `debug` is set (CORROBORATE_DEBUG=1), never shown by default.
 *
 * @example describeFailure(new UserError("no such file")) // => { line: "no such file", exitCode: 1 }
 */
export function describeFailure(error: unknown, debug = false): { line: string; exitCode: number } {
  if (error instanceof UserError) return { line: error.message, exitCode: error.exitCode };
  if (isDiskFull(error)) {
    return { line: "the store's disk is full: the last write was not kept, everything stored before it is; free space and run again", exitCode: 1 };
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n", 1)[0] ?? "";
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return {
    line: `internal error: ${firstLine} (a bug: please report it; CORROBORATE_DEBUG=1 shows where)${stack}`,
    exitCode: INTERNAL_ERROR_EXIT,
  };
}
