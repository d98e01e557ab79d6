/**
 * Leave-topics-out story scores of a built program, measured from outside: each fold's ECB+ dev
 * documents (the same five folds as eval/cluster.ts: topics sorted, dealt round robin) are sent
 * as `{id, text}` JSONL under opaque ids to `<bin> analyze`, one run per fold, and the report's
 * stories are scored with B-cubed, a document in no story counting as a singleton (as devscore
 * scores them). Unlike eval/cluster.ts it trains nothing, so it can score any build, including an
 * older commit's, the same way: the figure the issue's "no lower than today's" compares against.
 *
 * Usage: node --import tsx eval/cluster-cli.ts [--bin PATH/TO/dist/cli/main.js]
 * (default: this checkout's dist/cli/main.js, so run `npm run build` first).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bcubed, meanBCubed, type BCubed } from "./cluster-metrics.js";
import { dealFolds, ECB_SET, readRows, type Row } from "./cluster-data.js";
import { FOLDS, formatBCubed } from "./cluster.js";

/** An id that names neither topic nor sub-topic (ECB+ file names spell both out). */
const opaque = (id: string): string => `d${createHash("sha1").update(`corroborate-cli-folds:${id}`).digest("hex").slice(0, 12)}`;

/**
 * Each fold's rows (topics dealt as eval/cluster.ts deals them, `dealFolds`), in a fixed order
 * that is a shuffle of the set's (sorted by opaque id).
 */
export function ecbFolds(rows: readonly Row[], folds = FOLDS): Row[][] {
  const foldOf = dealFolds(rows.map((r) => String(r.topic)), folds);
  const ordered = rows.map((r) => ({ ...r, id: opaque(r.id) })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Array.from({ length: folds }, (_, k) => ordered.filter((r) => foldOf.get(String(r.topic)) === k));
}

/** Story of each document id in a report.json (the first story that lists it). */
function storiesOf(reportPath: string): Map<string, string> {
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as { stories?: { documentIds?: string[] }[] };
  const out = new Map<string, string>();
  (report.stories ?? []).forEach((s, k) => {
    for (const id of s.documentIds ?? []) if (!out.has(id)) out.set(id, `s${k}`);
  });
  return out;
}

/** Runs `bin analyze` on each fold and scores it; the mean is over folds, as eval/cluster.ts reports. */
export function scoreBuild(bin: string, rows: readonly Row[], onFold?: (k: number, b: BCubed, seconds: number) => void): BCubed {
  const work = mkdtempSync(join(tmpdir(), "corroborate-cli-folds-"));
  try {
    const scores = ecbFolds(rows).map((fold, k) => {
      const input = join(work, `fold${k}.jsonl`);
      writeFileSync(input, fold.map((r) => JSON.stringify({ id: r.id, text: r.text })).join("\n") + "\n");
      const began = performance.now();
      execFileSync(process.execPath, [bin, "analyze", input, "--out", join(work, `out${k}`)], { stdio: "ignore" });
      const b = bcubed(storiesOf(join(work, `out${k}`, "report.json")), new Map(fold.map((r) => [r.id, r.subtopic!] as const)));
      onFold?.(k, b, (performance.now() - began) / 1000);
      return b;
    });
    return meanBCubed(scores);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--bin");
  const bin = at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
  if (!existsSync(ECB_SET)) {
    console.log(`no ECB+ dev set at ${ECB_SET}; skipped`);
    process.exit(0);
  }
  const mean = scoreBuild(bin, readRows(ECB_SET), (k, b, s) => console.log(`fold ${k}: ECB+ alone ${formatBCubed(b)} (${s.toFixed(0)} s)`));
  console.log(`mean:   ECB+ alone ${formatBCubed(mean)}`);
}
