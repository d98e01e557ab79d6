// Writes the generated JSON documents in schema/ from the TypeBox schemas: `npm run schemas`.
// Tests fail when a committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { GENERATED_SCHEMAS } from "../src/api/generated.js";

for (const [file, build] of Object.entries(GENERATED_SCHEMAS)) {
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(build(), null, 2)}\n`);
  process.stdout.write(`wrote schema/${file}\n`);
}
