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
  /**
   * Standard input read at most: one JSON-lines stream is held in memory like one file; 200 MB
   * piped in once grew the process to 1.7 GB and crashed it. The rest is rejected, not read.
   */
  MAX_STDIN_BYTES: 50 * 1024 * 1024,
  /**
   * Lines of one article's plain text: long-form news runs to a few hundred lines; 5,000 leaves a
   * wide margin, while 10,000-line texts stalled the later stages for tens of seconds.
   */
  MAX_ARTICLE_LINES: 5000,
  /** Characters on one line of an article's plain text: a paragraph is a few thousand at most. */
  MAX_LINE_CHARS: 100_000,
  /**
   * Element nesting of an HTML page as `htmlDepth` counts it: over the 925 benchmark and example
   * pages the median is 18, the 99th percentile 126 and the deepest 567; 1,500 leaves a margin,
   * while far deeper generated pages make the DOM walks slow (2,000 deep took 0.7 s to extract).
   */
  MAX_HTML_DEPTH: 1500,
  /** Array/object nesting of a JSON input: a record is flat, a file of records two deep. */
  MAX_JSON_DEPTH: 32,
  /**
   * Characters of an extracted text's longest run without whitespace: the longest words and
   * URLs in news stay under a few hundred; a 2,800-character run of "http://" took the text
   * stage 1.4 s (its cost grows with the cube of the run), 1,000 characters takes milliseconds.
   */
  MAX_WORD_CHARS: 1000,
  /**
   * Times one word may follow itself in an extracted text: news repeats a word a few times at
   * most ("no, no, no"); a 2,000-fold "Aa" took the entities stage a minute, a 10,000-fold "1,"
   * the events stage seven.
   */
  MAX_REPEATED_WORDS: 50,
  /**
   * Longest group of words MAX_REPEATED_WORDS counts as one repeated "word": "Aa Bb Aa Bb …"
   * stalls the entities stage as "Aa Aa …" does, and news never repeats a group of two to four
   * words fifty times in a row (none of the shared benchmark texts comes near).
   */
  MAX_REPEAT_PERIOD: 4,
} as const;

/** The job queue workers share (pg-boss in PostgreSQL; src/queue). */
export const QUEUE = {
  /**
   * Seconds a job may stay active before it is taken for dead (its worker killed) and handed to
   * another: above the longest story analysis seen (a few seconds for a 100-document story on a
   * loaded machine), short enough that a killed worker's job is retried within a minute.
   */
  EXPIRE_SECONDS: 60,
  /** Seconds between the queue's maintenance passes, which retry expired jobs. */
  MAINTENANCE_SECONDS: 10,
  /** Tries of one job before it is failed for good: a bug, not a crash, fails every try. */
  RETRY_LIMIT: 5,
  /** Seconds an idle worker waits before asking the queue again (pg-boss's minimum is 0.5). */
  POLL_SECONDS: 0.5,
  /** Milliseconds above which getting a lock counts as a wait in the worker's statistics (a free lock is one round trip, well under this). */
  LOCK_WAIT_MS: 20,
} as const;

export const PIPELINE = {
  /**
   * Milliseconds one stage may spend on one document before the document is rejected `too-slow`
   * and the run goes on without it. Generous: the slowest real article takes well under 1 s in
   * any stage; 10 s only catches pathological input (see src/pipeline/isolate.ts for what is
   * measured per document and what is not).
   */
  DOCUMENT_STAGE_BUDGET_MS: 10_000,
  /**
   * Inputs isolated (bisected out) in one run before a failing stage is taken to be broken for
   * all inputs: each isolation re-runs the stages up to the failing one about log2(n) times.
   */
  MAX_ISOLATED_INPUTS: 32,
  /**
   * Documents an incremental update must have before its stories are spread over worker threads
   * (a batch run uses threads only when told: see pipeline/batch-threads.ts). A thread loads its modules
   * and resources before it takes any work: 1.4-1.7 s of CPU from dist/, 2.2-2.5 s under tsx
   * (measured 7 December, machine loaded, pool of one thread until its first answer), while the
   * main thread goes on alone; extraction and the text layer take about 10 ms of CPU a document,
   * so a run under about 150-250 documents is done, or nearly, before the thread can help, and
   * would only pay its start (and the copying of results between threads). On a machine with no
   * idle core the threads never repay it: at load 21-25 on two cores, 100, 200 and 400 documents
   * took 16-40% longer with a second thread.
   */
  PARALLEL_ANALYSIS_MIN_DOCUMENTS: 200,
  /**
   * Chunks of per-document work (extraction's per-record part, text layers) per thread: many, so
   * that a thread left with a chunk of long pages does not keep the others waiting at the end
   * (16 chunks of a 1,000-document run's text layers take about 0.2 s each); a message costs
   * well under a millisecond.
   */
  PARALLEL_CHUNKS_PER_THREAD: 16,
  /**
   * Milliseconds of CPU per document a corpus-wide stage may spend on top of one document's
   * budget before the run looks (by bisection) for a document over budget on its own. About six
   * times the slowest stage's mean per document in the 1,000-document bench (extract, 8.6 ms),
   * so a normal run of any size never triggers the search.
   */
  STAGE_DOCUMENT_ALLOWANCE_MS: 50,
} as const;

export const EXTRACT = {
  /** Cleaned bodies shorter than this (in characters) are not articles, unless they hold a whole sentence. */
  MIN_ARTICLE_CHARS: 80,
  /** Words in the shortest sentence that makes a short body a news brief rather than a label or a form. */
  MIN_SENTENCE_WORDS: 5,
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
  /** Longest text kept in one removal record: enough to recognise the block in an audit, not a copy of the page. */
  REMOVAL_MAX_CHARS: 300,
  /** A furniture-named element holding more than this share of the page's text is a wrapper, not a box: kept. */
  FURNITURE_MAX_SHARE: 0.5,
  /** Share of link text above which a big furniture-named element is a link list anyway (menus run long). */
  LINK_LIST_DENSITY: 0.5,
  /** Least non-link text for a marked-up container to count as the article: less is a teaser card. */
  MIN_CANDIDATE_CHARS: 200,
  /** Shortest text block that scores as a paragraph (readability uses 25): shorter is a label or a link. */
  MIN_PARAGRAPH_CHARS: 25,
  /** A block inside the article with more link text than this share is a link list, unless long prose. */
  LINK_BLOCK_DENSITY: 0.5,
  /** A block this long reads as prose even when mostly linked (a paragraph of citations). */
  LINKED_PROSE_CHARS: 300,
  /** The page-wide baseline rejects blocks with more link text than this share (justext's 0.2-0.3 range). */
  BASELINE_MAX_DENSITY: 0.3,
  /** The baseline rejects blocks shorter than this many characters unless good text surrounds them. */
  BASELINE_SHORT_CHARS: 30,
  /** The marked-up container wins unless it holds less than this share of the text-density pick's text. */
  MARKUP_MIN_SHARE: 0.5,
  /** Text from which a header- or menu-named box is read as holding prose (a lead, an article) and entered, not dropped. */
  GUARDED_PROSE_CHARS: 200,
  /** Largest link share of such a box: menus and link bars are mostly links, prose is not. */
  GUARDED_PROSE_DENSITY: 0.2,
  /** Other containers scoring nearly as well as the best that make it one section of a split article (Readability uses 3). */
  SPLIT_MIN_SECTIONS: 3,
  /** Share of the best container's score from which another one counts as nearly as good (Readability: 0.75). */
  SPLIT_NEAR_SCORE: 0.75,
  /** Shortest paragraph before the article container taken as its lead: shorter is a kicker, teaser or credit. */
  LEAD_MIN_CHARS: 100,
  /** Ancestor levels above the article container searched for its lead (header boxes nest one or two deep). */
  LEAD_LEVELS: 2,
  /** Preceding siblings examined per level: the lead sits right above the body, not pages before it. */
  LEAD_MAX_SIBLINGS: 4,
  /** Longest byline, dateline or credit box removed by its class: a longer one holds article text. */
  BYLINE_MAX_CHARS: 400,
  /** Documents with different stories that must share a line before it is corpus boilerplate: two can share one by chance. */
  REPEATED_MIN_DOCS: 3,
  /** Documents of one outlet that must share a line: an outlet's own template shows on its second article already. */
  REPEATED_MIN_OUTLET_DOCS: 2,
  /** Words from which a line counts as body text when telling copies of one story apart; shorter lines are labels. */
  REPEATED_BODY_MIN_WORDS: 8,
  /** Share of the shorter body two documents must have in common to be copies of one story (wire, syndication). */
  REPEATED_COPY_SHARE: 0.5,
  /** Longest learnable boilerplate line in words; a longer line is a paragraph, never a template. */
  REPEATED_MAX_WORDS: 40,
  /** Longest repeated line without closing punctuation removed anywhere (labels, links, banners). */
  REPEATED_LABEL_MAX_WORDS: 15,
  /** Longest repeated sentence removed at a document's edge on REPEATED_MIN_DOCS documents ("All rights reserved."). */
  REPEATED_SHORT_WORDS: 8,
  /** Documents with different stories from which a longer repeated edge sentence is template, not news. */
  REPEATED_MANY_DOCS: 5,
  /** Lines after a "Related" heading taken as its link list at most; a longer run is article text again. */
  RELATED_MAX_LINKS: 12,
  /**
   * Share of the block model's threshold below which a block inside the article (not at its
   * edges) is dropped: chrome sits at the edges, so inside only a sure reject goes (0.5 beat 1
   * and 0 on trafilatura-dev's held-out halves: F1 0.916 against 0.916 and 0.913).
   */
  BLOCK_INNER_SHARE: 0.5,
} as const;

export const TEXT = {
  /**
   * Characters wink-nlp may skip without a token (stray control characters) before the next
   * token's text; a match further ahead than this, past visible text, is a later occurrence.
   */
  MAX_UNSEEN_GAP: 8,
  /**
   * Longest run without white space handed to wink-nlp in one piece: its e-mail and URL patterns
   * backtrack over such a run in quadratic time (20,000 "?" took 18 s; issue 15), so a longer run
   * is cut with a space before wink sees it. Real URLs and e-mail addresses are shorter.
   */
  MAX_RUN_CHARS: 120,
  /**
   * Longest bracketed note that, ending on an abbreviation and its full stop, does not end the
   * sentence ("(D-Ore.)", "(approx.)"): longer bracketed text may be a sentence of its own.
   */
  MAX_BRACKET_NOTE: 24,
} as const;

export const DEDUPE = {
  /** Words per shingle: 5 is the usual near-duplicate choice; shorter matches stock phrases. */
  SHINGLE_WORDS: 5,
  /**
   * MinHash values per document (one-permutation hashing bins). 128 gives every band a fair
   * chance for low-overlap partial copies and costs 512 bytes a document.
   */
  MINHASH_PERMUTATIONS: 128,
  /**
   * Rows per LSH band. One row per band makes a pair a candidate when single values agree, which
   * catches partial copies (a shared paragraph inside a long article, Jaccard ~0.05) with
   * probability > 0.99; MIN_BAND_HITS and exact overlap then filter the extra candidates.
   */
  LSH_ROWS_PER_BAND: 1,
  /**
   * Bands a pair must share to be verified. One shared value is what a single stock phrase
   * produces (Jaccard ~0.002 gives 0.26 expected hits); a copy at the overlap threshold expects
   * 7-18 hits, so asking for 2 drops most noise and keeps >0.99 of true copies.
   */
  MIN_BAND_HITS: 2,
  /**
   * A proposed pair is checked exactly only when its MinHash-estimated overlap reaches this share
   * of MIN_COPY_OVERLAP. At half, a pair of equal-size texts right at the threshold (~18 expected
   * shared bands of 128) is dropped with probability < 1%; pairs sharing one sentence are skipped.
   */
  ESTIMATE_SLACK: 0.5,
  /**
   * Largest LSH bucket used as evidence. A value shared by this many documents is boilerplate
   * (a footer, a standard disclaimer), not copying; capping it keeps candidate work near-linear.
   * A wire story reprinted by hundreds of outlets still fits.
   */
  MAX_BUCKET_DOCS: 1000,
  /**
   * Least overlap (shared shingles / smaller document's shingles) that is a copy. Articles that
   * each quote the same official statement share ~3% per quoted sentence and up to ~18% when
   * they quote a whole statement paragraph; a rewrite of one wire story keeps ~30% or more.
   */
  MIN_COPY_OVERLAP: 0.25,
  /**
   * Resemblance (Jaccard of shingles) from which two documents are the same text. 0.8 is the
   * usual near-duplicate line: light edits and different boilerplate stay above it, while a short
   * text quoted whole inside a long one (overlap 1, resemblance low) is a copy, not a duplicate.
   */
  NEAR_DUPLICATE_JACCARD: 0.8,
  /** Shortest shared run reported as a passage: under ~8 words it is a stock phrase. */
  MIN_PASSAGE_WORDS: 8,
  /** Words of difference bridged inside one passage: a changed word or spelling is still one copy. */
  PASSAGE_MAX_GAP_WORDS: 3,
  /**
   * Dice coefficient of content words from which two sentences of a copy pair are one sentence
   * reworded. A rewrite of a wire sentence keeps its names, numbers and key nouns (~0.6 on
   * rewrites measured by hand); two different sentences about one event share ~0.2-0.35.
   */
  REWORD_MIN_DICE: 0.5,
  /** Fewest content words a sentence needs to be aligned as reworded; short sentences match by chance. */
  REWORD_MIN_CONTENT_WORDS: 8,
  /**
   * Share of the shorter span two passages in one document must overlap to be one passage
   * across pairs; half keeps adjacent but different paragraphs apart.
   */
  PASSAGE_GROUP_MIN_SHARE: 0.5,
} as const;

export const CLUSTER = {
  /**
   * Term-count weight of names (capitalised mid-sentence words) and numbers. Same-kind stories
   * share common nouns but not names and figures; on the ECB+ dev set 2-4 score within 0.004
   * of each other, and 3 is the middle of that plateau.
   */
  NAME_WEIGHT: 3,
  /**
   * Term-count weight of a multi-word name as one phrase term ("port selden"): it tells apart
   * names that share a word. Same scale as a single name; dev F1 0.906-0.911 for 2-4.
   */
  PHRASE_WEIGHT: 3,
  /**
   * Term-count weight of a stated calendar date ("@2031-03-12"): a date is as specific as a
   * name, so it gets a name's weight. Dev texts rarely state dates (F1 unchanged from 0 to 6).
   */
  DATE_WEIGHT: 3,
  /**
   * Passes in `refine` that move documents to the story they fit better after merging. One pass
   * settles nearly everything: a second moved nothing on the dev set.
   */
  REASSIGN_ROUNDS: 1,
  /**
   * Characters of a document's opening read as its lead (headline and first sentences), one of
   * the similarity views: where a report says what happened, whom and where. About two sentences.
   */
  LEAD_CHARS: 400,
  /**
   * Publication days kept per story (evenly thinned) for the mean time gap between two stories:
   * enough to tell a week's coverage from a season's, and a bound on a score's cost (pairs of days).
   */
  STORY_DAYS: 32,
  /** Words per quote shingle: four words in a row are rarely shared by chance, and a trimmed quote keeps most windows. */
  QUOTE_WORDS: 4,
  /** Quote shingles that must be shared: three overlapping windows are six quoted words in a row. */
  QUOTE_MIN_SHARED: 3,
  /** Quote hashes kept per story (a bottom-k sample): about twenty quoted sentences' worth. */
  STORY_QUOTE_HASHES: 256,
  /** Copy overlap from which two documents are forced into one story: they share most text. */
  FORCE_LINK_OVERLAP: 0.5,
  /** Story titles longer than this (characters) are trimmed at a word boundary. */
  MAX_TITLE_CHARS: 100,
  /**
   * Heaviest TF-IDF terms kept per document vector: a news article has 150-300 distinct content
   * terms, so 400 keeps nearly all of them (200 cost 0.003 dev F1) and caps very long pages.
   */
  DOC_TERMS: 400,
  /**
   * Documents of a batch whose counted terms are kept from priming the term statistics to their
   * add, so that each is counted once (about 20 KB each: 100 MB at the cap); a larger batch
   * counts them again at its add rather than hold them all. Speed only: the stories are the same.
   */
  PRIMED_TERMS_MAX_DOCUMENTS: 5_000,
  /**
   * Heaviest terms kept in a story's summed vector: bounds the memory of a story with thousands
   * of documents; at 800 or more dev scores do not change.
   */
  CENTROID_TERMS: 2000,
  /**
   * Heaviest centroid terms a story is posted under in the inverted index: a story's names and
   * topic words are among its top 30; 15 or 60 give the same dev stories.
   */
  INDEX_TERMS: 30,
  /** Heaviest posted terms of a document (or story) looked up for candidates; 15 gives the same dev stories. */
  QUERY_TERMS: 30,
  /**
   * Stories kept per posting list, newest first: bounds a lookup's cost at 100,000 documents;
   * a term in more stories than this is topic vocabulary and other terms find the candidates.
   */
  MAX_POSTINGS: 200,
  /** Candidate stories scored exactly per lookup, by shared posted weight; 15 gives the same dev stories. */
  CANDIDATES: 40,
} as const;

export const ENTITIES = {
  /** Evidence weight of a decisive cue (a title, an organisation head word, a province/country name): outvotes two context cues. */
  W_STRONG: 3,
  /** Evidence weight of a context cue ("militant group X", "in X" for a gazetteer town, "spokesperson, X"). */
  W_CONTEXT: 2,
  /** Evidence weight of name shape alone (two capitalised words look like a person): any real cue overrides it. */
  W_WEAK: 1,
  /**
   * Evidence weight of the trained tagger's type for one mention: it outvotes any one or two rule
   * cues on that mention; the story-wide sum still lets several mentions outvote one.
   */
  W_MODEL: 6,
  /**
   * Factor on a context cue's weight (W_STRONG, W_CONTEXT) beside the tagger's vote: explicit
   * cues ("the armed group X", "X province", a title) are near-certain in English, so a few of
   * them outvote the tagger across a story. Chosen on CoNLL-2003 valid and the seed articles.
   */
  W_CUE_SCALE: 4,
  /**
   * Mentions of one spelling the tagger must give a second type before that type becomes an entity
   * of its own ("Chicago" the team beside "Chicago" the city); one odd mention is outvoted instead.
   * Chosen on CoNLL-2003 valid among 1, 2, 3 (see models/ner/README.md).
   */
  TYPE_SPLIT_MIN: 2,
  /** Vote a gazetteer province, district or country spelling adds to "location" in the per-mention type vote: under one, so it only breaks ties. */
  PLACE_TIE_VOTE: 0.25,
  /** Tokens looked back from ", X" for a role noun ("the deputy governor of P, X"); longer reaches cross clauses. */
  ROLE_WINDOW: 8,
  /** Tokens looked back from a place for its country ("Iran's south-eastern X"). */
  COUNTRY_WINDOW: 5,
  /** Shortest spelling skeleton compared fuzzily; shorter names differ too easily by one letter. */
  FUZZY_MIN_SKELETON: 8,
  /**
   * Shortest skeleton two differently spelled names may share and be merged: four consonants
   * ("khrg": Khorog, Khorugh, Khorogh) still name one thing; three ("krm") join unrelated names.
   * Acronyms never merge by skeleton ("IRNA" is not "Iran").
   */
  MIN_SHARED_SKELETON: 4,
  /** Most edits between two skeletons of one name ("Zahra"/"Zahrah"); two would join different people. */
  FUZZY_MAX_EDITS: 1,
  /** Share of capitalised words from which a line is a headline or navigation bar: prose runs well under half. */
  TITLE_CASE_SHARE: 0.75,
  /** Fewest words for the title-case test: a three-word line ("Kabul, Afghanistan") is too short to judge. */
  TITLE_CASE_MIN_WORDS: 4,
  /** Shortest skeleton a country, region or province is found by: shorter skeletons match unrelated names. */
  GAZETTEER_MIN_SKELETON: 6,
  /** Shortest skeleton a district is found by: 33k districts collide more, so one letter more than provinces. */
  DISTRICT_MIN_SKELETON: 7,
  /**
   * Most words of one name looked for inside a title-case run ("Ministry of Foreign Affairs of the
   * Islamic Republic of Iran" is 10): bounds the segmentation's work per word, so a long run of
   * capitalised words costs linear time, not cubic (issue 15).
   */
  SEGMENT_MAX_WORDS: 12,
} as const;

export const QUOTES = {
  /**
   * Fewest words inside quote marks for a quotation: one or two marked words are scare quotes
   * ("terrorists", "highly coordinated"); three already carry a speaker's claim ("a grave violation").
   */
  MIN_WORDS: 3,
  /** Longest all-capitalised quoted phrase taken for a name or title (an operation's code name), not a quote. */
  NAME_MAX_WORDS: 4,
  /** Characters of a speech-cue noun phrase ("the deputy governor of the province"); longer is a clause, not a speaker. */
  MAX_SPEAKER_CHARS: 80,
  /**
   * Characters before and after a quote searched for its speech cue. A cue sits in the quote's own
   * sentence or the one before; text with no sentence breaks (a page's markup read as one line)
   * would otherwise make every quote search the whole line, quadratic (84,000 characters: 1.2 s).
   */
  MAX_CUE_CONTEXT_CHARS: 2000,
  /**
   * Share of the shorter quote's content words found in the longer one for both to be one quote,
   * trimmed or reworded. Trimmed copies score ~1 and re-translations 0.75-0.9; 0.7 keeps apart two
   * short statements that differ in one of three content words ("reopen the bridge/school on Monday").
   */
  SAME_QUOTE_MIN: 0.7,
  /** Fewest content words the shorter of two quotes needs before containment alone may merge them: fewer is a stock phrase. */
  SAME_QUOTE_MIN_WORDS: 3,
  /**
   * Share of the shorter quote's content words (stemmed, near-synonyms joined) for a paraphrase or
   * re-translation credited to the same speaker: a re-translation keeps about half its content words.
   */
  PARAPHRASE_MIN: 0.5,
  /** Containment two quotes credited to conflicting speakers need to still be one (a misattributed copy): near-verbatim. */
  CONFLICT_MIN: 0.9,
  /** Content words such a conflicting pair needs: short shared formulas ("respects the sovereignty of X") are said by both sides. */
  CONFLICT_MIN_WORDS: 8,
  /** Shortest content-word stem used to propose quote pairs: function words are already gone, and stems like "war" carry meaning. */
  INDEX_MIN_WORD_CHARS: 3,
  /** A word in more quotes than this proposes no pairs: it is topic vocabulary, and pairing on it would be quadratic. */
  INDEX_MAX_POSTINGS: 400,
  /**
   * Longest apposition, in tokens, between a name and the verb it is the subject of ("Roe, a
   * professor of law at the state university, said"): news appositions run 3-15 tokens; 25 keeps
   * the two-comma ones and stops before a second clause. Checked on polnear-train (840 articles):
   * 15-40 change speaker accuracy by under 0.002.
   */
  APPOSITION_TOKENS: 25,
  /**
   * Longest quote taken for a scare quote when it follows a determiner ("the “car park
   * question”"): issue 10 counts quotes of one to three words as scare quotes. Only those used
   * as a noun phrase are dropped: on polnear-train, dropping every three-word quote would lose
   * 355 of 5,821 gold quotes (recall 0.93); after a determiner it loses 66 (recall 0.991 -> 0.982).
   */
  SCARE_MAX_WORDS: 3,
  /** Longest line taken for a credit line after a block quote ("- Jane Roe, harbour master."): a name and a short role. */
  CREDIT_LINE_CHARS: 80,
  /** Words of title or role a credit right after a quote may put before the name ("former deputy harbour master Jane Roe said"). */
  CREDIT_LEAD_WORDS: 4,
  /**
   * Longest clause after a quote not closed by a comma that is still a bare credit ("“…?” Roe
   * pressed."); a longer one is a new statement ("“…” Roe then turned to the budget and …").
   * On polnear-train 5, 8 and 12 give speaker accuracy 0.911, 0.912, 0.913: flat, 8 is the middle.
   */
  BARE_CREDIT_WORDS: 8,
  /**
   * Entity mentions a speaker phrase looks back over for whom a pronoun, role or surname names
   * (issue 15: a bounded window keeps a document with thousands of quotes linear). News articles
   * hold a few dozen to a few hundred mentions; on polnear-train 100 and 400 give the same
   * output byte for byte as an unbounded look-back, so 400 leaves a wide margin.
   */
  LOOKBACK_MENTIONS: 400,
} as const;

export const EVENTS = {
  /** Largest casualty count believed: bigger numbers in a casualty frame are years or money. */
  MAX_CASUALTY_COUNT: 1_000_000,
  /** Sentences a report looks back for the date of a happening it does not date itself: about a paragraph. */
  CONTEXT_SENTENCES: 3,
  /** Characters after a trigger within which a date is its date ("struck ... on Tuesday night"): one long clause. */
  DATE_REACH_CHARS: 200,
  /** Tokens before a trigger a place may stand and still be its place ("in Kell, a blast"); further back is another clause. */
  PLACE_BEFORE_TOKENS: 6,
  /** Tokens between triggers that name one thing ("missile and drone attacks"); farther apart they are two happenings. */
  COMPOUND_GAP_TOKENS: 3,
  /**
   * Weight of a date named in a count's sentence when choosing the event the count belongs to:
   * it outweighs sentence distance (a Thursday paragraph's toll for "Tuesday's attack") but not
   * a trigger in the count's own sentence plus agreement.
   */
  FACT_DATE_CUE_WEIGHT: 3,
  /**
   * Share of a document's sentences about a game (src/events/figurative.ts) above which its violent
   * words are read as plays unless a sentence names real harm: a match report says "beat", "shot"
   * and "attack" throughout, a shooting at a stadium names victims and police. A third: set by
   * reading invented match and crime reports, not tuned on a benchmark.
   */
  SPORT_DOCUMENT_SHARE: 0.34,
  /** Sentences of a document's lead searched for the day of an undated lead event: a news lead states it in its first few (gva-dev: the day is in the first five sentences of most reports that state one). */
  LEAD_DATE_SENTENCES: 5,
  /** Days before publication a lead's weekday or "last night" may point to: news of the day reports the past week. */
  LEAD_DATE_MAX_DAYS: 7,
  /** Sentences after the headline the incident-day ranker (models/dates) reads candidate days from: a report states its incident's day near the top; further down are hearings and earlier cases. */
  DATE_MODEL_SENTENCES: 20,
  /**
   * Margin by which the count classifier must call every cardinal of a rule's count "other" to
   * drop it: off (1e9, never reached). On gva-dev's held-out folds a margin of 16 raised killed precision
   * from 0.84 to 0.90, but the classifier, trained on US shooting news only, also called plain
   * conflict tolls ("two border guards were killed") other by margins of 30+, so it may not
   * overrule the rules until it sees other news.
   */
  COUNT_MODEL_DROP_MARGIN: 1e9,
  /** Margin by which the count classifier must call a cardinal no rule read killed/injured/shot to add it: chosen on gva-dev's held-out folds (npm run train:counts prints the grid; 1 and 2 tie, 16 and up add less). */
  COUNT_MODEL_ADD_MARGIN: 1,
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
  /**
   * Widest spread (degrees of latitude or longitude) of event places drawn as one regional map;
   * beyond it only those near the weighted centre are kept: 40 degrees covers a region such as
   * the Middle East or Western Europe, while a wider box turns the story into a dot on a world map.
   */
  MAP_MAX_FOCUS_DEGREES: 40,
  /** Share of the places' extent added on each side of the map so edge dots and labels have room. */
  MAP_MARGIN_SHARE: 0.25,
  /** Smallest margin in degrees (~200 km), so one town still shows its surroundings and borders. */
  MAP_MIN_MARGIN_DEGREES: 2,
  /** Widest map extent (degrees) drawn with the 1:50m outlines; wider maps use 1:110m, where 50m only adds bytes. */
  MAP_FINE_MAX_DEGREES: 60,
  /** Width of the map in SVG units; the height follows the region's shape within the bounds below. */
  MAP_WIDTH: 800,
  /** Least and most map height in SVG units, so a long thin region neither vanishes nor scrolls forever. */
  MAP_MIN_HEIGHT: 280,
  MAP_MAX_HEIGHT: 520,
  /**
   * Shortest outline segment drawn, in SVG units (a pixel at the map's natural size): shorter
   * steps are invisible even at twice that size. With relative steps (src/report/map-path.ts) a
   * regional 1:50m map went from 67 KB (24 KB gzipped) to 31 KB (9 KB gzipped), and its story
   * page from 35 KB to 20 KB gzipped.
   */
  MAP_MIN_STEP: 1,
} as const;

/** The analyst's web app (web/): how much one page shows and fetches. */
export const WEB = {
  /** Stories a page of the list: enough to scan on a phone without an endless scroll. */
  STORIES_PAGE_SIZE: 20,
  /**
   * Article texts a story page fetches to show each value's sentence and each outlet's wording; a
   * bigger story shows the rest as links only, so one page never pulls a whole archive.
   */
  MAX_STORY_TEXTS: 60,
  /** Characters of a headline standing in for a missing outlet name: enough to recognise it in a list. */
  TITLE_STAND_IN_CHARS: 48,
} as const;

export const STORE = {
  /** Most full-text hits one search returns: a person reads the first page; a huge list only costs memory. */
  MAX_SEARCH_HITS: 100,
  /** Tokens of document text in a search snippet: about one line, enough to judge the hit. */
  SNIPPET_TOKENS: 16,
  /** Milliseconds a writer waits for another process's lock before failing, so two CLI runs queue instead of erroring. */
  BUSY_TIMEOUT_MS: 5000,
  /** Most items one page of a store list holds (and the default): a screenful, and a bounded answer for any request. */
  MAX_PAGE: 100,
} as const;

export const WATCH = {
  /** A file must keep its size and time this long (ms) before `watch` reads it: writers save in bursts, so a shorter wait reads half-written files. */
  DEBOUNCE_MS: 1000,
  /** How often (ms) `watch` also scans the folder, for file systems where fs.watch misses events (network mounts, some containers). */
  POLL_MS: 2000,
} as const;

export const API = {
  /** Largest request body the API reads (bytes): a batch of a few thousand articles; more is refused with 413 before it is parsed. */
  MAX_BODY_BYTES: 16 * 1024 * 1024,
  /** Items a list page holds unless `limit` says otherwise: one screen of results. */
  DEFAULT_PAGE_SIZE: 20,
  /** Most items one list page holds: bounds the work and the answer of one request. */
  MAX_PAGE_SIZE: 100,
  /** Characters of text shown each side of an entity mention: about a line, enough to read the mention in context. */
  MENTION_CONTEXT_CHARS: 80,
  /**
   * Smallest cached answer also kept gzipped (bytes), for clients that accept it (every browser):
   * a story page is about 160 KB at 50,000 documents, and 200 clients reading it saturated the
   * loopback at p99 369 ms (bench:api); under a kilobyte, compressing saves less than its headers.
   */
  GZIP_MIN_BYTES: 1024,
  /** Rendered story pages kept per server: the pages people are reading; older ones are rendered again on demand. */
  HTML_CACHE_STORIES: 64,
  /** Read answers kept per server (by address, for the store's current version): the pages many readers ask for are served without a query; the rest are read again. With the size cap below, at most about 400 MB held in the worst case, a few MB in practice (answers of 2-160 KB at 50,000 documents). */
  ANSWER_CACHE_ENTRIES: 256,
  /** Longest answer (UTF-16 units) the answer cache keeps: the largest story page seen is 162 KB; an export of a wide search is read again rather than held. */
  ANSWER_CACHE_MAX_CHARS: 512 * 1024,
} as const;

type Range = readonly [section: string, name: string, value: number, min: number, max: number];

function ranges(): readonly Range[] {
  return [
    ["INGEST", "MAX_INPUT_BYTES", INGEST.MAX_INPUT_BYTES, 1024, 1024 ** 3],
    ["INGEST", "BINARY_CONTROL_RATIO", INGEST.BINARY_CONTROL_RATIO, 0, 1],
    ["INGEST", "MAX_DIRECTORY_DEPTH", INGEST.MAX_DIRECTORY_DEPTH, 1, 10_000],
    ["INGEST", "BINARY_SNIFF_BYTES", INGEST.BINARY_SNIFF_BYTES, 16, 1024 * 1024],
    ["INGEST", "MAX_STDIN_BYTES", INGEST.MAX_STDIN_BYTES, 1024, 1024 ** 3],
    ["INGEST", "MAX_ARTICLE_LINES", INGEST.MAX_ARTICLE_LINES, 100, 1_000_000],
    ["INGEST", "MAX_LINE_CHARS", INGEST.MAX_LINE_CHARS, 1000, 100_000_000],
    ["INGEST", "MAX_HTML_DEPTH", INGEST.MAX_HTML_DEPTH, 32, 100_000],
    ["INGEST", "MAX_JSON_DEPTH", INGEST.MAX_JSON_DEPTH, 2, 10_000],
    ["INGEST", "MAX_WORD_CHARS", INGEST.MAX_WORD_CHARS, 100, 1_000_000],
    ["INGEST", "MAX_REPEATED_WORDS", INGEST.MAX_REPEATED_WORDS, 5, 1_000_000],
    ["INGEST", "MAX_REPEAT_PERIOD", INGEST.MAX_REPEAT_PERIOD, 1, 16],
    ["QUEUE", "EXPIRE_SECONDS", QUEUE.EXPIRE_SECONDS, 1, 86_400],
    ["QUEUE", "MAINTENANCE_SECONDS", QUEUE.MAINTENANCE_SECONDS, 1, 3_600],
    ["QUEUE", "RETRY_LIMIT", QUEUE.RETRY_LIMIT, 0, 1_000],
    ["QUEUE", "POLL_SECONDS", QUEUE.POLL_SECONDS, 0.5, 60],
    ["QUEUE", "LOCK_WAIT_MS", QUEUE.LOCK_WAIT_MS, 1, 60_000],
    ["PIPELINE", "DOCUMENT_STAGE_BUDGET_MS", PIPELINE.DOCUMENT_STAGE_BUDGET_MS, 10, 3_600_000],
    ["PIPELINE", "MAX_ISOLATED_INPUTS", PIPELINE.MAX_ISOLATED_INPUTS, 1, 100_000],
    ["PIPELINE", "PARALLEL_ANALYSIS_MIN_DOCUMENTS", PIPELINE.PARALLEL_ANALYSIS_MIN_DOCUMENTS, 0, 1_000_000],
    ["PIPELINE", "PARALLEL_CHUNKS_PER_THREAD", PIPELINE.PARALLEL_CHUNKS_PER_THREAD, 1, 1_000],
    ["PIPELINE", "STAGE_DOCUMENT_ALLOWANCE_MS", PIPELINE.STAGE_DOCUMENT_ALLOWANCE_MS, 1, 60_000],
    ["EXTRACT", "MIN_ARTICLE_CHARS", EXTRACT.MIN_ARTICLE_CHARS, 0, 10_000],
    ["EXTRACT", "MIN_SENTENCE_WORDS", EXTRACT.MIN_SENTENCE_WORDS, 1, 50],
    ["EXTRACT", "GUARDED_PROSE_CHARS", EXTRACT.GUARDED_PROSE_CHARS, 0, 10_000],
    ["EXTRACT", "GUARDED_PROSE_DENSITY", EXTRACT.GUARDED_PROSE_DENSITY, 0, 1],
    ["EXTRACT", "LEAD_MIN_CHARS", EXTRACT.LEAD_MIN_CHARS, 0, 10_000],
    ["EXTRACT", "LEAD_LEVELS", EXTRACT.LEAD_LEVELS, 0, 10],
    ["EXTRACT", "LEAD_MAX_SIBLINGS", EXTRACT.LEAD_MAX_SIBLINGS, 0, 100],
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
    ["EXTRACT", "REMOVAL_MAX_CHARS", EXTRACT.REMOVAL_MAX_CHARS, 20, 100_000],
    ["EXTRACT", "FURNITURE_MAX_SHARE", EXTRACT.FURNITURE_MAX_SHARE, 0, 1],
    ["EXTRACT", "LINK_LIST_DENSITY", EXTRACT.LINK_LIST_DENSITY, 0, 1],
    ["EXTRACT", "MIN_CANDIDATE_CHARS", EXTRACT.MIN_CANDIDATE_CHARS, 0, 100_000],
    ["EXTRACT", "MIN_PARAGRAPH_CHARS", EXTRACT.MIN_PARAGRAPH_CHARS, 1, 10_000],
    ["EXTRACT", "LINK_BLOCK_DENSITY", EXTRACT.LINK_BLOCK_DENSITY, 0, 1],
    ["EXTRACT", "LINKED_PROSE_CHARS", EXTRACT.LINKED_PROSE_CHARS, 0, 100_000],
    ["EXTRACT", "BASELINE_MAX_DENSITY", EXTRACT.BASELINE_MAX_DENSITY, 0, 1],
    ["EXTRACT", "BASELINE_SHORT_CHARS", EXTRACT.BASELINE_SHORT_CHARS, 0, 10_000],
    ["EXTRACT", "MARKUP_MIN_SHARE", EXTRACT.MARKUP_MIN_SHARE, 0, 1],
    ["EXTRACT", "BYLINE_MAX_CHARS", EXTRACT.BYLINE_MAX_CHARS, 0, 100_000],
    ["EXTRACT", "REPEATED_MIN_DOCS", EXTRACT.REPEATED_MIN_DOCS, 2, 1000],
    ["EXTRACT", "REPEATED_MIN_OUTLET_DOCS", EXTRACT.REPEATED_MIN_OUTLET_DOCS, 2, 1000],
    ["EXTRACT", "REPEATED_BODY_MIN_WORDS", EXTRACT.REPEATED_BODY_MIN_WORDS, 2, 100],
    ["EXTRACT", "REPEATED_COPY_SHARE", EXTRACT.REPEATED_COPY_SHARE, 0.05, 1],
    ["EXTRACT", "REPEATED_MAX_WORDS", EXTRACT.REPEATED_MAX_WORDS, 1, 500],
    ["EXTRACT", "REPEATED_LABEL_MAX_WORDS", EXTRACT.REPEATED_LABEL_MAX_WORDS, 1, 100],
    ["EXTRACT", "REPEATED_SHORT_WORDS", EXTRACT.REPEATED_SHORT_WORDS, 1, 100],
    ["EXTRACT", "REPEATED_MANY_DOCS", EXTRACT.REPEATED_MANY_DOCS, 2, 10_000],
    ["EXTRACT", "RELATED_MAX_LINKS", EXTRACT.RELATED_MAX_LINKS, 1, 200],
    ["EXTRACT", "BLOCK_INNER_SHARE", EXTRACT.BLOCK_INNER_SHARE, 0, 1],
    ["REPORT", "PASSAGE_EXCERPT_CHARS", REPORT.PASSAGE_EXCERPT_CHARS, 20, 10_000],
    ["REPORT", "MAX_PASSAGES_SHOWN", REPORT.MAX_PASSAGES_SHOWN, 0, 1000],
    ["REPORT", "MAX_ENTITY_MENTIONS_LINKED", REPORT.MAX_ENTITY_MENTIONS_LINKED, 0, 10_000],
    ["REPORT", "CONTEXT_CHARS", REPORT.CONTEXT_CHARS, 0, 10_000],
    ["REPORT", "MAP_MAX_FOCUS_DEGREES", REPORT.MAP_MAX_FOCUS_DEGREES, 1, 360],
    ["REPORT", "MAP_MARGIN_SHARE", REPORT.MAP_MARGIN_SHARE, 0, 5],
    ["REPORT", "MAP_MIN_MARGIN_DEGREES", REPORT.MAP_MIN_MARGIN_DEGREES, 0.01, 90],
    ["REPORT", "MAP_FINE_MAX_DEGREES", REPORT.MAP_FINE_MAX_DEGREES, 0, 360],
    ["REPORT", "MAP_WIDTH", REPORT.MAP_WIDTH, 100, 10_000],
    ["REPORT", "MAP_MIN_HEIGHT", REPORT.MAP_MIN_HEIGHT, 50, 10_000],
    ["REPORT", "MAP_MAX_HEIGHT", REPORT.MAP_MAX_HEIGHT, 50, 10_000],
    ["REPORT", "MAP_MIN_STEP", REPORT.MAP_MIN_STEP, 0, 100],
    ["WEB", "STORIES_PAGE_SIZE", WEB.STORIES_PAGE_SIZE, 1, 100],
    ["WEB", "MAX_STORY_TEXTS", WEB.MAX_STORY_TEXTS, 0, 1000],
    ["WEB", "TITLE_STAND_IN_CHARS", WEB.TITLE_STAND_IN_CHARS, 10, 500],
    ["STORE", "MAX_SEARCH_HITS", STORE.MAX_SEARCH_HITS, 1, 100_000],
    ["STORE", "SNIPPET_TOKENS", STORE.SNIPPET_TOKENS, 1, 64],
    ["STORE", "BUSY_TIMEOUT_MS", STORE.BUSY_TIMEOUT_MS, 0, 600_000],
    ["STORE", "MAX_PAGE", STORE.MAX_PAGE, 1, 10_000],
    ["WATCH", "DEBOUNCE_MS", WATCH.DEBOUNCE_MS, 0, 600_000],
    ["WATCH", "POLL_MS", WATCH.POLL_MS, 10, 3_600_000],
    ["API", "MAX_BODY_BYTES", API.MAX_BODY_BYTES, 1024, 1024 ** 3],
    ["API", "DEFAULT_PAGE_SIZE", API.DEFAULT_PAGE_SIZE, 1, API.MAX_PAGE_SIZE],
    ["API", "MAX_PAGE_SIZE", API.MAX_PAGE_SIZE, 1, 10_000],
    ["API", "MENTION_CONTEXT_CHARS", API.MENTION_CONTEXT_CHARS, 0, 10_000],
    ["API", "HTML_CACHE_STORIES", API.HTML_CACHE_STORIES, 1, 100_000],
    ["API", "ANSWER_CACHE_ENTRIES", API.ANSWER_CACHE_ENTRIES, 0, 1_000_000],
    ["API", "ANSWER_CACHE_MAX_CHARS", API.ANSWER_CACHE_MAX_CHARS, 0, 1024 ** 3],
    ["DEDUPE", "SHINGLE_WORDS", DEDUPE.SHINGLE_WORDS, 2, 20],
    ["DEDUPE", "MINHASH_PERMUTATIONS", DEDUPE.MINHASH_PERMUTATIONS, 8, 1024],
    ["DEDUPE", "LSH_ROWS_PER_BAND", DEDUPE.LSH_ROWS_PER_BAND, 1, 16],
    ["DEDUPE", "MIN_COPY_OVERLAP", DEDUPE.MIN_COPY_OVERLAP, 0, 1],
    ["DEDUPE", "NEAR_DUPLICATE_JACCARD", DEDUPE.NEAR_DUPLICATE_JACCARD, 0, 1],
    ["DEDUPE", "MIN_BAND_HITS", DEDUPE.MIN_BAND_HITS, 1, 1024],
    ["DEDUPE", "ESTIMATE_SLACK", DEDUPE.ESTIMATE_SLACK, 0, 1],
    ["DEDUPE", "MAX_BUCKET_DOCS", DEDUPE.MAX_BUCKET_DOCS, 2, 10_000_000],
    ["DEDUPE", "REWORD_MIN_DICE", DEDUPE.REWORD_MIN_DICE, 0, 1],
    ["DEDUPE", "REWORD_MIN_CONTENT_WORDS", DEDUPE.REWORD_MIN_CONTENT_WORDS, 1, 200],
    ["DEDUPE", "PASSAGE_GROUP_MIN_SHARE", DEDUPE.PASSAGE_GROUP_MIN_SHARE, 0, 1],
    ["DEDUPE", "MIN_PASSAGE_WORDS", DEDUPE.MIN_PASSAGE_WORDS, 1, 1000],
    ["DEDUPE", "PASSAGE_MAX_GAP_WORDS", DEDUPE.PASSAGE_MAX_GAP_WORDS, 0, 50],
    ["CLUSTER", "FORCE_LINK_OVERLAP", CLUSTER.FORCE_LINK_OVERLAP, 0, 1],
    ["CLUSTER", "NAME_WEIGHT", CLUSTER.NAME_WEIGHT, 1, 20],
    ["CLUSTER", "MAX_TITLE_CHARS", CLUSTER.MAX_TITLE_CHARS, 10, 1000],
    ["CLUSTER", "PHRASE_WEIGHT", CLUSTER.PHRASE_WEIGHT, 0, 20],
    ["CLUSTER", "DATE_WEIGHT", CLUSTER.DATE_WEIGHT, 0, 20],
    ["CLUSTER", "REASSIGN_ROUNDS", CLUSTER.REASSIGN_ROUNDS, 0, 100],
    ["CLUSTER", "LEAD_CHARS", CLUSTER.LEAD_CHARS, 50, 100_000],
    ["CLUSTER", "STORY_DAYS", CLUSTER.STORY_DAYS, 2, 10_000],
    ["CLUSTER", "QUOTE_WORDS", CLUSTER.QUOTE_WORDS, 2, 20],
    ["CLUSTER", "QUOTE_MIN_SHARED", CLUSTER.QUOTE_MIN_SHARED, 1, 100],
    ["CLUSTER", "STORY_QUOTE_HASHES", CLUSTER.STORY_QUOTE_HASHES, 1, 100_000],
    ["CLUSTER", "DOC_TERMS", CLUSTER.DOC_TERMS, 1, 100_000],
    ["CLUSTER", "PRIMED_TERMS_MAX_DOCUMENTS", CLUSTER.PRIMED_TERMS_MAX_DOCUMENTS, 0, 10_000_000],
    ["CLUSTER", "CENTROID_TERMS", CLUSTER.CENTROID_TERMS, 1, 100_000],
    ["CLUSTER", "INDEX_TERMS", CLUSTER.INDEX_TERMS, 1, 10_000],
    ["CLUSTER", "QUERY_TERMS", CLUSTER.QUERY_TERMS, 1, 10_000],
    ["CLUSTER", "MAX_POSTINGS", CLUSTER.MAX_POSTINGS, 1, 1_000_000],
    ["CLUSTER", "CANDIDATES", CLUSTER.CANDIDATES, 1, 100_000],
    ["EVENTS", "MAX_CASUALTY_COUNT", EVENTS.MAX_CASUALTY_COUNT, 1, 1e9],
    ["EVENTS", "CONTEXT_SENTENCES", EVENTS.CONTEXT_SENTENCES, 0, 50],
    ["EVENTS", "DATE_REACH_CHARS", EVENTS.DATE_REACH_CHARS, 0, 10_000],
    ["EVENTS", "PLACE_BEFORE_TOKENS", EVENTS.PLACE_BEFORE_TOKENS, 0, 50],
    ["EVENTS", "COMPOUND_GAP_TOKENS", EVENTS.COMPOUND_GAP_TOKENS, 0, 10],
    ["EVENTS", "FACT_DATE_CUE_WEIGHT", EVENTS.FACT_DATE_CUE_WEIGHT, 0, 100],
    ["EVENTS", "SPORT_DOCUMENT_SHARE", EVENTS.SPORT_DOCUMENT_SHARE, 0, 1],
    ["EVENTS", "LEAD_DATE_SENTENCES", EVENTS.LEAD_DATE_SENTENCES, 0, 100],
    ["EVENTS", "LEAD_DATE_MAX_DAYS", EVENTS.LEAD_DATE_MAX_DAYS, 0, 366],
    ["EVENTS", "DATE_MODEL_SENTENCES", EVENTS.DATE_MODEL_SENTENCES, 0, 1000],
    ["EVENTS", "COUNT_MODEL_DROP_MARGIN", EVENTS.COUNT_MODEL_DROP_MARGIN, 0, 1e9],
    ["EVENTS", "COUNT_MODEL_ADD_MARGIN", EVENTS.COUNT_MODEL_ADD_MARGIN, 0, 1e9],
    ["RECONCILE", "ABOUT_MARGIN", RECONCILE.ABOUT_MARGIN, 0, 1],
    ["TEXT", "MAX_UNSEEN_GAP", TEXT.MAX_UNSEEN_GAP, 0, 1000],
    ["TEXT", "MAX_RUN_CHARS", TEXT.MAX_RUN_CHARS, 16, 10_000],
    ["TEXT", "MAX_BRACKET_NOTE", TEXT.MAX_BRACKET_NOTE, 4, 200],
    ["QUOTES", "MIN_WORDS", QUOTES.MIN_WORDS, 1, 50],
    ["QUOTES", "NAME_MAX_WORDS", QUOTES.NAME_MAX_WORDS, 0, 20],
    ["QUOTES", "MAX_SPEAKER_CHARS", QUOTES.MAX_SPEAKER_CHARS, 10, 500],
    ["QUOTES", "MAX_CUE_CONTEXT_CHARS", QUOTES.MAX_CUE_CONTEXT_CHARS, 200, 100_000],
    ["QUOTES", "SAME_QUOTE_MIN", QUOTES.SAME_QUOTE_MIN, 0, 1],
    ["QUOTES", "SAME_QUOTE_MIN_WORDS", QUOTES.SAME_QUOTE_MIN_WORDS, 1, 50],
    ["QUOTES", "PARAPHRASE_MIN", QUOTES.PARAPHRASE_MIN, 0, 1],
    ["QUOTES", "CONFLICT_MIN", QUOTES.CONFLICT_MIN, 0, 1],
    ["QUOTES", "CONFLICT_MIN_WORDS", QUOTES.CONFLICT_MIN_WORDS, 1, 100],
    ["QUOTES", "INDEX_MIN_WORD_CHARS", QUOTES.INDEX_MIN_WORD_CHARS, 1, 30],
    ["QUOTES", "INDEX_MAX_POSTINGS", QUOTES.INDEX_MAX_POSTINGS, 2, 1_000_000],
    ["QUOTES", "APPOSITION_TOKENS", QUOTES.APPOSITION_TOKENS, 2, 200],
    ["QUOTES", "SCARE_MAX_WORDS", QUOTES.SCARE_MAX_WORDS, 0, 10],
    ["QUOTES", "CREDIT_LINE_CHARS", QUOTES.CREDIT_LINE_CHARS, 10, 500],
    ["QUOTES", "CREDIT_LEAD_WORDS", QUOTES.CREDIT_LEAD_WORDS, 0, 20],
    ["QUOTES", "BARE_CREDIT_WORDS", QUOTES.BARE_CREDIT_WORDS, 1, 50],
    ["QUOTES", "LOOKBACK_MENTIONS", QUOTES.LOOKBACK_MENTIONS, 20, 100_000],
    ["ENTITIES", "W_STRONG", ENTITIES.W_STRONG, 0, 100],
    ["ENTITIES", "W_CONTEXT", ENTITIES.W_CONTEXT, 0, 100],
    ["ENTITIES", "W_MODEL", ENTITIES.W_MODEL, 0, 100],
    ["ENTITIES", "W_CUE_SCALE", ENTITIES.W_CUE_SCALE, 0, 100],
    ["ENTITIES", "TYPE_SPLIT_MIN", ENTITIES.TYPE_SPLIT_MIN, 1, 100],
    ["ENTITIES", "PLACE_TIE_VOTE", ENTITIES.PLACE_TIE_VOTE, 0, 1],
    ["ENTITIES", "W_WEAK", ENTITIES.W_WEAK, 0, 100],
    ["ENTITIES", "ROLE_WINDOW", ENTITIES.ROLE_WINDOW, 1, 50],
    ["ENTITIES", "COUNTRY_WINDOW", ENTITIES.COUNTRY_WINDOW, 1, 50],
    ["ENTITIES", "FUZZY_MIN_SKELETON", ENTITIES.FUZZY_MIN_SKELETON, 3, 100],
    ["ENTITIES", "MIN_SHARED_SKELETON", ENTITIES.MIN_SHARED_SKELETON, 1, 50],
    ["ENTITIES", "FUZZY_MAX_EDITS", ENTITIES.FUZZY_MAX_EDITS, 0, 5],
    ["ENTITIES", "TITLE_CASE_SHARE", ENTITIES.TITLE_CASE_SHARE, 0.5, 1],
    ["ENTITIES", "TITLE_CASE_MIN_WORDS", ENTITIES.TITLE_CASE_MIN_WORDS, 2, 20],
    ["ENTITIES", "GAZETTEER_MIN_SKELETON", ENTITIES.GAZETTEER_MIN_SKELETON, 3, 20],
    ["ENTITIES", "DISTRICT_MIN_SKELETON", ENTITIES.DISTRICT_MIN_SKELETON, 3, 20],
    ["ENTITIES", "SEGMENT_MAX_WORDS", ENTITIES.SEGMENT_MAX_WORDS, 2, 50],
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
