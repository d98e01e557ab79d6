import type { Copy } from "../model/copy.js";
import type { FactMention } from "../model/event.js";
import type { Span } from "../model/span.js";

const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Independent sources among the mentions of one fact: documents that are near-duplicates, or
 * that hold the stating words inside one shared passage (a copy pair's passage, or any two
 * holders of the same passage `group`), are one source: a copied wire text counts once.
 * Returns, per mention index, a source key (the smallest document id of its group).
 */
export function independentSources(mentions: readonly FactMention[], copies: readonly Copy[]): string[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const byDoc = new Map<string, FactMention[]>();
  for (const m of mentions) byDoc.set(m.documentId, [...(byDoc.get(m.documentId) ?? []), m]);
  // Holders of one passage group that state the fact inside it, across every copy pair.
  const groupHolders = new Map<string, Set<string>>();
  for (const c of copies) {
    const [da, db] = c.documentIds;
    const ma = byDoc.get(da) ?? [];
    const mb = byDoc.get(db) ?? [];
    if (c.nearDuplicate && ma.length > 0 && mb.length > 0) union(da, db);
    for (const p of c.passages) {
      const inA = ma.some((x) => covers(p.a, x));
      const inB = mb.some((y) => covers(p.b, y));
      if (inA && inB) union(da, db);
      const group = (p as { group?: string }).group;
      if (!group) continue;
      const holders = groupHolders.get(group) ?? new Set<string>();
      if (inA) holders.add(da);
      if (inB) holders.add(db);
      groupHolders.set(group, holders);
    }
  }
  for (const holders of groupHolders.values()) {
    const [first, ...rest] = [...holders].sort();
    if (first) for (const other of rest) union(first, other);
  }
  return mentions.map((m) => find(m.documentId));
}
