import { ELEMENT_NODE, TEXT_NODE, tagOf, type DomNode } from "./dom.js";
import { squash } from "./lines.js";

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "body", "html",
]);
/** Elements whose content is code, styling or controls, never article text. */
const NEVER_TEXT = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button",
  "select", "textarea", "input", "option", "head", "title", "meta", "link", "math",
]);
/** Page furniture skipped when there is no Readability result to trust. */
const FURNITURE = new Set(["nav", "header", "footer", "aside", "form", "menu", "dialog"]);
const FURNITURE_ROLE = /^(?:navigation|banner|contentinfo|complementary|search|menu|dialog)$/iu;
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:comments?|share|sharing|social|related|promo|advert|ads?|cookie|newsletter|subscribe|sidebar|breadcrumbs?|menu|nav|footer|masthead)(?:$|[\s_-])/iu;

function isFurniture(node: DomNode): boolean {
  if (FURNITURE.has(tagOf(node))) return true;
  const role = node.getAttribute?.("role") ?? "";
  const marks = `${node.getAttribute?.("class") ?? ""} ${node.getAttribute?.("id") ?? ""}`;
  return FURNITURE_ROLE.test(role) || FURNITURE_CLASS.test(marks);
}

/**
 * The text of `root` as paragraphs: each block element's own inline text is one paragraph, so
 * blocks never run together as they do in `textContent`. Scripts, styles and controls never
 * contribute; with `skipFurniture`, navigation, headers, footers and comment/share boxes do not
 * either.
 */
export function blockParagraphs(root: DomNode, skipFurniture: boolean): string[] {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = (): void => {
    const text = squash(buffer);
    if (text !== "") paragraphs.push(text);
    buffer = "";
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = tagOf(node);
    if (NEVER_TEXT.has(tag) || (skipFurniture && isFurniture(node))) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child !== undefined) visit(child);
    }
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}
