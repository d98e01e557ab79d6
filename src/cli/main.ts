import { processIo } from "./context.js";
import { describeFailure } from "./errors.js";
import { buildProgram } from "./program.js";

const io = processIo();

// A reader that stops early (`corroborate extract … | head -1`) closes the pipe: that ends the
// output the user wanted, not the run with an error, so exit quietly as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

/** One line on stderr and an exit code for whatever escaped a command; the stack only on request. */
function fail(error: unknown): void {
  const { line, exitCode } = describeFailure(error, process.env["CORROBORATE_DEBUG"] === "1");
  io.stderr.write(`corroborate: ${line}\n`);
  process.exitCode = exitCode;
}

process.on("uncaughtException", (error) => {
  fail(error);
  process.exit();
});
process.on("unhandledRejection", (error) => {
  fail(error);
  process.exit();
});

try {
  await buildProgram(io).parseAsync(process.argv);
} catch (error) {
  fail(error);
}
