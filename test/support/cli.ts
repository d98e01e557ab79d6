import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = new URL("../../", import.meta.url).pathname;
const MAIN = join(ROOT, "src/cli/main.ts");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI in a child process, as a user would, from the repo root. */
export function runCli(args: readonly string[], stdin?: string, env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    input: stdin ?? "",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = "corroborate-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
