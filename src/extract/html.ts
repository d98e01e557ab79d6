import { EXTRACT } from "../core/tunables.js";
import type { ExtractionMethod, Removal } from "../model/document.js";
import { readBlocks, type Block } from "./blocks.js";
import { tagOf, type DomDocument, type DomNode } from "./dom.js";
import { comparable, holdsSentence, readsAsArticle } from "./lines.js";
import { readMetadata, type PageMetadata } from "./metadata.js";
import { parseDocument } from "./parse.js";
import { markupCandidate, scoredCandidate } from "./web/candidates.js";
import { chooseCandidate } from "./web/choose.js";
import { baselineBlocks, filterBlocks } from "./web/filter.js";
import { linkDensity, measure, type NodeStats } from "./web/measure.js";
import { recordOffArticle } from "./web/off-article.js";
import { HEAD_KEPT, pruneFurniture, stripCode } from "./web/prune.js";
import { leadBlocks } from "./web/lead.js";
import { isHidden } from "./web/patterns.js";
import { removal } from "./web/removal.js";
import { pushAll } from "../core/extent.js";
import { BLOCK_MODEL, judgeBlocks, type BlockModel } from "./web/block-model.js";

/** An HTML page reduced to its article: paragraphs of text plus what the page says about itself. */
export interface HtmlArticle extends PageMetadata {
  readonly paragraphs: readonly string[];
  /** What was taken off the page and why, in page order within each pass, for audit. */
  readonly removed: readonly Removal[];
  /**
   * How the article was found: the container the markup declares, the text-density pick, the
   * page-wide prose baseline, the whole (short, link-poor) page, or nothing.
   */
  readonly method: Exclude<ExtractionMethod, "text"> | "none";
}

export interface HtmlOptions {
  /**
   * Keep figure captions as paragraphs. Off by default: both labelled sets (trafilatura's and
   * Zyte's) leave captions out of the main text, and a caption repeats the article or credits a photo.
   */
  readonly captions?: boolean;
  /** The block model that drops chrome blocks (default: the shipped models/blocks; null: none). */
  readonly blockModel?: BlockModel | null;
}

function parse(html: string): DomDocument {
  // Feed items and JSON records often carry a fragment; the parser wants a whole document.
  const start = html.search(/<!doctype\s|<html[\s>]/iu);
  if (start < 0 && !/<(?:head|body)[\s>]/iu.test(html)) return parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  // A page that opens `<head>` or `<body>` without `<html>` would get two roots, the text under neither.
  const htmlTag = html.search(/<html[\s>]/iu);
  const opened = html.search(/<(?:head|body)[\s>]/iu);
  if (htmlTag < 0 || (opened >= 0 && htmlTag > opened)) return parseDocument(`<!doctype html><html>${html.slice(Math.max(start, 0)).replace(/^<!doctype[^>]*>/iu, "")}</html>`);
  // Output before the page proper (a server's warnings) would become the document element.
  return parseDocument(start > 0 ? html.slice(start) : html);
}

const NOTHING = (): boolean => false;

/**
 * The element that holds the page's visible text. Usually `<body>`, but the parser follows the
 * source's nesting rather than HTML5's repair rules: a stray tag before `<body>`, a second
 * `<html>` in conditional comments or a body-less page leaves the text under `<head>` or a
 * second `<body>`. Then the whole document (with its code stripped) is read instead, so a
 * malformed page never comes out empty.
 */
function pageRoot(doc: DomDocument): { root: DomNode; stats: Map<DomNode, NodeStats> } | null {
  const whole = doc.documentElement;
  const body = doc.body;
  if (whole === null) return body === null ? null : { root: body, stats: measure(body, NOTHING) };
  const copies = stripCode(whole, HEAD_KEPT);
  // One pass over the whole page measures the body too.
  let stats = measure(whole, NOTHING);
  if (copies.length > 0) {
    // A crawler copy is read only when the page has no more text without it: else it is a second copy.
    const total = stats.get(whole)?.text ?? 0;
    const doubled = copies.filter((n) => total - (stats.get(n)?.text ?? 0) >= (stats.get(n)?.text ?? 0));
    for (const node of doubled) node.remove?.();
    if (doubled.length > 0) stats = measure(whole, NOTHING);
  }
  const wholeText = stats.get(whole)?.text ?? 0;
  const bodyText = body === null ? 0 : (stats.get(body)?.text ?? 0);
  return body !== null && bodyText * 2 >= wholeText ? { root: body, stats } : { root: whole, stats };
}

function textLength(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}

/** The blocks of a page's article before the block model judges them, with how they were found. */
export interface ArticleBlocks {
  readonly meta: PageMetadata;
  readonly blocks: readonly Block[];
  readonly removed: Removal[];
  readonly method: HtmlArticle["method"];
}

/**
 * Finds the article's blocks. Scripts, styles, controls and hidden elements go first; furniture
 * named by tag, role, class or id (navigation, share bars, related links, ads, cookie notices,
 * comments, footers) goes next, except around the container the markup declares as the article.
 * The article is then the declared container or the text-density pick, whichever the chooser
 * trusts, with link lists and ad labels filtered out; when both fail the page-wide prose
 * baseline is used. Every removal is recorded.
 */
export function articleBlocks(html: string, options: HtmlOptions = {}): ArticleBlocks {
  const doc = parse(html);
  const meta = readMetadata(doc);
  const page = pageRoot(doc);
  const removed: Removal[] = [];
  if (page === null) return { meta, blocks: [], removed, method: "none" };
  const captions = options.captions ?? false;
  const { root: body, stats: before } = page;
  const markup = markupCandidate(doc, before);
  // Both guesses are protected from furniture rules: a layout word on a wrapper ("with-sidebar")
  // must not take the article with it.
  pruneFurniture(body, before, markup?.roots ?? [], removed, scoredCandidate(body, before)?.roots ?? []);
  const stats = measure(body, NOTHING);
  const remeasured = markup === null ? null : { ...markup, text: markup.roots.reduce((n, r) => n + (stats.get(r)?.text ?? 0), 0) };
  const chosen = chooseCandidate(remeasured, scoredCandidate(body, stats));
  let method: HtmlArticle["method"] = chosen?.method ?? "none";
  const audit: Removal[] = [];
  let blocks = chosen === null ? [] : filterBlocks(readBlocks(chosen.roots, NOTHING), captions, audit);
  if (chosen !== null && blocks.length > 0) {
    // A summary that the body repeats word for word is not a lead.
    const inside = blocks.map((b) => b.text).join("\n");
    blocks = [...leadBlocks(chosen.roots, body, stats).filter((b) => !inside.includes(b.text)), ...blocks];
  }
  if (textLength(blocks) < EXTRACT.MIN_CANDIDATE_CHARS) {
    const all = readBlocks([body], NOTHING);
    const baseline = baselineBlocks(all);
    if (textLength(baseline) > textLength(blocks)) {
      blocks = baseline;
      method = "baseline";
      audit.length = 0;
    } else if (blocks.length === 0 && linkDensity(stats.get(body)) < EXTRACT.LINK_LIST_DENSITY) {
      // A fragment (a feed item's HTML) is all article; a page of links is not an article at all.
      blocks = filterBlocks(all, captions, audit);
      method = blocks.length > 0 ? "whole-page" : "none";
    }
  }
  if (method !== "baseline" && chosen !== null) recordOffArticle(body, chosen.roots, removed);
  pushAll(removed, audit);
  return { meta, blocks, removed, method };
}

/**
 * Extracts the article from an HTML page (see `articleBlocks`); the block model then drops the
 * blocks it reads as page chrome (a teaser, an author box, a newsletter prompt left inside the
 * container). The headline and byline are not repeated in the paragraphs.
 *
 * @example extractHtml("<html><body><article><p>…</p></article></body></html>").paragraphs
 */
export function extractHtml(html: string, options: HtmlOptions = {}): HtmlArticle {
  const found = articleBlocks(html, options);
  const { meta, removed } = found;
  const judged: Removal[] = [];
  let blocks = judgeBlocks(found.blocks, options.blockModel === undefined ? BLOCK_MODEL : options.blockModel, judged);
  let method = found.method;
  // The model judges blocks one by one and can leave a date or a label where the article's
  // sentences were: then the chosen blocks stand unjudged, and the method says the fallback was taken.
  const text = (list: readonly Block[]): string => list.map((b) => b.text).join("\n");
  if (!readsAsArticle(text(blocks)) && holdsSentence(text(found.blocks))) {
    blocks = found.blocks;
    method = "fallback";
  } else pushAll(removed, judged);
  const headline = new Set([meta.title, meta.author].filter((s): s is string => !!s).map(comparable));
  // Only near the top: the same words further down are body text quoting the headline.
  const paragraphs: string[] = [];
  blocks.forEach((block, i) => {
    const key = comparable(block.text.replace(/^(?:by|von|par|por|di|door)\s+/iu, ""));
    if (i < 3 && headline.has(key)) {
      const record = removal(key === comparable(meta.title ?? "") ? "title" : "byline", block.text);
      if (record !== null) removed.push(record);
    } else paragraphs.push(block.text);
  });
  if (paragraphs.length === 0) {
    const fallback = fallbackBlocks(html, options.captions ?? false);
    if (fallback.length > 0) return { ...meta, paragraphs: fallback.map((b) => b.text), removed, method: "fallback" };
  }
  return { ...meta, paragraphs, removed, method };
}

/**
 * When pruning and choosing leave nothing, the best candidate of the unpruned page (a furniture
 * word on the article's own box, a body made only of headings and captions) is better than an
 * empty page: its blocks, with link lists and labels filtered out. Rare, so the page is parsed
 * again rather than copied up front.
 */
/** Boxes that are never the article whatever their text: the fallback still leaves them out. */
const NEVER_ARTICLE = new Set(["nav", "footer", "form", "header", "aside", "menu", "dialog"]);

function isFurnitureOrHidden(node: DomNode): boolean {
  return NEVER_ARTICLE.has(tagOf(node)) || isHidden(node);
}

function fallbackBlocks(html: string, captions: boolean): Block[] {
  const doc = parse(html);
  const page = pageRoot(doc);
  if (page === null) return [];
  const { root: body, stats } = page;
  const chosen = chooseCandidate(markupCandidate(doc, stats), scoredCandidate(body, stats));
  return chosen === null ? [] : filterBlocks(readBlocks(chosen.roots, isFurnitureOrHidden), captions, []);
}
