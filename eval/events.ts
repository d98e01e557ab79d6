/**
 * Scores events and facts on the team's annotated fixtures (eval/fixtures/events/<case>/: invented
 * incident reports by invented outlets, and gold.json with the events' class, type, date and
 * place, and each count's values, qualifiers and status). Every case's documents are one story,
 * so the score measures the events and reconcile stages, not clustering.
 *
 * Fields, each as precision / recall / F1 over (gold event, field value) tuples, where a
 * predicted event is paired with the gold event of its class and date (else class and place):
 * `event` (the pairing itself; unpaired predictions are false positives), `type`, `date`,
 * `location`; and over facts: `value` (event, property, value), `qualifier` (… and qualifier),
 * `status` (event, property, status).
 *
 * Run alone: node --import tsx eval/events.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dedupeStage } from "../src/dedupe/index.js";
import { entitiesStage } from "../src/entities/index.js";
import { classOf, eventsStage } from "../src/events/index.js";
import type { Document } from "../src/model/document.js";
import type { Entity } from "../src/model/entity.js";
import type { Event, Fact } from "../src/model/event.js";
import type { Resources } from "../src/model/resources.js";
import { createResources } from "../src/pipeline/resources.js";
import { reconcileStage } from "../src/reconcile/index.js";
import { textStage } from "../src/text/index.js";

export const EVENT_FIXTURES = fileURLToPath(new URL("./fixtures/events/", import.meta.url));

interface GoldEvent {
  readonly id: string;
  readonly class: string;
  readonly type: string;
  readonly date: string | null;
  readonly location: string | null;
}

interface GoldFact {
  readonly event: string;
  readonly property: string;
  readonly status: string;
  readonly values: readonly { readonly value: number | string; readonly qualifier: string | null }[];
}

interface Gold {
  readonly documents: Readonly<Record<string, { readonly outlet: string | null; readonly publishedAt: string | null }>>;
  readonly events: readonly GoldEvent[];
  readonly facts: readonly GoldFact[];
}

export interface FieldScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

export interface EventsScore {
  readonly cases: number;
  readonly fields: Readonly<Record<string, FieldScore>>;
}

const FIELDS = ["event", "type", "date", "location", "value", "qualifier", "status"] as const;
type Field = (typeof FIELDS)[number];

const fold = (s: string): string => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** Runs text, dedupe, entities, events and reconcile over one case's documents as one story. */
function analyse(docs: readonly Document[], resources: Resources): { events: readonly Event[]; facts: readonly Fact[]; entities: readonly Entity[] } {
  const { texts } = textStage.run({ documents: docs }, resources);
  const { copies } = dedupeStage.run({ documents: docs }, resources);
  const stories = [{ id: "sto_eval", title: "eval", documentIds: docs.map((d) => d.id).sort() }];
  const { entities } = entitiesStage.run({ documents: docs, texts, stories }, resources);
  const { events, factMentions } = eventsStage.run({ documents: docs, texts, stories, entities }, resources);
  const { facts } = reconcileStage.run({ factMentions, events, copies, documents: docs }, resources);
  return { events, facts, entities };
}

/** Pairs each gold event with at most one predicted event: same class and date, else same class and place. */
function pairEvents(gold: readonly GoldEvent[], predicted: readonly Event[], placeNames: (e: Event) => readonly string[]): Map<string, Event> {
  const pairs = new Map<string, Event>();
  const used = new Set<string>();
  const pick = (g: GoldEvent, ok: (e: Event) => boolean): Event | undefined =>
    predicted
      .filter((e) => !used.has(e.id) && classOf(e.type) === g.class && ok(e))
      .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))[0];
  for (const g of gold) {
    const e = pick(g, (x) => x.date === g.date) ?? pick(g, (x) => g.location !== null && placeNames(x).includes(fold(g.location)));
    if (e) {
      pairs.set(g.id, e);
      used.add(e.id);
    }
  }
  return pairs;
}

function tally(goldSet: ReadonlySet<string>, predictedSet: ReadonlySet<string>, into: Record<Field, { tp: number; gold: number; predicted: number }>, field: Field): void {
  const t = into[field];
  t.gold += goldSet.size;
  t.predicted += predictedSet.size;
  for (const x of predictedSet) if (goldSet.has(x)) t.tp++;
}

/**
 * Scores every case under `dir` (default eval/fixtures/events/) and returns precision, recall
 * and F1 per field, summed over cases (micro-averaged).
 * @example const { fields } = await evaluateEvents(); fields.value?.f1
 */
export async function evaluateEvents(dir: string = EVENT_FIXTURES, resources?: Resources): Promise<EventsScore> {
  const res = resources ?? (await createResources());
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, gold: 0, predicted: 0 }])) as Record<Field, { tp: number; gold: number; predicted: number }>;
  const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const name of cases) {
    const base = `${dir}/${name}`;
    const gold = JSON.parse(readFileSync(`${base}/gold.json`, "utf8")) as Gold;
    const docs: Document[] = Object.entries(gold.documents).map(([file, meta]) => ({
      id: `doc_${name}_${file}`, source: `${file}.txt`, url: null, title: null, outlet: meta.outlet, author: null,
      publishedAt: meta.publishedAt, language: "en", syndicator: null, text: readFileSync(`${base}/${file}.txt`, "utf8"), removed: [],
    }));
    const { events, facts, entities } = analyse(docs, res);
    const byId = new Map(entities.map((e) => [e.id, e] as const));
    const placeNames = (e: Event): string[] => e.locations.flatMap((id) => {
      const ent = byId.get(id);
      return ent ? [ent.name, ...ent.aliases].map(fold) : [];
    });
    const pairs = pairEvents(gold.events, events, placeNames);
    const goldOf = new Map([...pairs.entries()].map(([g, e]) => [e.id, g] as const));
    const key = (e: Event): string => goldOf.get(e.id) ?? `unpaired:${e.id}`;
    const goldEvents = (f: (g: GoldEvent) => string | null): Set<string> => new Set(gold.events.map((g) => `${g.id}|${f(g) ?? ""}`));
    const predictedEvents = (f: (e: Event) => string | null): Set<string> => new Set(events.map((e) => `${key(e)}|${f(e) ?? ""}`));
    tally(goldEvents(() => ""), predictedEvents(() => ""), counts, "event");
    tally(goldEvents((g) => g.type), predictedEvents((e) => e.type), counts, "type");
    tally(goldEvents((g) => g.date), predictedEvents((e) => e.date), counts, "date");
    // A predicted event is right about its place when any of its places is the gold one.
    const goldPlaces = goldEvents((g) => (g.location ? fold(g.location) : null));
    const predictedPlaces = new Set(events.map((e) => {
      const gp = gold.events.find((g) => g.id === goldOf.get(e.id))?.location;
      const hit = gp && placeNames(e).includes(fold(gp)) ? fold(gp) : placeNames(e)[0] ?? "";
      return `${key(e)}|${hit}`;
    }));
    tally(goldPlaces, predictedPlaces, counts, "location");
    const factKey = (f: Fact): string => `${goldOf.get(f.eventId) ?? `unpaired:${f.eventId}`}|${f.property}`;
    const counted = facts.filter((f) => f.property === "killed" || f.property === "injured");
    tally(
      new Set(gold.facts.flatMap((f) => f.values.map((v) => `${f.event}|${f.property}|${v.value}`))),
      new Set(counted.flatMap((f) => f.values.map((v) => `${factKey(f)}|${v.value}`))),
      counts, "value",
    );
    tally(
      new Set(gold.facts.flatMap((f) => f.values.map((v) => `${f.event}|${f.property}|${v.value}|${v.qualifier}`))),
      new Set(counted.flatMap((f) => f.values.map((v) => `${factKey(f)}|${v.value}|${v.qualifier}`))),
      counts, "qualifier",
    );
    tally(
      new Set(gold.facts.map((f) => `${f.event}|${f.property}|${f.status}`)),
      new Set(counted.map((f) => `${factKey(f)}|${f.status}`)),
      counts, "status",
    );
  }
  const fields: Record<string, FieldScore> = {};
  for (const f of FIELDS) {
    const { tp, gold, predicted } = counts[f];
    const precision = predicted ? tp / predicted : 0;
    const recall = gold ? tp / gold : 0;
    fields[f] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted };
  }
  return { cases: cases.length, fields };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const score = await evaluateEvents();
  console.log(`events and facts on ${score.cases} annotated cases`);
  console.log(`${"field".padEnd(10)}${"P".padStart(7)}${"R".padStart(7)}${"F1".padStart(7)}${"gold".padStart(6)}${"pred".padStart(6)}`);
  for (const [name, s] of Object.entries(score.fields)) {
    console.log(`${name.padEnd(10)}${s.precision.toFixed(3).padStart(7)}${s.recall.toFixed(3).padStart(7)}${s.f1.toFixed(3).padStart(7)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}`);
  }
}
