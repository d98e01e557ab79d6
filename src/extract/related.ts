import { EXTRACT } from "../core/tunables.js";
import { endsSentence, wordCount } from "./lines.js";

/**
 * Headings of a related-links box, in the languages news sites most often use. The heading is
 * only trusted when it is a whole short line, never inside prose.
 */
const RELATED_HEADING = new RegExp(
  "^(?:" +
    [
      "related(?: (?:posts?|articles?|stories|story|news|content|coverage|links|reading|topics))?",
      "(?:read|see) (?:more|also)", "also read", "more (?:from|on|in|about) .{1,40}", "more (?:stories|news|articles)",
      "most (?:read|popular|viewed|shared)", "trending(?: now)?", "recommended(?: for you)?", "editor'?s picks",
      "you (?:may|might) also (?:like|be interested in)", "don't miss", "latest (?:news|stories|articles)",
      "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren", "lesen sie auch", "auch interessant",
      "meistgelesene? (?:artikel|beiträge|nachrichten)", "meistdiskutierte? (?:artikel|beiträge)", "ähnliche (?:artikel|beiträge)",
      "verwandte (?:artikel|beiträge|themen)", "empfehlungen(?: der redaktion)?", "neueste (?:artikel|beiträge)", "beliebte (?:artikel|beiträge)",
      "les plus lus", "à lire également", "les plus populaires", "lo más leído", "más leídas?", "contenido relacionado",
      "i più letti", "più letti", "mais lidas", "conteúdo relacionado", "meest gelezen", "czytaj (?:też|także|również)",
      "najczęściej czytane", "самое читаемое", "相关(?:文章|新闻|阅读)", "推荐阅读",
      "à lire aussi", "lire aussi", "sur le même sujet", "articles similaires",
      "noticias relacionadas", "te puede interesar", "lea también", "lee también", "artículos relacionados",
      "leggi anche", "articoli correlati", "potrebbe interessarti",
      "leia também", "veja também", "notícias relacionadas", "lees ook", "gerelateerde artikelen",
      "читайте также", "похожие новости", "по теме",
      // "More from …" and topic-list headings beyond English.
      "mehr (?:aus|von|zu|zum|zur|über) .{1,40}", "mehr (?:themen|artikel|beiträge|nachrichten|news|interessantes|kolumnen)",
      "weitere (?:themen|artikel|beiträge|nachrichten)", "weiterführende links?", "weiterführender link", "themen im artikel",
      "temas relacionados", "más (?:noticias|artículos|temas)", "articles liés", "plus d'articles", "altri articoli", "ti potrebbe interessare",
      "zobacz (?:też|także|również)", "przeczytaj (?:też|także|również)", "powiązane artykuły", "meer nieuws", "gerelateerd",
    ].join("|") +
    ")\\s*:?$",
  "iu",
);

/**
 * True for a related-links heading line ("Related Posts", "Read also:", "Lesen Sie auch").
 *
 * @example isRelatedHeading("Related Posts") // true
 */
export function isRelatedHeading(line: string): boolean {
  return wordCount(line) <= 6 && RELATED_HEADING.test(line.trim());
}

/** A line shaped like a linked headline in such a box: short, no closing full stop. */
export function isLinkTitle(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= EXTRACT.TITLE_MAX_CHARS &&
    wordCount(trimmed) <= 20 &&
    (!endsSentence(trimmed) || /[?!]["'”’]?$/u.test(trimmed))
  );
}
