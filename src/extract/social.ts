/** Links only an embedded social post leaves behind in scraped text. */
const EMBED_LINK =
  /(?:\bpic\.twitter\.com\/\w|\bt\.co\/\w|\binstagram\.com\/(?:p|reel)\/|\bfacebook\.com\/\S+\/(?:posts|videos)\/|\btiktok\.com\/@)/iu;
/** "READ MORE:" teasers that embeds and related-link boxes append. */
const READ_MORE = /^(?:read more|read also|also read|see also|related)\s*:/iu;
/** An embed's attribution line: "— Name (@handle) Month D, YYYY" (or a day-first date). */
const ATTRIBUTION = /^[—–-]{1,2}\s*\S.{0,80}\(@\w{1,30}\)\s+\S.{0,30}\d{4}$/u;
const POST_SHARED_BY = /^a post shared by\b.*\(@[\w.]{1,30}\)/iu;

/** True when the whole line is (part of) an embedded social post or its read-more teaser. */
export function isSocialEmbed(line: string): boolean {
  // Every embed link holds ".co"; testing that first spares body lines the case-folding pattern.
  return (line.toLowerCase().includes(".co") && EMBED_LINK.test(line)) || READ_MORE.test(line) || POST_SHARED_BY.test(line);
}

/**
 * True for an embed's attribution line. Its date is the post's, never the article's, so the
 * line goes whole.
 *
 * @example isEmbedAttribution("— Harbour Watch (@harbourwatch) March 3, 2031") // true
 */
export function isEmbedAttribution(line: string): boolean {
  return ATTRIBUTION.test(line);
}
