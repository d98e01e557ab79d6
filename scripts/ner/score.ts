import type { TaggedName } from "../../src/text/ner/tagger.js";
import type { LabelledDoc } from "./corpus.js";

export interface NameScore {
  readonly f1: number;
  readonly p: number;
  readonly r: number;
  readonly perType: Record<string, { p: number; r: number; f1: number }>;
}

const SCORED = ["PER", "ORG", "LOC"];

/** Exact-span typed P/R/F1 over PER/ORG/LOC, micro-averaged, as devscore counts them (MISC is not scored). */
export function scoreNames(docs: readonly LabelledDoc[], predicted: ReadonlyArray<readonly TaggedName[]>): NameScore {
  const tp: Record<string, number> = {};
  const np: Record<string, number> = {};
  const ng: Record<string, number> = {};
  docs.forEach((d, i) => {
    const gold = new Set(d.entities.filter((e) => SCORED.includes(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of d.entities) if (SCORED.includes(e.type)) ng[e.type] = (ng[e.type] ?? 0) + 1;
    for (const n of predicted[i] ?? []) {
      if (!SCORED.includes(n.type)) continue;
      np[n.type] = (np[n.type] ?? 0) + 1;
      if (gold.has(`${d.starts[n.first] ?? -1}:${d.ends[n.end - 1] ?? -1}:${n.type}`)) tp[n.type] = (tp[n.type] ?? 0) + 1;
    }
  });
  const prf = (t: number, p: number, g: number): { p: number; r: number; f1: number } => {
    const P = p > 0 ? t / p : 0;
    const R = g > 0 ? t / g : 0;
    return { p: P, r: R, f1: P + R > 0 ? (2 * P * R) / (P + R) : 0 };
  };
  const sum = (o: Record<string, number>): number => SCORED.reduce((s, k) => s + (o[k] ?? 0), 0);
  const all = prf(sum(tp), sum(np), sum(ng));
  const perType: Record<string, { p: number; r: number; f1: number }> = {};
  for (const k of SCORED) perType[k] = prf(tp[k] ?? 0, np[k] ?? 0, ng[k] ?? 0);
  return { ...all, perType };
}

export function formatScore(s: NameScore): string {
  const types = Object.entries(s.perType).map(([k, v]) => `${k} ${v.f1.toFixed(3)}`).join(", ");
  return `F1 ${s.f1.toFixed(3)} (P ${s.p.toFixed(3)}, R ${s.r.toFixed(3)}; ${types})`;
}
