import type { RemovalKind } from "../model/document.js";
import { moreWordsThan } from "./lines.js";

/**
 * Lines a site writes to its reader rather than about the story: paywall and newsletter prompts,
 * membership and support appeals, affiliate disclosures, the post's own filing line, download and
 * gallery controls. Each pattern opens the line (or, for disclosures, states the site's own
 * commission), so a sentence of the article that mentions a newsletter or a subscription is never
 * matched; the caller only asks about short lines. Languages: those of the dev sets (German,
 * English, French, Spanish, Italian, Portuguese, Dutch, Polish).
 */
const PAYWALL = new RegExp(
  "^(?:" +
    [
      // English
      "to (?:view|read|continue reading|access|unlock) (?:the|this) (?:full |entire )?(?:story|article|content)\\b.*\\bsubscri",
      "subscribe (?:now|today|here)\\b", "(?:if you(?:'|’)re seeing this message but )?(?:you(?:'|’)re |are you )?already a (?:subscriber|member)\\b",
      "first-time subscribers\\b", "(?:instant|immediate|unlimited) (?:online |digital )?access to (?:all|the|this)\\b", "subscription (?:will )?auto[- ]?renews?\\b",
      "never miss (?:the latest|a story|another|an? )\\b.*\\b(?:sign(?:ing)? up|newsletter)", "sign up (?:to|for) (?:our|the) (?:free |daily |weekly )?(?:newsletters?|emails?)\\b",
      "get (?:our|the) (?:free |daily |weekly )?newsletter\\b", "support (?:our|independent|local|quality) journalism\\b",
      // German
      "abonnieren sie (?:jetzt |hier )?(?:unsere?n?|den)\\b", "(?:jetzt|hier) (?:abonnieren|registrieren|newsletter abonnieren)\\b", "lust auf mehr\\?",
      "melden? (?:sie sich|dich) (?:jetzt |hier )?(?:für|zu|zum) (?:unseren|unserem|den|dem) .{0,30}newsletter", "(?:werden sie|werde) (?:jetzt )?mitglied\\b",
      "unterstützen sie (?:uns|unsere|unseren|unabhängigen)\\b", "unterstütze (?:uns|unsere|unseren|\\p{Lu}\\S*) (?:bereits |schon |jetzt )?(?:mit|ab)\\b",
      "sie lesen gern\\b", "gefällt (?:dir|ihnen) (?:unser|unsere|dieser artikel|dieser beitrag)\\b", "sie sind (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)\\b",
      "(?:bereits|schon) abonnent(?:in)?\\?", "newsletter abonnieren\\b", "(?:zum|für den|den) newsletter (?:anmelden|abonnieren)\\b",
      // French, Spanish, Italian, Portuguese, Dutch, Polish
      "abonnez-vous\\b", "inscrivez-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)\\b", "déjà abonné", "suscríbete\\b", "suscríbase\\b", "(?:¿)?ya eres suscriptor",
      "abbonati\\b", "iscriviti (?:alla|alle) newsletter\\b", "assine (?:já|agora)\\b", "já é assinante", "abonneer (?:je|nu)\\b",
      "zapisz się (?:do|na) newslett", "subskrybuj\\b",
    ].join("|") +
    ")",
  "iu",
);

/** Affiliate and advertising disclosures: the site states its own commission or sponsor. */
const DISCLOSURE = new RegExp(
  [
    "\\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\\b", "\\bas an amazon associate\\b",
    "\\b(?:this|the) (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)\\b", "\\b(?:sind|are|is an?|handelt es sich um) affiliate[- ]?links?\\b",
    "\\bfür links auf dieser seite erhält\\b", "\\bprovision vom händler\\b", "\\bbei den verlinkungen handelt es sich um\\b",
    "\\b(?:dieser|der) (?:beitrag|artikel|post) enthält (?:werbung|affiliate|werbelinks|provisionslinks)\\b", "^\\*?(?:werbung|anzeige)\\s*[.:|/-]\\s",
    "\\bproduct advertising api\\b",
  ].join("|"),
  "iu",
);

/**
 * Words every DISCLOSURE alternative holds (lower case): a line with none of them cannot match it.
 * Tried first because the pattern's alternatives, tried at every position of every line, cost
 * 630 ms of an 18.9 s `npm run bench` (node --cpu-prof), the single most expensive pattern there.
 */
const DISCLOSURE_WORDS = ["commission", "compensation", "amazon", "affiliate", "sponsored", "für links", "provision", "verlinkung", "werb", "anzeige", "advertising"];

function mayDisclose(line: string): boolean {
  const lower = line.toLowerCase();
  return DISCLOSURE_WORDS.some((w) => lower.includes(w));
}

/**
 * A blog theme's filing sentence under the post ("This entry was posted in … Bookmark the
 * permalink."): it runs on with the categories and a comment prompt, so it is read as long as a disclosure.
 */
const FILING = /^(?:this (?:entry|post) was posted (?:on|in|by)\b|(?:der|dieser) (?:beitrag|eintrag) wurde (?:am|in|unter|von)\b.*\b(?:veröffentlicht|abgelegt|gepostet|geschrieben)\b|cette entrée a été publiée\b|esta entrada (?:fue|se) publicada?\b|questo articolo è stato pubblicato\b)/iu;

/** A post's meta line ("Aufrufe: 120", "Permalink", "Veröffentlichung: 2. Mai 2031"). */
const POST_META = new RegExp(
  "^(?:" +
    [
      "(?:aufrufe|zugriffe|views|hits|kommentare insgesamt|comments total|vues|visitas|visite)\\s*:\\s*\\d",
      "(?:veröffentlichung|verfasst von|geschrieben von|erstellt am|veröffentlicht am|publié le|publicado el|posted on)\\s*:", "(?:permalink|permalien|enlace permanente)\\b",
    ].join("|") +
    ")",
  "iu",
);

/** Download and gallery controls, matched whole ("Als PDF herunterladen", "Bild anzeigen Bild schließen"). */
const CONTROLS =
  /^(?:(?:(?:diese[nrs]?|den|das|die) \p{L}+ )?als pdf (?:herunterladen|downloaden|speichern)|pdf herunterladen|download (?:(?:this|the) )?(?:\p{L}+ )?(?:as )?(?:a )?pdf|télécharger (?:le |en )?pdf|descargar (?:en )?pdf|(?:(?:bild|bilder|foto|fotos|galerie) (?:anzeigen|schließen|vergrößern|öffnen)\s*)+)[\s.:!]*$/iu;

/** A link to the blog's next or previous post, matched whole ("Vorschau auf den nächsten Artikel"). */
const ADJACENT_POST =
  /^(?:(?:vorschau auf den )?(?:nächste[rn]?|vorherige[rn]?) (?:artikel|beitrag)|(?:next|previous) (?:article|post|story)|article (?:suivant|précédent)|(?:artículo|entrada) (?:siguiente|anterior))[\s.:»«›‹>→←-]*$/iu;

/** Disclaimers printed under prices, dates and listings, matched whole ("Alle Angaben ohne Gewähr"). */
const DISCLAIMER =
  /^\(?(?:alle angaben ohne gewähr|angaben ohne gewähr|(?:änderungen und )?irrtümer vorbehalten|änderungen vorbehalten|sous réserve de modifications|errors and omissions excepted|salvo errore u omissione|salvo error u omisión)\)?[\s.!]*$/iu;

/** Longest line read as a disclosure: they run to two or three sentences, an article's paragraph to more. */
const DISCLOSURE_MAX_WORDS = 50;

/**
 * The kind of reader-facing chrome a short line is, or null. `short` says the line is within the
 * chrome rules' word limit; disclosures and filing sentences are read up to DISCLOSURE_MAX_WORDS.
 *
 * @example promptKind("Abonnieren Sie unseren Newsletter", true) // "newsletter"
 */
export function promptKind(line: string, short: boolean): RemovalKind | null {
  if (!short && moreWordsThan(line, DISCLOSURE_MAX_WORDS)) return null;
  if (mayDisclose(line) && DISCLOSURE.test(line)) return "advert";
  if (FILING.test(line)) return "byline";
  if (!short) return null;
  if (PAYWALL.test(line)) return "newsletter";
  if (POST_META.test(line)) return "byline";
  if (CONTROLS.test(line)) return "share";
  if (ADJACENT_POST.test(line)) return "navigation";
  if (DISCLAIMER.test(line)) return "boilerplate";
  return null;
}
