import { EXTRACT } from "../../core/tunables.js";
import { readBlocks, type Block } from "../blocks.js";
import { ELEMENT_NODE, type DomNode } from "../dom.js";
import { linkDensity, type NodeStats } from "./measure.js";

/** Sentence-final punctuation in several scripts, closing quotes allowed after it. */
const ENDS_SENTENCE = /[.!?。！？؟।…]["'”’»)\]]*$/u;

const NOTHING = (): boolean => false;

function previousElement(node: DomNode): DomNode | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const kids = parent.childNodes;
  let previous: DomNode | null = null;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid === node) return previous;
    if (kid !== undefined && kid.nodeType === ELEMENT_NODE) previous = kid;
  }
  return null;
}

function isLeadProse(block: Block): boolean {
  return !block.heading && !block.caption && !block.listItem && block.text.length >= EXTRACT.LEAD_MIN_CHARS &&
    block.links / block.text.length < EXTRACT.GUARDED_PROSE_DENSITY && ENDS_SENTENCE.test(block.text);
}

/**
 * Prose paragraphs just before the chosen article: CMSs often keep the lead (standfirst, intro)
 * in the header above the body container the markup names. Siblings before the first root and
 * before its ancestors (EXTRACT.LEAD_LEVELS up) are read; only whole prose paragraphs are taken,
 * never headings, captions, list items (a summary box) or link lists, and a link-heavy box (a menu) ends the search at
 * that level.
 */
export function leadBlocks(roots: readonly DomNode[], body: DomNode, stats: ReadonlyMap<DomNode, NodeStats>): Block[] {
  const found: Block[] = [];
  let node: DomNode | null | undefined = roots[0];
  for (let level = 0; level < EXTRACT.LEAD_LEVELS && node && node !== body; level++, node = node.parentNode) {
    const before: Block[] = [];
    let sibling = previousElement(node);
    for (let scanned = 0; sibling !== null && scanned < EXTRACT.LEAD_MAX_SIBLINGS; scanned++, sibling = previousElement(sibling)) {
      const s = stats.get(sibling);
      if (s === undefined || s.text === 0) continue;
      if (linkDensity(s) >= EXTRACT.LINK_LIST_DENSITY) break;
      before.unshift(...readBlocks([sibling], NOTHING).filter(isLeadProse));
    }
    found.unshift(...before);
  }
  return found;
}
