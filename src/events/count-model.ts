import type { CountModel } from "../model/resources.js";
import { parseNumber, qualifierBefore } from "./numbers.js";
import type { Word as Tok } from "./words.js";
import { maxOf } from "../core/extent.js";

/**
 * The trained count classifier (models/counts/): for each cardinal in a sentence, whether it
 * counts the killed, the injured, everyone shot, or something else, from the words around it.
 * A multi-class averaged perceptron over sparse string features; `scripts/train-counts.ts`
 * trains it on gva-dev and writes the weights.
 */
export const COUNT_LABELS = ["other", "killed", "injured", "shot"] as const;
export type CountLabel = (typeof COUNT_LABELS)[number];

export type { CountModel };

/** The weights file: `{ labels, weights: { feature: [w...] } }`. */
export interface CountModelFile {
  readonly labels: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** A cardinal in a sentence with the features the classifier reads. */
export interface NumberMention {
  readonly value: number;
  /** Token range of the number. */
  readonly from: number;
  readonly to: number;
  readonly features: readonly string[];
}

const DEATH = /^(killed|kill|killing|dead|died|dies|death|deaths|fatal|fatally|fatalities|murder|murdered|murders|slain|homicide|homicides|lives)$/;
const HURT = /^(injured|injuring|injuries|wounded|wounding|hurt|hospitalized|hospitalised|critical|stable|non-fatal|nonfatal|treated)$/;
const SHOT = /^(shot|shooting|shootings|gunfire|struck|hit)$/;

function cueClass(w: string): string | null {
  if (DEATH.test(w)) return "death";
  if (HURT.test(w)) return "hurt";
  if (SHOT.test(w)) return "shot";
  return null;
}

/** A crude lemma: plural and verb endings off, so "killings"/"killed"/"killing" share a feature. */
function lemma(w: string): string {
  if (w.length > 5 && w.endsWith("ings")) return w.slice(0, -4);
  if (w.length > 4 && (w.endsWith("ing") || w.endsWith("ies"))) return w.slice(0, -3);
  if (w.length > 3 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

const WINDOW = 6;

/**
 * Features of the cardinal at tokens [from, to) of a sentence (`title`: the sentence is a headline):
 * digits or words, headline, the words and part-of-speech tags around it, its qualifier, the
 * lemmas within WINDOW on each side and the first cue word on each side with its distance.
 * The value itself is deliberately not a feature: gva-dev's incidents are mostly single deaths, so
 * a prior over sizes would learn that "seven killed" is rarely the toll, which is false of the
 * held-out sets (spread over 0/1/2/3+ killed) and of conflict news.
 */
export function mentionFeatures(toks: readonly Tok[], from: number, to: number, value: number, title: boolean): string[] {
  const f: string[] = ["bias", /^\d/.test(toks[from]?.lower ?? "") ? "digit" : "word"];
  if (title) f.push("title");
  const word = (i: number): string => {
    const t = toks[i];
    return t ? (t.word ? lemma(t.lower) : t.text) : i < 0 ? "<s>" : "</s>";
  };
  f.push(`w-1=${word(from - 1)}`, `w-2=${word(from - 2)}`, `w+1=${word(to)}`, `w+2=${word(to + 1)}`, `w+3=${word(to + 2)}`);
  f.push(`w+1,2=${word(to)}_${word(to + 1)}`, `w-1,+1=${word(from - 1)}_${word(to)}`);
  // The layer's part-of-speech tags of the neighbours (the old regular-expression tokens had none):
  // "3 people" (a noun follows) against "at 3 in the morning", "Route 66" (a proper noun before).
  const pos = (i: number): string => toks[i]?.pos ?? (i < 0 ? "<s>" : "</s>");
  f.push(`p-1=${pos(from - 1)}`, `p+1=${pos(to)}`, `p+1,2=${pos(to)}_${pos(to + 1)}`);
  const q = qualifierBefore(toks, from);
  if (q) f.push(`q=${q.qualifier}`);
  // The words on each side within WINDOW, and the first cue word on each side with its distance.
  const cue: { R: string | null; L: string | null } = { R: null, L: null };
  const side = (t: Tok | undefined, s: "R" | "L", k: number): void => {
    if (!t?.word) return;
    f.push(`${s}:${lemma(t.lower)}`);
    const c = cueClass(t.lower);
    if (c && !cue[s]) {
      cue[s] = c;
      f.push(`cue${s}=${c}`, `cue${s}=${c}@${Math.min(k, 3)}`);
    }
  };
  for (let k = 0; k < WINDOW; k++) {
    side(toks[to + k], "R", k);
    side(toks[from - 1 - k], "L", k);
  }
  if (cue.R && cue.L) f.push(`cues=${cue.L}_${cue.R}`);
  if (toks[to]?.text === ",") f.push("comma+1");
  return f;
}

/**
 * Every cardinal of a sentence's tokens (digits or number words, up to `maxValue`) with its
 * features; ages ("17-year-old"), decimals and clock times are left out as they are never counts.
 */
export function numberMentions(toks: readonly Tok[], title: boolean, maxValue = 1000): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const n = parseNumber(toks, i);
    if (!n || n.value > maxValue) continue;
    const after = toks[n.to];
    const age = after?.text === "-" && /^year/.test(toks[n.to + 1]?.lower ?? "");
    if (age || (toks[i]?.lower ?? "").includes(".") || after?.text === ":") {
      i = n.to - 1;
      continue;
    }
    out.push({ value: n.value, from: n.from, to: n.to, features: mentionFeatures(toks, n.from, n.to, n.value, title) });
    i = n.to - 1;
  }
  return out;
}

/** Label scores for a mention's features. */
export function scores(model: CountModel, features: readonly string[]): number[] {
  const s = COUNT_LABELS.map(() => 0);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < s.length; k++) s[k]! += w[k] ?? 0;
  }
  return s;
}

/** The best label and its margin over the runner-up. */
export function classify(model: CountModel, features: readonly string[]): { label: CountLabel; margin: number } {
  const s = scores(model, features);
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
  const runner = maxOf(s.filter((_, k) => k !== best));
  return { label: COUNT_LABELS[best]!, margin: s[best]! - runner };
}

/** Reads a weights file (weights in `COUNT_LABELS` order); throws on a file for other labels. */
export function parseCountModel(file: CountModelFile): CountModel {
  if (file.labels.join(",") !== COUNT_LABELS.join(",")) throw new Error(`count model labels ${file.labels.join(",")} are not ${COUNT_LABELS.join(",")}`);
  return { weights: new Map(Object.entries(file.weights)) };
}
