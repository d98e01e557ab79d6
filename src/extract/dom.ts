/**
 * The few DOM members the extractor touches, typed here because the project compiles without
 * the DOM library; linkedom's nodes satisfy it.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  /** An element's lower-case tag name, where the DOM gives one (ours and linkedom's do). */
  readonly localName?: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode?: DomNode | null;
  getAttribute?(name: string): string | null;
  querySelectorAll?(selector: string): ArrayLike<DomNode>;
  querySelector?(selector: string): DomNode | null;
  remove?(): void;
}

export interface DomDocument extends DomNode {
  readonly body: DomNode | null;
  readonly documentElement: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  querySelector(selector: string): DomNode | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The lower-case tag name of an element node. */
export function tagOf(node: DomNode): string {
  // Asked of every node many times a page: the stored lower-case name saves a string per call.
  return node.localName ?? node.nodeName.toLowerCase();
}

/** An element's attribute, or "" when absent (text nodes have none). */
export function attr(node: DomNode, name: string): string {
  return node.getAttribute?.(name) ?? "";
}

/** The element children of `node`, in document order. */
export function elementChildren(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid !== undefined && kid.nodeType === ELEMENT_NODE) out.push(kid);
  }
  return out;
}

/** True when `ancestor` is `node` or contains it. Walks parents, so deep trees cost no stack. */
export function contains(ancestor: DomNode, node: DomNode): boolean {
  for (let at: DomNode | null | undefined = node; at; at = at.parentNode) if (at === ancestor) return true;
  return false;
}
