import type { Copy } from "../model/copy.js";
import type { FactMention } from "../model/event.js";
import type { Span } from "../model/span.js";

const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Independent sources among the mentions of one fact: documents that are near-duplicates, or
 * whose shared passage contains the stating words in both, are one source (a copied wire text
 * counted once). Returns, per mention index, a source key (the smallest document id of its group).
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
  for (const c of copies) {
    const [da, db] = c.documentIds;
    const ma = byDoc.get(da);
    const mb = byDoc.get(db);
    if (!ma || !mb) continue;
    const linked =
      c.nearDuplicate ||
      c.passages.some((p) => ma.some((x) => covers(p.a, x)) && mb.some((y) => covers(p.b, y)));
    if (linked) union(da, db);
  }
  return mentions.map((m) => find(m.documentId));
}
