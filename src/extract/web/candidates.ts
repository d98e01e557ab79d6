import { EXTRACT } from "../../core/tunables.js";
import { attr, contains, elementChildren, tagOf, type DomDocument, type DomNode } from "../dom.js";
import { squash } from "../lines.js";
import { linkDensity, type NodeStats } from "./measure.js";
import { CONTENT_MARKS, NEGATIVE_MARKS, POSITIVE_MARKS, marksOf } from "./patterns.js";

/** A guess at where the article is: one element or a run of sibling elements, in page order. */
export interface Candidate {
  readonly roots: readonly DomNode[];
  /** Characters of text in the roots. */
  readonly text: number;
  readonly method: "markup" | "scored";
}

function textOf(stats: ReadonlyMap<DomNode, NodeStats>, nodes: readonly DomNode[]): number {
  return nodes.reduce((n, node) => n + (stats.get(node)?.text ?? 0), 0);
}

/** Outermost elements of `list` (an element inside another listed one is dropped). */
function outermost(list: readonly DomNode[]): DomNode[] {
  return list.filter((node) => !list.some((other) => other !== node && contains(other, node)));
}

/**
 * The article as the page's markup declares it: schema.org articleBody, then containers named
 * like an article body, then `<article>`, then `<main>`. Within one rule the element with the
 * most non-link text wins; sibling parts of a body split around ads join it.
 */
export function markupCandidate(doc: DomDocument, stats: ReadonlyMap<DomNode, NodeStats>): Candidate | null {
  const rules: ((doc: DomDocument) => DomNode[])[] = [
    (d) => Array.from(d.querySelectorAll('[itemprop="articleBody"], [itemprop="articlebody"]')),
    (d) => Array.from(d.querySelectorAll("div, section, article, main, td")).filter((n) => CONTENT_MARKS.test(marksOf(n))),
    (d) => Array.from(d.querySelectorAll("article")),
    (d) => Array.from(d.querySelectorAll('main, [role="main"]')),
  ];
  for (const [index, rule] of rules.entries()) {
    const found = outermost(rule(doc).filter((n) => stats.has(n)));
    let best: DomNode | null = null;
    let bestText = 0;
    for (const node of found) {
      const s = stats.get(node);
      const prose = (s?.text ?? 0) * (1 - linkDensity(s));
      if (prose > bestText) {
        best = node;
        bestText = prose;
      }
    }
    if (best === null || bestText < EXTRACT.MIN_CANDIDATE_CHARS) continue;
    const parent = best.parentNode;
    // A declared body split around ads or embeds has its parts anywhere; `<article>` and `<main>`
    // parts elsewhere are other stories, so only siblings join.
    const declared = index < 2;
    const bestWords = squash(best.textContent ?? "");
    const roots = found.filter((n) => {
      if (n === best) return true;
      const text = stats.get(n)?.text ?? 0;
      if (!declared) return n.parentNode === parent && text * 4 >= bestText;
      // Pages that repeat the body (a flattened copy for crawlers) must not double it.
      const words = squash(n.textContent ?? "");
      return text >= EXTRACT.MIN_PARAGRAPH_CHARS && !bestWords.includes(words.slice(0, 80)) && !words.includes(bestWords.slice(0, 80));
    });
    return { roots, text: textOf(stats, roots), method: "markup" };
  }
  return null;
}

/** Tags whose text is a paragraph of prose when long enough. */
const PROSE = new Set(["p", "pre", "td", "blockquote", "dd", "li", "h2", "h3"]);
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5, article: 8, section: 3, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

function classWeight(node: DomNode): number {
  const marks = marksOf(node);
  let weight = 0;
  if (NEGATIVE_MARKS.test(marks)) weight -= 25;
  if (POSITIVE_MARKS.test(marks) || CONTENT_MARKS.test(marks)) weight += 25;
  return weight;
}

/**
 * The article as text density finds it (the readability method): each prose block scores by
 * its length and clause separators, gives that score to its parent and, decaying, to further
 * ancestors; the container with the best link-discounted score wins and takes its siblings that
 * score nearly as well or read as prose themselves.
 */
export function scoredCandidate(body: DomNode, stats: ReadonlyMap<DomNode, NodeStats>): Candidate | null {
  const scores = new Map<DomNode, number>();
  const initial = (node: DomNode): number => (TAG_WEIGHT[tagOf(node)] ?? 0) + classWeight(node);
  for (const [node, s] of stats) {
    const tag = tagOf(node);
    const prose = PROSE.has(tag) || ((tag === "div" || tag === "section") && s.own >= EXTRACT.MIN_PARAGRAPH_CHARS);
    if (!prose || s.text < EXTRACT.MIN_PARAGRAPH_CHARS) continue;
    const score = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3);
    let at = node.parentNode;
    for (let level = 0; level < 5 && at && at !== body.parentNode; level++, at = at.parentNode) {
      if (!stats.has(at)) break;
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(at, (scores.get(at) ?? initial(at)) + score * share);
    }
  }
  let top: DomNode | null = null;
  let topScore = -Infinity;
  const final = new Map<DomNode, number>();
  for (const [node, raw] of scores) {
    const score = raw * (1 - linkDensity(stats.get(node)));
    final.set(node, score);
    if (score > topScore) {
      top = node;
      topScore = score;
    }
  }
  if (top === null) return null;
  top = commonContainer(top, topScore, final, body);
  const parent = top.parentNode;
  const siblings = parent ? elementChildren(parent) : [top];
  const threshold = Math.max(10, topScore * 0.2);
  const roots = siblings.filter((node) => {
    if (node === top) return true;
    const s = stats.get(node);
    if (s === undefined) return false;
    const density = linkDensity(s);
    const score = (scores.get(node) ?? 0) * (1 - density);
    if (score >= threshold) return true;
    return tagOf(node) === "p" && ((s.text > 80 && density < 0.25) || (s.text > 0 && density === 0 && /[.!?。！？]\s*$/u.test(node.textContent ?? "")));
  });
  return { roots, text: textOf(stats, roots), method: "scored" };
}

/**
 * An article cut into many sections (a CMS block per subheading) scores in each section, and the
 * best section alone is only part of it. As Readability does: when EXTRACT.SPLIT_MIN_SECTIONS or
 * more other containers score nearly as well as the best (EXTRACT.SPLIT_NEAR_SCORE of its score),
 * the nearest ancestor that holds that many of them is the article.
 */
function commonContainer(top: DomNode, topScore: number, scores: ReadonlyMap<DomNode, number>, body: DomNode): DomNode {
  const scoring = [...scores].filter(([node, score]) => node !== top && score >= topScore * EXTRACT.SPLIT_NEAR_SCORE && !contains(node, top) && !contains(top, node)).map(([node]) => node);
  if (scoring.length < EXTRACT.SPLIT_MIN_SECTIONS) return top;
  // A section and its wrapper both score: count each section once, by its innermost scorer.
  const near = scoring.filter((node) => !scoring.some((other) => other !== node && contains(node, other)));
  for (let at = top.parentNode; at && at !== body; at = at.parentNode) {
    const held = near.filter((node) => contains(at, node)).length;
    if (held >= EXTRACT.SPLIT_MIN_SECTIONS) return at;
  }
  return top;
}

/** True when `node` names itself as comment or other furniture (used by the chooser). */
export function looksLikeFurniture(node: DomNode): boolean {
  return NEGATIVE_MARKS.test(marksOf(node)) || attr(node, "role") === "complementary";
}
