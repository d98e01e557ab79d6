import assert from "node:assert/strict";
import { test } from "node:test";
import { EVENT_TYPE_INFO } from "../model/event-types.js";
import { EVENT_TYPES } from "./taxonomy.js";

test("every recognised event type has a label and an ACLED mapping in the model's vocabulary, and no entry is orphaned", () => {
  const recognised = EVENT_TYPES.map((t) => t.type).sort();
  assert.deepEqual(Object.keys(EVENT_TYPE_INFO).sort(), recognised);
  for (const type of recognised) {
    const info = EVENT_TYPE_INFO[type];
    // A type outside ACLED's scope has neither field; one inside has both.
    assert.ok(info !== undefined && info.label !== "" && (info.acledEventType === "") === (info.acledSubEventType === ""), type);
  }
});
