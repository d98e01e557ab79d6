import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { UserError } from "./errors.js";
import { checkInputPaths } from "./inputs.js";

const dir = mkdtempSync(join(tmpdir(), "corroborate-inputs-"));
const present = join(dir, "story.txt");
writeFileSync(present, "Some text.");

test("a mistyped input path is an error naming the path", () => {
  assert.throws(
    () => checkInputPaths([present, join(dir, "stroy.txt")], false),
    (error: unknown) => error instanceof UserError && error.message.includes("stroy.txt") && !error.message.includes("story.txt\""),
  );
});

test("--allow-missing leaves missing paths to the reader, and stdin and existing paths always pass", () => {
  assert.doesNotThrow(() => checkInputPaths([join(dir, "gone.txt")], true));
  assert.doesNotThrow(() => checkInputPaths(["-", present, dir], false));
});
