import assert from "node:assert/strict";
import { test } from "node:test";
import { describeFailure, INTERNAL_ERROR_EXIT, UserError } from "./errors.js";

test("a user error is its own message and exit code", () => {
  assert.deepEqual(describeFailure(new UserError("cannot write the report to out", 2)), { line: "cannot write the report to out", exitCode: 2 });
});

test("a bug is one line without a stack unless debugging is asked for", () => {
  const bug = new TypeError("cannot read properties of undefined\nsecond line");
  const plain = describeFailure(bug);
  assert.equal(plain.exitCode, INTERNAL_ERROR_EXIT);
  assert.equal(plain.line.includes("\n"), false);
  assert.match(plain.line, /^internal error: cannot read properties of undefined \(a bug/);
  assert.match(describeFailure(bug, true).line, /\n.*errors\.test\.ts/);
});
