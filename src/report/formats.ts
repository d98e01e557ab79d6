// The report formats alone, so the command line can offer them without loading the renderers.

/** The formats a report can be written in. */
export const REPORT_FORMATS = ["json", "md", "html", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `analyze` writes by default: the three formats it always wrote. */
export const DEFAULT_REPORT_FORMATS: readonly ReportFormat[] = ["json", "md", "html"];

/** The file each format is written to in an output folder. */
export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  json: "report.json",
  md: "report.md",
  html: "report.html",
  csv: "events.csv",
};

/**
 * Parses a `--format` value: one format or a comma-separated list ("md,csv"), each once, in the
 * order given. Throws an Error naming the bad part; callers turn it into a user error.
 *
 * @example
 * parseReportFormats("html,csv") // ["html", "csv"]
 */
export function parseReportFormats(value: string): ReportFormat[] {
  const parts = value.split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0) throw new Error(`no format given; choose from ${REPORT_FORMATS.join(", ")}`);
  const out: ReportFormat[] = [];
  for (const part of parts) {
    const format = part === "markdown" ? "md" : part;
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`unknown format "${part}"; choose from ${REPORT_FORMATS.join(", ")}`);
    if (!out.includes(format as ReportFormat)) out.push(format as ReportFormat);
  }
  return out;
}
