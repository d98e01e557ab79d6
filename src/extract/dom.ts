/**
 * The few DOM members the extractor touches, typed here because the project compiles without
 * the DOM library; linkedom's nodes satisfy it.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
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
  return node.nodeName.toLowerCase();
}
