/**
 * Every tunable number in corroborate, in one place, each with the reason for its value.
 * `validateTunables` runs at import: a value out of its sane range is a bug and throws.
 * Sections are per stage; a stage imports only its own section.
 */

/** Seed for every hash (ids, MinHash): fixed so the same input gives the same report byte for byte. */
export const HASH_SEED = 0x636f72726f626f72n; // "corrobor"

export const INGEST = {
  /** Inputs larger than this are not articles (and would stall the parsers); they are rejected. */
  MAX_INPUT_BYTES: 50 * 1024 * 1024,
  /** Share of control/NUL bytes in the first 8 KiB above which a file is binary, not text. */
  BINARY_CONTROL_RATIO: 0.1,
  /** Deepest directory recursion followed; real corpora are shallow, deeper usually means a loop. */
  MAX_DIRECTORY_DEPTH: 64,
  /** Bytes sniffed for binary content: enough to see a file's header and first paragraphs. */
  BINARY_SNIFF_BYTES: 8192,
} as const;

export const EXTRACT = {
  /** Cleaned bodies shorter than this (in characters) are not articles. */
  MIN_ARTICLE_CHARS: 80,
  /** Non-empty lines at the top examined for banners, section labels and the title: chrome is never deeper. */
  TOP_CHROME_LINES: 4,
  /** A headline is one line; longer than this it is a run-on first paragraph, not a title. */
  TITLE_MAX_CHARS: 200,
  /** Words in an all-caps orphan label at the top ("WORLD NEWS", an acronym); more is a shouted headline. */
  HEADER_MAX_WORDS: 6,
  /** `|`-separated segments that make a line a navigation bar; two could be a title with a site name. */
  NAV_MIN_SEGMENTS: 3,
  /** Words per navigation item ("world", "local news"); longer segments are prose. */
  NAV_SEGMENT_MAX_WORDS: 3,
  /** Longest share prompt or image credit line, in words; a longer line is body text and is kept. */
  CHROME_LINE_MAX_WORDS: 25,
  /** Least text for a language guess: eld's n-gram scores are unreliable on a headline-sized sample. */
  MIN_LANGUAGE_CHARS: 120,
  /** Characters sampled for language detection: the first ~2 paragraphs decide it, and it stays fast. */
  LANGUAGE_SAMPLE_CHARS: 2000,
  /** Widest line of a hard-wrapped text (72-80 columns is usual); longer lines are whole paragraphs. */
  HARD_WRAP_MAX_WIDTH: 120,
  /** Lines filling this share of the widest line count as full (wrapped) lines. */
  HARD_WRAP_FILL: 0.75,
  /** Share of full lines from which a text is hard-wrapped rather than one paragraph per line. */
  HARD_WRAP_SHARE: 0.5,
  /** Fewest lines to judge wrapping on: with fewer, any text looks regular. */
  HARD_WRAP_MIN_LINES: 4,
} as const;

export const TEXT = {
  /**
   * Characters wink-nlp may skip without a token (stray control characters) before the next
   * token's text; a match further ahead than this, past visible text, is a later occurrence.
   */
  MAX_UNSEEN_GAP: 8,
} as const;

export const DEDUPE = {
  /** Words per shingle: 5 is the usual near-duplicate choice; shorter matches stock phrases. */
  SHINGLE_WORDS: 5,
  /** MinHash permutations: 128 gives every band a fair chance for low-overlap partial copies. */
  MINHASH_PERMUTATIONS: 128,
  /**
   * Rows per LSH band. One row per band makes a pair a candidate when any single permutation
   * agrees, which catches partial copies (a shared paragraph inside a long article, Jaccard
   * ~0.02) with probability 1-(1-J)^128 > 0.9; exact overlap then filters the extra candidates.
   */
  LSH_ROWS_PER_BAND: 1,
  /**
   * Least overlap (shared shingles / smaller document's shingles) that is a copy. Articles that
   * each quote the same official statement share ~3% per quoted sentence and up to ~18% when
   * they quote a whole statement paragraph; a rewrite of one wire story keeps ~30% or more.
   */
  MIN_COPY_OVERLAP: 0.25,
  /** Overlap from which two documents are the same text (light edits, different boilerplate). */
  NEAR_DUPLICATE_OVERLAP: 0.8,
  /** Shortest shared run reported as a passage: under ~8 words it is a stock phrase. */
  MIN_PASSAGE_WORDS: 8,
  /** Words of difference bridged inside one passage: a changed word or spelling is still one copy. */
  PASSAGE_MAX_GAP_WORDS: 3,
} as const;

export const CLUSTER = {
  /**
   * Average-link cut on TF-IDF cosine: 0.15 is the published baseline's best cut on the ECB+
   * dev set (B-cubed F1 0.875); see eval/cluster.ts.
   */
  LINK_THRESHOLD: 0.15,
  /**
   * Term-count weight of names (capitalised mid-sentence words) and numbers. Same-kind stories
   * share common nouns but not names; on the ECB+ dev set weights 3-6 lift B-cubed F1 from
   * 0.873 to 0.89 at this cut, and 3 is the smallest weight on that plateau.
   */
  NAME_WEIGHT: 3,
  /** Copy overlap from which two documents are forced into one story: they share most text. */
  FORCE_LINK_OVERLAP: 0.5,
  /** Story titles longer than this (characters) are trimmed at a word boundary. */
  MAX_TITLE_CHARS: 100,
} as const;

export const ENTITIES = {
  /** Evidence weight of a decisive cue (a title, an organisation head word, a province/country name): outvotes two context cues. */
  W_STRONG: 3,
  /** Evidence weight of a context cue ("militant group X", "in X" for a gazetteer town, "spokesperson, X"). */
  W_CONTEXT: 2,
  /** Evidence weight of name shape alone (two capitalised words look like a person): any real cue overrides it. */
  W_WEAK: 1,
  /** Tokens looked back from ", X" for a role noun ("the deputy governor of P, X"); longer reaches cross clauses. */
  ROLE_WINDOW: 8,
  /** Tokens looked back from a place for its country ("Iran's south-eastern X"). */
  COUNTRY_WINDOW: 5,
  /** Shortest spelling skeleton compared fuzzily; shorter names differ too easily by one letter. */
  FUZZY_MIN_SKELETON: 8,
  /** Shortest skeleton two differently spelled names may share and be merged ("irn" is both "Iran" and "IRNA"). */
  MIN_SHARED_SKELETON: 5,
  /** Most edits between two skeletons of one name ("Zahra"/"Zahrah"); two would join different people. */
  FUZZY_MAX_EDITS: 1,
} as const;

export const QUOTES = {
  /** Fewest words inside quote marks for a quotation; shorter marked words are scare quotes ("terrorists", "precision"). */
  MIN_WORDS: 4,
  /** Characters of a speech-cue noun phrase ("the deputy governor of the province"); longer is a clause, not a speaker. */
  MAX_SPEAKER_CHARS: 80,
  /** Share of the shorter quote's words found in the longer one for both to be one quote, trimmed or reworded. */
  SAME_QUOTE_MIN: 0.6,
  /** Fewest words the shorter of two quotes needs before containment alone may merge them. */
  SAME_QUOTE_MIN_WORDS: 4,
  /** Shortest word used to propose quote pairs; shorter words are function words every quote shares. */
  INDEX_MIN_WORD_CHARS: 5,
  /** A word in more quotes than this proposes no pairs: it is topic vocabulary, and pairing on it would be quadratic. */
  INDEX_MAX_POSTINGS: 400,
} as const;

export const EVENTS = {
  /** Largest casualty count believed: bigger numbers in a casualty frame are years or money. */
  MAX_CASUALTY_COUNT: 1_000_000,
} as const;

export const RECONCILE = {
  /** Relative slack of an "about"/"some"/"nearly" count: reporters round to roughly 10%. */
  ABOUT_MARGIN: 0.1,
} as const;

export const REPORT = {
  /** Characters of a shared passage shown in the copies section: enough to recognise it, short enough to scan. */
  PASSAGE_EXCERPT_CHARS: 160,
  /** Shared passages listed per copy pair; the rest are counted, since the full texts are below. */
  MAX_PASSAGES_SHOWN: 3,
  /** Mentions of one entity listed with links in the HTML: beyond this the list drowns the page. */
  MAX_ENTITY_MENTIONS_LINKED: 12,
  /**
   * Characters of the citing sentence shown on each side of cited words: a news sentence runs
   * ~25 words (~150 chars), so 120 a side shows nearly all of one without pulling in the next.
   */
  CONTEXT_CHARS: 120,
} as const;

export const STORE = {
  /** Most full-text hits one search returns: a person reads the first page; a huge list only costs memory. */
  MAX_SEARCH_HITS: 100,
  /** Tokens of document text in a search snippet: about one line, enough to judge the hit. */
  SNIPPET_TOKENS: 16,
  /** Milliseconds a writer waits for another process's lock before failing, so two CLI runs queue instead of erroring. */
  BUSY_TIMEOUT_MS: 5000,
} as const;

type Range = readonly [section: string, name: string, value: number, min: number, max: number];

function ranges(): readonly Range[] {
  return [
    ["INGEST", "MAX_INPUT_BYTES", INGEST.MAX_INPUT_BYTES, 1024, 1024 ** 3],
    ["INGEST", "BINARY_CONTROL_RATIO", INGEST.BINARY_CONTROL_RATIO, 0, 1],
    ["INGEST", "MAX_DIRECTORY_DEPTH", INGEST.MAX_DIRECTORY_DEPTH, 1, 10_000],
    ["INGEST", "BINARY_SNIFF_BYTES", INGEST.BINARY_SNIFF_BYTES, 16, 1024 * 1024],
    ["EXTRACT", "MIN_ARTICLE_CHARS", EXTRACT.MIN_ARTICLE_CHARS, 0, 10_000],
    ["EXTRACT", "TOP_CHROME_LINES", EXTRACT.TOP_CHROME_LINES, 0, 50],
    ["EXTRACT", "TITLE_MAX_CHARS", EXTRACT.TITLE_MAX_CHARS, 20, 2000],
    ["EXTRACT", "HEADER_MAX_WORDS", EXTRACT.HEADER_MAX_WORDS, 1, 50],
    ["EXTRACT", "NAV_MIN_SEGMENTS", EXTRACT.NAV_MIN_SEGMENTS, 2, 50],
    ["EXTRACT", "NAV_SEGMENT_MAX_WORDS", EXTRACT.NAV_SEGMENT_MAX_WORDS, 1, 20],
    ["EXTRACT", "CHROME_LINE_MAX_WORDS", EXTRACT.CHROME_LINE_MAX_WORDS, 1, 200],
    ["EXTRACT", "MIN_LANGUAGE_CHARS", EXTRACT.MIN_LANGUAGE_CHARS, 1, 100_000],
    ["EXTRACT", "LANGUAGE_SAMPLE_CHARS", EXTRACT.LANGUAGE_SAMPLE_CHARS, 100, 1_000_000],
    ["EXTRACT", "HARD_WRAP_MAX_WIDTH", EXTRACT.HARD_WRAP_MAX_WIDTH, 20, 1000],
    ["EXTRACT", "HARD_WRAP_FILL", EXTRACT.HARD_WRAP_FILL, 0, 1],
    ["EXTRACT", "HARD_WRAP_SHARE", EXTRACT.HARD_WRAP_SHARE, 0, 1],
    ["EXTRACT", "HARD_WRAP_MIN_LINES", EXTRACT.HARD_WRAP_MIN_LINES, 2, 1000],
    ["REPORT", "PASSAGE_EXCERPT_CHARS", REPORT.PASSAGE_EXCERPT_CHARS, 20, 10_000],
    ["REPORT", "MAX_PASSAGES_SHOWN", REPORT.MAX_PASSAGES_SHOWN, 0, 1000],
    ["REPORT", "MAX_ENTITY_MENTIONS_LINKED", REPORT.MAX_ENTITY_MENTIONS_LINKED, 0, 10_000],
    ["REPORT", "CONTEXT_CHARS", REPORT.CONTEXT_CHARS, 0, 10_000],
    ["STORE", "MAX_SEARCH_HITS", STORE.MAX_SEARCH_HITS, 1, 100_000],
    ["STORE", "SNIPPET_TOKENS", STORE.SNIPPET_TOKENS, 1, 64],
    ["STORE", "BUSY_TIMEOUT_MS", STORE.BUSY_TIMEOUT_MS, 0, 600_000],
    ["DEDUPE", "SHINGLE_WORDS", DEDUPE.SHINGLE_WORDS, 2, 20],
    ["DEDUPE", "MINHASH_PERMUTATIONS", DEDUPE.MINHASH_PERMUTATIONS, 8, 1024],
    ["DEDUPE", "LSH_ROWS_PER_BAND", DEDUPE.LSH_ROWS_PER_BAND, 1, 16],
    ["DEDUPE", "MIN_COPY_OVERLAP", DEDUPE.MIN_COPY_OVERLAP, 0, 1],
    ["DEDUPE", "NEAR_DUPLICATE_OVERLAP", DEDUPE.NEAR_DUPLICATE_OVERLAP, 0, 1],
    ["DEDUPE", "MIN_PASSAGE_WORDS", DEDUPE.MIN_PASSAGE_WORDS, 1, 1000],
    ["DEDUPE", "PASSAGE_MAX_GAP_WORDS", DEDUPE.PASSAGE_MAX_GAP_WORDS, 0, 50],
    ["CLUSTER", "LINK_THRESHOLD", CLUSTER.LINK_THRESHOLD, 0, 1],
    ["CLUSTER", "FORCE_LINK_OVERLAP", CLUSTER.FORCE_LINK_OVERLAP, 0, 1],
    ["CLUSTER", "NAME_WEIGHT", CLUSTER.NAME_WEIGHT, 1, 20],
    ["CLUSTER", "MAX_TITLE_CHARS", CLUSTER.MAX_TITLE_CHARS, 10, 1000],
    ["EVENTS", "MAX_CASUALTY_COUNT", EVENTS.MAX_CASUALTY_COUNT, 1, 1e9],
    ["RECONCILE", "ABOUT_MARGIN", RECONCILE.ABOUT_MARGIN, 0, 1],
    ["TEXT", "MAX_UNSEEN_GAP", TEXT.MAX_UNSEEN_GAP, 0, 1000],
    ["QUOTES", "MIN_WORDS", QUOTES.MIN_WORDS, 1, 50],
    ["QUOTES", "MAX_SPEAKER_CHARS", QUOTES.MAX_SPEAKER_CHARS, 10, 500],
    ["QUOTES", "SAME_QUOTE_MIN", QUOTES.SAME_QUOTE_MIN, 0, 1],
    ["QUOTES", "SAME_QUOTE_MIN_WORDS", QUOTES.SAME_QUOTE_MIN_WORDS, 1, 50],
    ["QUOTES", "INDEX_MIN_WORD_CHARS", QUOTES.INDEX_MIN_WORD_CHARS, 1, 30],
    ["QUOTES", "INDEX_MAX_POSTINGS", QUOTES.INDEX_MAX_POSTINGS, 2, 1_000_000],
    ["ENTITIES", "W_STRONG", ENTITIES.W_STRONG, 0, 100],
    ["ENTITIES", "W_CONTEXT", ENTITIES.W_CONTEXT, 0, 100],
    ["ENTITIES", "W_WEAK", ENTITIES.W_WEAK, 0, 100],
    ["ENTITIES", "ROLE_WINDOW", ENTITIES.ROLE_WINDOW, 1, 50],
    ["ENTITIES", "COUNTRY_WINDOW", ENTITIES.COUNTRY_WINDOW, 1, 50],
    ["ENTITIES", "FUZZY_MIN_SKELETON", ENTITIES.FUZZY_MIN_SKELETON, 3, 100],
    ["ENTITIES", "MIN_SHARED_SKELETON", ENTITIES.MIN_SHARED_SKELETON, 1, 50],
    ["ENTITIES", "FUZZY_MAX_EDITS", ENTITIES.FUZZY_MAX_EDITS, 0, 5],
  ];
}

/** Throws when a tunable lies outside its sane range: a bad edit here must fail loudly, at once. */
export function validateTunables(): void {
  for (const [section, name, value, min, max] of ranges()) {
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`tunable ${section}.${name} = ${value} is outside [${min}, ${max}]`);
    }
  }
}

validateTunables();
