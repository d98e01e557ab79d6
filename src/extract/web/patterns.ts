import type { RemovalKind } from "../../model/document.js";
import { attr, tagOf, type DomNode } from "../dom.js";

/**
 * Class/id vocabulary of page furniture, several languages. A word matches at a token boundary
 * (start of a class name or after `-`/`_`), so "article-share-bar" and "sharebox" both match
 * "share" while "hardware" does not. Order matters: the first kind that matches names the removal.
 */
const MARKS: readonly (readonly [RemovalKind, RegExp])[] = [
  ["cookie-notice", /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp-|privacy-?(?:banner|notice|bar))/u],
  ["comments", /(?:^|[\s_-])(?:comments?|commentlist|disqus|respond|replies|discussion|forum|reviews|kommentare?|commentaires?|comentarios?|commenti|reacties|коммент)(?:$|[\s_-]|s\b)/u],
  ["share", /(?:^|[\s_-])(?:share|sharing|shares|social|sociable|addthis|sharethis|shariff|teilen|partage[rs]?|compartir|condividi|compartilhar|delen|print-?tools?|article-?tools|toolbar|follow-?us)/u],
  ["advert", /(?:^|[\s_-])(?:ads?|advert\w*|adsbygoogle|adslot|adunit|adzone|adwrap\w*|ad-?container|dfp|gpt-ad|sponsor\w*|promo\w*|werbung|anzeigen?|publicite|publicidad|pubblicita|reklam\w*|outbrain|taboola|native-?ad)(?:$|[\s_-]|\d)/u],
  ["newsletter", /(?:^|[\s_-])(?:newsletters?|subscribe\w*|subscription|signup|sign-up|regwall|registration-?wall|abonn\w*|suscri\w*|iscriviti|inscri\w*|nieuwsbrief)(?:$|[\s_-])/u],
  ["related", /(?:^|[\s_-])(?:related|recommend\w*|recirc\w*|more-?(?:stories|articles|news|from)|read-?(?:more|next|also)|also-?read|trending|popular|most-?(?:read|viewed|popular|shared)|mostread|sidebar|widget\w*|teasers?|verwandt\w*|weitere|empfehl\w*|lesen-?sie-?auch|a-?lire|relacionad\w*|correlat\w*|similar|suggest\w*|next-?(?:article|post|story)|prev-?(?:article|post)|post-?navigation|taglist|tags|tag-?cloud|keywords|topics-?list)(?:$|[\s_-])/u],
  ["navigation", /(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|pagination|pager|skip-?link\w*|jump-?link\w*|site-?index|sitemap|toc)(?:$|[\s_-])/u],
  ["banner", /(?:^|[\s_-])(?:masthead|site-?header|page-?header|global-?header|top-?bar|topbar|header|branding|logo)(?:$|[\s_-])/u],
  ["footer", /(?:^|[\s_-])(?:footer|site-?footer|colophon|copyright|legal|fusszeile|pie-?de-?pagina)(?:$|[\s_-])/u],
  ["byline", /(?:^|[\s_-])(?:byline|bylines|author-?(?:bio|box|info|name)|about-?the-?author|dateline|article-?meta|post-?meta|entry-?meta|meta-?data|timestamp|published|posted-?on|article-?date|post-?date|autor\w*|auteur)(?:$|[\s_-])/u],
  ["image-credit", /(?:^|[\s_-])(?:photo-?credit|image-?credit|credits?|caption-?credit)(?:$|[\s_-])/u],
  // Whole class names only: "label-hidden" hides a label, not the element.
  ["hidden", /(?:^|\s)(?:hidden|visually-?hidden|sr-only|screen-?reader-?text|invisible|offscreen|d-none)(?:$|\s)/u],
];

/** Whole-tag furniture: what these elements hold is never article text. */
const TAGS: ReadonlyMap<string, RemovalKind> = new Map<string, RemovalKind>([
  ["nav", "navigation"], ["menu", "navigation"], ["footer", "footer"], ["aside", "related"], ["dialog", "banner"],
  ["header", "banner"], ["form", "comment-form"],
]);
const ROLES: ReadonlyMap<string, RemovalKind> = new Map<string, RemovalKind>([
  ["navigation", "navigation"], ["banner", "banner"], ["contentinfo", "footer"], ["complementary", "related"],
  ["search", "navigation"], ["menu", "navigation"], ["menubar", "navigation"], ["dialog", "banner"], ["alertdialog", "cookie-notice"],
  ["toolbar", "share"],
]);

/**
 * Class tokens that name the post rather than the box: CMSs add `tag-<slug>` and
 * `category-<slug>` to an article, and a slug like "social-media" must not make it furniture.
 */
const SLUG_CLASS = /^(?:tag|category|categories|topic|section|postid|post|page|term|author|format|type)-/u;

/** The element's class and id as one lower-case string, slug classes left out. */
export function marksOf(node: DomNode): string {
  const classes = attr(node, "class").toLowerCase().split(/\s+/u).filter((c) => c !== "" && !SLUG_CLASS.test(c));
  return `${classes.join(" ")} ${attr(node, "id").toLowerCase()}`.trim();
}

/** schema.org microdata that states facts about the page (dates, images, publisher), not its text. */
const METADATA_PROP =
  /^(?:datePublished|dateModified|dateCreated|image|thumbnailUrl|url|width|height|logo|publisher|keywords|mainEntityOfPage|inLanguage|wordCount|author|creator|copyrightHolder|copyrightYear)$/u;

/** Inline styles and attributes that keep an element off screen. */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** True when the page hides the element: a hidden attribute, aria-hidden, or an inline style. */
export function isHidden(node: DomNode): boolean {
  return (
    node.getAttribute?.("hidden") != null ||
    attr(node, "aria-hidden") === "true" ||
    HIDDEN_STYLE.test(attr(node, "style"))
  );
}

/**
 * The furniture kind an element's tag, role, class or id announces, or null for none.
 *
 * @example furnitureKind(<div class="post-share-bar">) // "share"
 */
export function furnitureKind(node: DomNode): RemovalKind | null {
  const tag = tagOf(node);
  const byTag = TAGS.get(tag);
  if (byTag !== undefined) return byTag;
  const byRole = ROLES.get(attr(node, "role").toLowerCase());
  if (byRole !== undefined) return byRole;
  if (isHidden(node)) return "hidden";
  if (METADATA_PROP.test(attr(node, "itemprop"))) return "byline";
  const marks = marksOf(node);
  if (marks === "") return null;
  for (const [kind, pattern] of MARKS) if (pattern.test(marks)) return kind;
  return null;
}

/** Class/id words of containers that hold an article's body, as CMSs commonly name them. */
export const CONTENT_MARKS =
  /(?:^|[\s_-])(?:article-?body|articlebody|article-?content|article-?text|articletext|story-?body|storybody|story-?content|story-?text|entry-?content|entry-?body|post-?content|post-?body|post-?text|postbody|blog-?post-?content|content-?body|body-?text|bodytext|text-?body|article__body|article__content|main-?text|news-?text|article-?main|artikel\w*|cuerpo\w*|corpo\w*|contenu\w*|texte?-?article)(?:$|[\s_-])/u;

/** Class/id words that make a container likelier to be the article (readability-style weights). */
export const POSITIVE_MARKS = /(?:^|[\s_-])(?:article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|hentry)(?:$|[\s_-])/u;
export const NEGATIVE_MARKS =
  /(?:^|[\s_-])(?:comments?|footer|sidebar|share|social|related|promo|ads?|advert\w*|widget|menu|nav|breadcrumbs?|masthead|meta|byline|author|tags|popular|trending|newsletter|subscribe|cookie|consent|outbrain|taboola|sponsor\w*|banner|hidden|modal|popup|caption|credit)(?:$|[\s_-])/u;
