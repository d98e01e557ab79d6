import { Command, InvalidArgumentError, Option } from "commander";
import { parseReportFormats, REPORT_FORMATS, type ReportFormat } from "../report/formats.js";
import type { CliIo } from "./context.js";
import { checkInputPaths } from "./inputs.js";

const INPUTS_HELP = "files or folders (.txt .md .html .json .jsonl .xml/.rss/.atom), or - for JSON lines on stdin";
const DB_HELP = "store: a SQLite file, or a postgres:// URL (default: CORROBORATE_DB)";
const ALLOW_MISSING_HELP = "skip input paths that do not exist with a warning instead of failing";

/** Builds the `corroborate` command line; `io` is injected so tests run it in-process. */
export function buildProgram(io: CliIo): Command {
  const program = new Command("corroborate")
    .description("Turn many news articles into one cited account: events, entities, agreed and disputed facts, quotes, copies.")
    .version("0.1.0")
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command("analyze")
    .description("analyse articles and write report.json, report.md and report.html")
    .argument("<inputs...>", INPUTS_HELP)
    .requiredOption("-o, --out <dir>", "folder for the reports")
    .addOption(dbOption("store to use and keep (default: a temporary SQLite file)", false))
    .option("-q, --quiet", "no progress bar or summary")
    .option("--allow-missing", ALLOW_MISSING_HELP)
    .addOption(
      new Option("--format <formats>", `files to write, comma-separated: ${REPORT_FORMATS.join(", ")} (csv = events.csv, ACLED-style)`)
        .argParser(parseFormats)
        .default(["json", "md", "html"], "json,md,html"),
    )
    .option("--threads <n>", "threads for the per-document work (default 1: this thread only, measured faster on two cores); the same inputs and number give the same report", parseCount)
    .action(async (inputs: string[], opts: { out: string; db?: string; quiet?: boolean; allowMissing?: boolean; format: ReportFormat[]; threads?: number }) => {
      checkInputPaths(inputs, opts.allowMissing ?? false);
      // Each command loads its own modules: `extract` must not pay for the NLP model and gazetteer.
      const { analyzeCommand } = await import("./commands/analyze.js");
      await analyzeCommand(inputs, { out: opts.out, db: opts.db, quiet: opts.quiet, formats: opts.format, ...(opts.threads === undefined ? {} : { threads: opts.threads }) }, io);
    });

  program
    .command("extract")
    .description("print one extracted document a line as JSON")
    .argument("<inputs...>", INPUTS_HELP)
    .option("--jsonl", "JSON lines output (the default and only format)")
    .option("-q, --quiet", "no progress bar or summary")
    .option("--allow-missing", ALLOW_MISSING_HELP)
    .action(async (inputs: string[], opts: { quiet?: boolean; allowMissing?: boolean }) => {
      checkInputPaths(inputs, opts.allowMissing ?? false);
      await (await import("./commands/extract.js")).extractCommand(inputs, opts, io);
    });

  program
    .command("ingest")
    .description("store documents and their analysis in a SQLite file or PostgreSQL (idempotent)")
    .argument("<inputs...>", INPUTS_HELP)
    .addOption(dbOption(DB_HELP, true))
    .option("--queue <url>", "store the documents and leave their analysis to workers on this PostgreSQL job queue (see worker)")
    .option("-q, --quiet", "no progress bar or summary")
    .option("--allow-missing", ALLOW_MISSING_HELP)
    .action(async (inputs: string[], opts: { db: string; queue?: string; quiet?: boolean; allowMissing?: boolean }) => {
      checkInputPaths(inputs, opts.allowMissing ?? false);
      await (await import("./commands/ingest.js")).ingestCommand(inputs, opts, io);
    });

  program
    .command("worker")
    .description("take ingest and analysis jobs from the PostgreSQL job queue until Ctrl-C (any number of workers share them)")
    .addOption(dbOption("store: postgres://… (the queue is kept there too) or a SQLite file shared by the workers", true))
    .option("--queue <url>", "PostgreSQL database of the job queue (default: --db when it is PostgreSQL)")
    .option("--concurrency <n>", "stories analysed at once, each on a thread of its own", parseCount, 1)
    .option("-q, --quiet", "no progress lines")
    .action(async (opts: { db: string; queue?: string; concurrency: number; quiet?: boolean }) => {
      await (await import("./commands/worker.js")).workerCommand(opts, io);
    });

  program
    .command("watch")
    .description("ingest files as they appear in a folder, until Ctrl-C")
    .argument("<dir>", "folder to watch (its top level)")
    .addOption(dbOption(DB_HELP, true))
    .action(async (dir: string, opts: { db: string }) => (await import("./commands/watch.js")).watchCommand(dir, opts, io));

  program
    .command("stories")
    .description("list the stories in a store")
    .addOption(dbOption(DB_HELP, true))
    .option("--json", "print JSON")
    .action(async (opts: { db: string; json?: boolean }) => (await import("./commands/stories.js")).storiesCommand(opts, io));

  program
    .command("report")
    .description("print a story's report (every story when none is named)")
    .argument("[story]", "story id (or an unambiguous prefix)")
    .addOption(dbOption(DB_HELP, true))
    .addOption(new Option("--format <format>", "output format (csv: events, ACLED-style)").choices([...REPORT_FORMATS]).default("md"))
    .action(async (story: string | undefined, opts: { db: string; format: ReportFormat }) => (await import("./commands/report.js")).reportCommand(story, opts, io));

  program
    .command("serve")
    .description("serve a store over HTTP: the REST API (/api/v1, /api/openapi.json) and the HTML report (/)")
    .addOption(dbOption(DB_HELP, true))
    .option("--port <n>", "port", parsePort, 8080)
    .option("--host <host>", "address to listen on (beyond loopback, writes need --token)", "127.0.0.1")
    .option("--token <token>", "bearer token for writes (default: CORROBORATE_TOKEN)")
    .option("--queue <url>", "store POSTed documents and leave their analysis to workers on this PostgreSQL job queue (see worker)")
    .action(async (opts: { db: string; port: number; host: string; token?: string; queue?: string }) => {
      await (await import("./commands/serve.js")).serveCommand(opts, io);
    });

  return program;
}

/** `--db`, taken from CORROBORATE_DB when not given, so one variable points every command at a shared PostgreSQL. */
function dbOption(help: string, required: boolean): Option {
  const option = new Option("--db <store>", help).env("CORROBORATE_DB");
  return required ? option.makeOptionMandatory() : option;
}

function parseFormats(value: string): ReportFormat[] {
  try {
    return parseReportFormats(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("a count is 1-256");
  return n;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("a port is 0-65535");
  return port;
}
