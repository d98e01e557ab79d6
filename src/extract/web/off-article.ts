import type { Removal } from "../../model/document.js";
import { ELEMENT_NODE, TEXT_NODE, contains, type DomNode } from "../dom.js";
import { removal } from "./removal.js";

/**
 * Records the page text left outside the chosen article roots: for each ancestor of the roots
 * up to `body`, every sibling branch that holds no root is one "off-article" removal.
 */
export function recordOffArticle(body: DomNode, roots: readonly DomNode[], removed: Removal[]): void {
  const onPath = new Set<DomNode>();
  for (const root of roots) for (let at: DomNode | null | undefined = root; at && at !== body; at = at.parentNode) onPath.add(at);
  const stack: DomNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (roots.includes(node)) continue;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid === undefined) continue;
      if (onPath.has(kid)) stack.push(kid);
      else if (kid.nodeType === ELEMENT_NODE || kid.nodeType === TEXT_NODE) {
        if (roots.some((r) => contains(kid, r))) stack.push(kid);
        else {
          const record = removal("off-article", kid.textContent);
          if (record !== null) removed.push(record);
        }
      }
    }
  }
}
