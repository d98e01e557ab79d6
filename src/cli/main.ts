import { processIo } from "./context.js";
import { UserError } from "./errors.js";
import { buildProgram } from "./program.js";

const io = processIo();
try {
  await buildProgram(io).parseAsync(process.argv);
} catch (error) {
  if (error instanceof UserError) {
    io.stderr.write(`corroborate: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
