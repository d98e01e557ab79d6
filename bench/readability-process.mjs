// The reference for `bench:extraction`: what a user of Readability.js 0.6 on linkedom 0.18 would
// run to do `corroborate extract`'s job. One process reads the files named on the command line,
// runs Readability on each page and writes one JSON line per page.
import { readFileSync } from "node:fs";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

for (const file of process.argv.slice(2)) {
  let text = "";
  try {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    text = new Readability(document).parse()?.textContent ?? "";
  } catch {
    text = "";
  }
  process.stdout.write(`${JSON.stringify({ source: file, text })}\n`);
}
