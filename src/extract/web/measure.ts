import { ELEMENT_NODE, TEXT_NODE, tagOf, type DomNode } from "../dom.js";

/** Text statistics of one element's subtree, gathered in one pass so scoring stays linear. */
export interface NodeStats {
  /** Characters of visible text, whitespace runs counted once. */
  text: number;
  /** Of those, characters inside links. */
  link: number;
  /** Clause separators in any script: a prose signal that does not depend on one language. */
  commas: number;
  /** Characters of text directly inside the element (not in child elements). */
  own: number;
}

const COMMAS = /[,，、،;；]/gu;

function visibleLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/**
 * Measures every element under `root` (iteratively: pages nest thousands deep). Elements that
 * `skip` rejects count as empty and are not entered.
 *
 * @example measure(body, isScript).get(articleElement)?.text // characters of article text
 */
export function measure(root: DomNode, skip: (node: DomNode) => boolean): Map<DomNode, NodeStats> {
  const stats = new Map<DomNode, NodeStats>();
  // Post-order without recursion: each element is pushed once to open and once to close.
  const stack: { node: DomNode; open: boolean }[] = [{ node: root, open: true }];
  const chain: NodeStats[] = [];
  let linkDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { node } = item;
    if (!item.open) {
      const own = chain.pop();
      if (tagOf(node) === "a") linkDepth--;
      const parent = chain[chain.length - 1];
      if (own !== undefined && parent !== undefined) {
        parent.text += own.text;
        parent.link += own.link;
        parent.commas += own.commas;
      }
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const parent = chain[chain.length - 1];
      if (parent !== undefined) {
        const raw = node.textContent ?? "";
        const n = visibleLength(raw);
        parent.text += n;
        parent.own += n;
        if (linkDepth > 0) parent.link += n;
        parent.commas += raw.match(COMMAS)?.length ?? 0;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || (node !== root && skip(node))) continue;
    const own: NodeStats = { text: 0, link: 0, commas: 0, own: 0 };
    stats.set(node, own);
    chain.push(own);
    if (tagOf(node) === "a") linkDepth++;
    stack.push({ node, open: false });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid !== undefined) stack.push({ node: kid, open: true });
    }
  }
  return stats;
}

/** Share of an element's text that sits inside links (0 for an empty element). */
export function linkDensity(stats: NodeStats | undefined): number {
  return stats === undefined || stats.text === 0 ? 0 : stats.link / stats.text;
}
