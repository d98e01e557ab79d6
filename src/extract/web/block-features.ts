import type { Block } from "../blocks.js";
import { CONTENT_MARKS, NEGATIVE_MARKS, POSITIVE_MARKS } from "./patterns.js";

/**
 * Features of each block of a chosen article, for the block model (models/blocks): what the
 * block looks like (length, links, punctuation, digits), where it sits (first, last, share of
 * the article's text after it), what surrounds it, what its boxes are named, and its first
 * words. Binary and named, so the model file reads as a table and unseen names cost nothing.
 */

/** Sentence-final punctuation in several scripts, closing quotes allowed after it. */
const ENDS_SENTENCE = /[.!?。！？؟।…]["'”’»)\]]*$/u;
const DATE = /\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/u;
const CLOCK = /\b\d{1,2}[:.]\d{2}\s?(?:uhr|h|am|pm)?\b/iu;
const WEB = /@|https?:|www\.|\.(?:de|com|org|net|at|ch|fr|pl)\b/iu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Letters of the first words kept as features: chrome openers ("weitere", "mehr", "lesen") repeat across sites. */
const FIRST_WORDS = 2;
/** A block this short in words is a label, whose whole wording is a feature. */
const LABEL_WORDS = 4;

function bucket(value: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && value >= (edges[i] ?? Infinity)) i++;
  return i;
}

const LENGTH_EDGES = [10, 25, 50, 100, 200, 400, 800];
const DENSITY_EDGES = [0.01, 0.1, 0.3, 0.6];
const SHARE_EDGES = [0.02, 0.1, 0.3, 0.7, 0.9, 0.98];

function lengthClass(block: Block | undefined): string {
  return block === undefined ? "none" : String(bucket(block.text.length, LENGTH_EDGES));
}

function markFeatures(marks: string, out: string[]): void {
  if (marks === "") return;
  if (NEGATIVE_MARKS.test(marks)) out.push("marks:negative");
  if (POSITIVE_MARKS.test(marks)) out.push("marks:positive");
  if (CONTENT_MARKS.test(marks)) out.push("marks:content");
  const seen = new Set<string>();
  for (const word of marks.split(/[\s_-]+/u)) {
    // Generated ids and hashes ("c66641", "gmi_rp_3") name nothing.
    if (word.length < 3 || word.length > 20 || /\d/u.test(word) || seen.has(word)) continue;
    seen.add(word);
    out.push(`m:${word}`);
  }
}

function textFeatures(text: string, out: string[]): void {
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < Math.min(FIRST_WORDS, words.length); i++) out.push(`w${i}:${words[i] ?? ""}`);
  if (words.length <= LABEL_WORDS) out.push(`label:${words.join(" ")}`);
  out.push(`words:${bucket(words.length, [2, 4, 8, 15, 30, 60])}`);
  if (ENDS_SENTENCE.test(text)) out.push("ends:sentence");
  else if (text.endsWith(":")) out.push("ends:colon");
  else out.push("ends:other");
  const first = text.charAt(0);
  out.push(/\p{Lu}/u.test(first) ? "start:upper" : /\p{Ll}/u.test(first) ? "start:lower" : /\d/u.test(first) ? "start:digit" : "start:other");
  const digits = (text.match(/\d/gu) ?? []).length / text.length;
  out.push(`digits:${bucket(digits, [0.01, 0.05, 0.15, 0.3])}`);
  if (DATE.test(text)) out.push("has:date");
  if (CLOCK.test(text)) out.push("has:clock");
  if (WEB.test(text)) out.push("has:web");
  if (text.includes("©") || /copyright/iu.test(text)) out.push("has:copyright");
  if (text.includes("|")) out.push("has:bar");
  const commas = (text.match(/[,，、،;；]/gu) ?? []).length;
  out.push(`commas:${bucket(commas, [1, 2, 4])}`);
}

/**
 * The named features of every block, in order, as the block model reads them.
 *
 * @example blockFeatures(blocks)[0] // ["bias", "len:3", "links:0", "tag:p", "pos:first", …]
 */
export function blockFeatures(blocks: readonly Block[]): string[][] {
  const total = blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  let before = 0;
  return blocks.map((block, i) => {
    const out = ["bias", `len:${bucket(block.text.length, LENGTH_EDGES)}`, `tag:${block.tag}`];
    out.push(`links:${bucket(block.text.length === 0 ? 0 : block.links / block.text.length, DENSITY_EDGES)}`);
    if (block.heading) out.push("heading");
    if (block.listItem) out.push("item");
    if (block.caption) out.push("caption");
    if (i === 0) out.push("pos:first");
    if (i === blocks.length - 1) out.push("pos:last");
    const after = (total - before - block.text.length) / total;
    out.push(`before:${bucket(before / total, SHARE_EDGES)}`, `after:${bucket(after, SHARE_EDGES)}`);
    out.push(`prev:${lengthClass(blocks[i - 1])}`, `next:${lengthClass(blocks[i + 1])}`);
    if (blocks[i - 1]?.heading === true) out.push("prev:heading");
    markFeatures(block.marks, out);
    textFeatures(block.text, out);
    before += block.text.length;
    return out;
  });
}
