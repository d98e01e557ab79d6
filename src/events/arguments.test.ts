import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../model/entity.js";
import { clauseArguments } from "./arguments.js";
import type { EntitySpan } from "./cues.js";
import { testWords } from "./test-support/layer.js";
import { posByStart } from "./words.js";

/** Invented clause with its entities marked by name; returns the arguments as names. */
function argsOf(text: string, trigger: string, names: Readonly<Record<string, Entity["type"]>>) {
  const spans: EntitySpan[] = Object.entries(names).map(([name, type]) => {
    const start = text.indexOf(name);
    const entity: Entity = { id: name, storyId: "s", type, name, aliases: [], mentions: [], geo: type === "location" ? { lat: 0, lon: 0, country: "XX", admin1: null } : null };
    return { documentId: "d", start, end: start + name.length, entity };
  });
  const toks = testWords(text);
  const at = text.indexOf(trigger);
  return clauseArguments(toks, spans, { start: at, end: at + trigger.length }, [0, toks.length], posByStart([toks]));
}

test("the subject of an active verb acts and its object is the target; a place after 'in' is the place", () => {
  const a = argsOf("Kelvar Guard arrested Tova Ren in Ostrel on Tuesday.", "arrested", { "Kelvar Guard": "organization", "Tova Ren": "person", Ostrel: "location" });
  assert.deepEqual(a.actors, ["Kelvar Guard"]);
  assert.deepEqual(a.targets, ["Tova Ren"]);
  assert.deepEqual(a.places, ["Ostrel"]);
});

test("a passive's subject is the target and its 'by' phrase the actor", () => {
  const a = argsOf("Tova Ren was sentenced by the Vessany High Court.", "sentenced", { "Tova Ren": "person", "Vessany High Court": "organization" });
  assert.deepEqual(a.actors, ["Vessany High Court"]);
  assert.deepEqual(a.targets, ["Tova Ren"]);
});

test("a ministry acts for the country that owns it, and a diplomat's city is not the happening's place", () => {
  const text = "Larnach's Foreign Ministry summoned the envoy in Dunmore over the strikes.";
  const a = argsOf(text, "summoned", { Larnach: "location", "Foreign Ministry": "organization", Dunmore: "location" });
  assert.deepEqual(a.actors, ["Foreign Ministry", "Larnach"]);
  assert.deepEqual(a.places, []);
});
