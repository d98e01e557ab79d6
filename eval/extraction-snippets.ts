/**
 * trafilatura-dev's metric, as its README specifies: whitespace runs become one space, each
 * `with` snippet found in the text is a true positive (else a false negative), each `without`
 * snippet found a false positive (else a true negative); counts are summed over pages.
 */

export interface SnippetCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

const SPACE = /\s+/gu;

function normalise(text: string): string {
  return text.replace(SPACE, " ").trim();
}

/** The four counts of one page's text (null: no output, scored as empty). */
export function scoreSnippets(text: string | null, withSnippets: readonly string[], without: readonly string[]): SnippetCounts {
  const page = normalise(text ?? "");
  const found = (s: string): boolean => page.includes(normalise(s));
  const tp = withSnippets.filter(found).length;
  const fp = without.filter(found).length;
  return { tp, fn: withSnippets.length - tp, fp, tn: without.length - fp };
}

/** Summed counts and F1 = 2TP / (2TP + FP + FN). */
export function sumSnippets(pages: readonly SnippetCounts[]): SnippetCounts & { precision: number; recall: number; f1: number } {
  const sum = (key: keyof SnippetCounts): number => pages.reduce((n, p) => n + p[key], 0);
  const tp = sum("tp");
  const fp = sum("fp");
  const fn = sum("fn");
  const tn = sum("tn");
  return {
    tp, fp, fn, tn,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    f1: 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn),
  };
}
