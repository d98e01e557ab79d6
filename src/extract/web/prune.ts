import type { Removal, RemovalKind } from "../../model/document.js";
import { EXTRACT } from "../../core/tunables.js";
import { ELEMENT_NODE, contains, tagOf, type DomNode } from "../dom.js";
import { linkDensity, type NodeStats } from "./measure.js";
import { furnitureKind } from "./patterns.js";
import { removal } from "./removal.js";

/** Elements whose content is code, styling, media or controls: never article text. */
export const NEVER_TEXT = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button",
  "select", "textarea", "input", "option", "head", "title", "meta", "link", "math", "video", "audio",
  "picture", "img", "map", "frameset", "frame", "applet", "param", "source", "track",
  // Ruby annotations: the reading printed over a Japanese or Chinese word, not a word of the text.
  "rt", "rp",
]);

/** True for elements whose text is never article text (code, styling, controls). */
export function isNeverText(node: DomNode): boolean {
  return NEVER_TEXT.has(tagOf(node));
}

/**
 * Elements a class word cannot make furniture: the page's main flow, where a class describes the
 * page, and quotations, where an embedded post's class ("social") describes its origin.
 */
const FRAME = new Set(["html", "body", "main", "article", "blockquote"]);

function elementsInOrder(root: DomNode, visit: (node: DomNode) => boolean): void {
  // Pre-order without recursion; `visit` returning false skips the subtree.
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (node !== root && !visit(node)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid !== undefined && kid.nodeType === ELEMENT_NODE) stack.push(kid);
    }
  }
}

/** Lets `stripCode` enter `<head>` (and strip its title and code) when text was parsed into it. */
export const HEAD_KEPT: ReadonlySet<string> = new Set(["head"]);

/**
 * Removes every script, style, media and control element under `root`: code is not text, nothing
 * to record. Tags in `spared` are entered rather than removed. A `<noscript>` holding paragraphs
 * is kept and returned: it may be the only copy of the article, or a second one.
 */
export function stripCode(root: DomNode, spared: ReadonlySet<string> = new Set()): DomNode[] {
  const doomed: DomNode[] = [];
  const crawlerCopies: DomNode[] = [];
  elementsInOrder(root, (node) => {
    if (!isNeverText(node) || spared.has(tagOf(node))) return true;
    // Script-rendered pages put their article, as paragraphs, in `<noscript>` for crawlers.
    if (tagOf(node) === "noscript" && node.querySelector?.("p") != null) {
      crawlerCopies.push(node);
      return true;
    }
    doomed.push(node);
    return false;
  });
  for (const node of doomed) node.remove?.();
  return crawlerCopies;
}

/**
 * Furniture kinds named by layout words, which sites also put on boxes that hold article text
 * ("widget", "sidebar", "teaser" wrappers around paragraphs count as related). A link box is not
 * prose, so it still goes.
 */
const PROSE_GUARDED: ReadonlySet<RemovalKind> = new Set(["banner", "navigation", "related", "advert"]);

function isProse(stats: NodeStats | undefined): boolean {
  return (stats?.text ?? 0) >= EXTRACT.GUARDED_PROSE_CHARS && linkDensity(stats) < EXTRACT.GUARDED_PROSE_DENSITY;
}

/** Boxes the tag alone declares as off the article: a density guess inside one does not save it. */
const UNGUARDED: ReadonlySet<string> = new Set(["aside", "nav", "footer"]);

/**
 * Removes page furniture (navigation, banners, share bars, related links, ads, cookie notices,
 * newsletter boxes, comments, footers, bylines) named by tag, role, class or id. An element
 * that holds any of `keep` or more than EXTRACT.FURNITURE_MAX_SHARE of the page's text is left
 * alone unless most of its text is links: a class word on a wrapper must not take the article
 * with it. Holding one of `guessed` (the text-density pick) saves it too, unless it is an aside,
 * a menu, a footer or named as comments.
 */
export function pruneFurniture(
  root: DomNode,
  stats: ReadonlyMap<DomNode, NodeStats>,
  keep: readonly DomNode[],
  removed: Removal[],
  guessed: readonly DomNode[] = [],
): void {
  const total = stats.get(root)?.text ?? 0;
  const doomed: [DomNode, RemovalKind][] = [];
  elementsInOrder(root, (node) => {
    if (FRAME.has(tagOf(node))) return true;
    const kind = furnitureKind(node);
    if (kind === null) return true;
    if (keep.some((k) => contains(node, k))) return true;
    // The density guess is only a guess: inside a sidebar, a menu or a comment thread it found
    // the longest comment or archive list, and the box's own name outranks it.
    if (!UNGUARDED.has(tagOf(node)) && kind !== "comments" && guessed.some((k) => contains(node, k))) return true;
    const own = stats.get(node);
    // Bylines and credits are a line or two; a long "byline" box is the article under a headline.
    if ((kind === "byline" || kind === "image-credit") && (own?.text ?? 0) > EXTRACT.BYLINE_MAX_CHARS) return true;
    // An embedded post sits in a "social" box but is quoted content, not a share button.
    if (kind === "share" && node.querySelector?.("blockquote")) return true;
    const big = (own?.text ?? 0) > total * EXTRACT.FURNITURE_MAX_SHARE;
    if (big && linkDensity(own) < EXTRACT.LINK_LIST_DENSITY) return true;
    // A header or menu box holding prose (a lead, the article under its headline) is entered,
    // not dropped: the chrome inside it still goes, the article words stay.
    if (PROSE_GUARDED.has(kind) && isProse(own)) return true;
    doomed.push([node, kind]);
    return false;
  });
  for (const [node, kind] of doomed) {
    const record = removal(kind, node.textContent);
    if (record !== null) removed.push(record);
    node.remove?.();
  }
}
