import { ELEMENT_NODE, TEXT_NODE, tagOf, type DomNode } from "./dom.js";
import { squash } from "./lines.js";

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "body", "html", "center", "legend", "menu", "figure",
]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** One paragraph of page text with what the markup says about it. */
export interface Block {
  readonly text: string;
  /** Characters of the text inside links. */
  readonly links: number;
  /** The innermost block element the text sits in ("p", "li", "h2", "figcaption"...). */
  readonly tag: string;
  readonly heading: boolean;
  readonly caption: boolean;
  readonly listItem: boolean;
  /** Class and id words of the enclosing elements inside the roots, innermost last (for the block model). */
  readonly marks: string;
}

/** Enclosing elements whose class and id words a block keeps: its own box and a few wrappers. */
const MARK_DEPTH = 4;

function classAndId(node: DomNode): string {
  const words = `${node.getAttribute?.("class") ?? ""} ${node.getAttribute?.("id") ?? ""}`.trim();
  return words.toLowerCase();
}

/**
 * The text of `roots` as blocks: each block element's own inline text is one block, so blocks
 * never run together as they do in `textContent`. Elements `skip` rejects contribute nothing.
 * Iterative, so a page nested ten thousand deep does not exhaust the stack.
 */
export function readBlocks(roots: readonly DomNode[], skip: (node: DomNode) => boolean): Block[] {
  const blocks: Block[] = [];
  const tags: string[] = [];
  const marks: string[] = [];
  let buffer = "";
  let linkText = "";
  let links = 0;
  let headings = 0;
  let captions = 0;
  let items = 0;
  const flush = (): void => {
    const text = squash(buffer);
    if (text !== "") {
      blocks.push({
        text,
        links: Math.min(text.length, links),
        tag: tags[tags.length - 1] ?? "div",
        heading: headings > 0,
        caption: captions > 0,
        listItem: items > 0,
        marks: marks.slice(-MARK_DEPTH).join(" ").trim(),
      });
    }
    buffer = "";
    linkText = "";
  };
  const stack: { node: DomNode; open: boolean }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    if (root !== undefined) stack.push({ node: root, open: true });
  }
  let linkDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { node } = item;
    const tag = node.nodeType === ELEMENT_NODE ? tagOf(node) : "";
    if (!item.open) {
      if (tag === "a") {
        linkDepth--;
        links += squash(linkText).length;
        linkText = "";
      }
      // The block's text is flushed while its own heading/caption/item flags still hold.
      if (BLOCK.has(tag)) {
        flush();
        links = 0;
        tags.pop();
      }
      marks.pop();
      if (HEADING.has(tag)) headings--;
      if (tag === "figcaption" || tag === "caption") captions--;
      if (tag === "li" || tag === "dd" || tag === "dt") items--;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      buffer += text;
      if (linkDepth > 0) linkText += text;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || skip(node)) continue;
    marks.push(classAndId(node));
    if (BLOCK.has(tag)) {
      flush();
      links = 0;
      tags.push(tag);
    }
    if (tag === "a") {
      if (linkDepth === 0) linkText = "";
      linkDepth++;
    }
    if (HEADING.has(tag)) headings++;
    if (tag === "figcaption" || tag === "caption") captions++;
    if (tag === "li" || tag === "dd" || tag === "dt") items++;
    // Inline elements that separate words visually (a table cell, a line break) get a space.
    if (tag === "td" || tag === "th" || tag === "br") buffer += " ";
    stack.push({ node, open: false });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid !== undefined) stack.push({ node: kid, open: true });
    }
  }
  flush();
  return blocks;
}
