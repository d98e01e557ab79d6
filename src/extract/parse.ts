import { compile, type Options } from "css-select";
import { Parser } from "htmlparser2";
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomNode } from "./dom.js";

const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;

/**
 * A small read-mostly DOM built straight from htmlparser2's events, the same events and the same
 * tree linkedom builds (one text node per text event, htmlparser2's implied closes), without
 * what the extractor never uses: events, live lists, serialisation. Profiles of the Zyte pages
 * showed linkedom's per-node bookkeeping and NodeList copies as the largest single cost.
 */
class Node implements DomNode {
  parentNode: Element | Doc | null = null;
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly data: string,
  ) {}

  get childNodes(): readonly Node[] {
    return NO_CHILDREN;
  }

  get textContent(): string | null {
    return this.data;
  }

  remove(): void {
    const parent = this.parentNode;
    if (parent === null) return;
    const at = parent.children.indexOf(this);
    if (at >= 0) parent.children.splice(at, 1);
    this.parentNode = null;
  }
}

const NO_CHILDREN: readonly Node[] = [];

/** Concatenated text of the descendants, walked with an explicit stack (deep pages cost no call stack). */
function textOf(root: Element | Doc): string {
  const parts: string[] = [];
  const stack: Node[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as Node);
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) parts.push(node.data);
    else if (node instanceof Element) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return parts.join("");
}

/** Every element under `root` that `test` accepts, in document order. */
function findAll(root: Element | Doc, test: (el: Element) => boolean, first: boolean): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as Node);
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!(node instanceof Element)) continue;
    if (test(node)) {
      out.push(node);
      if (first) return out;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return out;
}

class Element extends Node {
  readonly children: Node[] = [];
  constructor(
    readonly localName: string,
    readonly attributes: Readonly<Record<string, string>>,
    readonly owner: Doc,
  ) {
    super(ELEMENT_NODE, localName.toUpperCase(), "");
  }

  override get childNodes(): readonly Node[] {
    return this.children;
  }

  override get textContent(): string {
    return textOf(this);
  }

  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attributes, name) ? (this.attributes[name] ?? null) : null;
  }

  querySelectorAll(selector: string): readonly DomNode[] {
    return findAll(this, this.owner.query(selector), false);
  }

  querySelector(selector: string): DomNode | null {
    return findAll(this, this.owner.query(selector), true)[0] ?? null;
  }
}

class Doc extends Node implements DomDocument {
  readonly children: Node[] = [];
  /** Compiled selectors of this document: a page asks the same few selectors many times. */
  private readonly compiled = new Map<string, (el: Element) => boolean>();
  constructor() {
    super(DOCUMENT_NODE, "#document", "");
  }

  override get childNodes(): readonly Node[] {
    return this.children;
  }

  override get textContent(): null {
    return null;
  }

  get documentElement(): Element | null {
    for (const kid of this.children) if (kid instanceof Element) return kid;
    return null;
  }

  /** As a browser reads it: the `<body>` right after `<head>` (or first) under the root element. */
  get body(): Element | null {
    const root = this.documentElement;
    if (root === null) return null;
    const elements = root.children.filter((n): n is Element => n instanceof Element);
    const next = elements[0]?.localName === "head" ? elements[1] : elements[0];
    return next?.localName === "body" ? next : null;
  }

  query(selector: string): (el: Element) => boolean {
    let test = this.compiled.get(selector);
    if (test === undefined) {
      test = compile<Node, Element>(selector, { adapter: ADAPTER, xmlMode: false }) as (el: Element) => boolean;
      this.compiled.set(selector, test);
    }
    return test;
  }

  querySelectorAll(selector: string): readonly DomNode[] {
    return findAll(this, this.query(selector), false);
  }

  querySelector(selector: string): DomNode | null {
    return findAll(this, this.query(selector), true)[0] ?? null;
  }
}

function isElement(node: Node): node is Element {
  return node instanceof Element;
}

function childrenOf(node: Node): Node[] {
  return node instanceof Element || node instanceof Doc ? node.children : [];
}

const ADAPTER: NonNullable<Options<Node, Element>["adapter"]> = {
  isTag: isElement,
  getAttributeValue: (el, name) => el.getAttribute(name) ?? undefined,
  getChildren: childrenOf,
  getName: (el) => el.localName,
  getParent: (el) => el.parentNode,
  getSiblings: (node) => (node.parentNode === null ? [node] : node.parentNode.children),
  getText: (node) => (node instanceof Element ? textOf(node) : node.nodeType === TEXT_NODE ? node.data : ""),
  hasAttrib: (el, name) => Object.hasOwn(el.attributes, name),
  removeSubsets: (nodes) => nodes.filter((node, i) => {
    if (nodes.indexOf(node) !== i) return false;
    for (let at = node.parentNode; at !== null; at = at.parentNode) if (nodes.includes(at)) return false;
    return true;
  }),
};

/**
 * Parses an HTML page into the extractor's DOM (see `DomDocument`). Entities are decoded;
 * attribute names are lower-cased, as HTML reads them.
 */
export function parseDocument(html: string): DomDocument {
  const doc = new Doc();
  let open: Element | Doc = doc;
  const append = (node: Node): void => {
    node.parentNode = open;
    open.children.push(node);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = new Element(name, attributes, doc);
        append(element);
        open = element;
      },
      onclosetag() {
        if (open !== doc) open = (open.parentNode ?? doc);
      },
      ontext(text) {
        append(new Node(TEXT_NODE, "#text", text));
      },
      oncomment(data) {
        append(new Node(COMMENT_NODE, "#comment", data));
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return doc;
}
