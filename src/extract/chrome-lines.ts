import { EXTRACT } from "../core/tunables.js";
import type { RemovalKind } from "../model/document.js";
import { moreWordsThan } from "./lines.js";
import { promptKind } from "./prompts.js";

/** Whole phrases a comment form is made of; a line holding only these is the form, not prose. */
const COMMENT_PHRASES = [
  "your email address will not be published",
  "your email address will not be shown",
  "leave a reply",
  "leave a comment",
  "cancel reply",
  "required fields are marked *",
  "required fields are marked",
  "fields marked * are required",
  "fields marked * are mandatory",
  "post comment",
  "submit comment",
  "you must be logged in to post a comment",
  "comments are closed",
  "notify me of new posts by email",
  "notify me of follow-up comments by email",
  // German, French, Spanish, Italian, Portuguese, Dutch, Polish comment forms.
  "ihre e-mail-adresse wird nicht veröffentlicht",
  "deine e-mail-adresse wird nicht veröffentlicht",
  "erforderliche felder sind mit * markiert",
  "kommentar verfassen",
  "kommentar abschicken",
  "antworten abbrechen",
  "votre adresse e-mail ne sera pas publiée",
  "les champs obligatoires sont indiqués avec *",
  "votre adresse de messagerie ne sera pas publiée",
  "laisser un commentaire",
  "tu dirección de correo electrónico no será publicada",
  "los campos obligatorios están marcados con *",
  "deja un comentario",
  "il tuo indirizzo email non sarà pubblicato",
  "i campi obbligatori sono contrassegnati *",
  "lascia un commento",
  "o seu endereço de email não será publicado",
  "o seu endereço de e-mail não será publicado",
  "deixe um comentário",
  "je e-mailadres wordt niet gepubliceerd",
  "laat een reactie achter",
  "twój adres e-mail nie zostanie opublikowany",
  // Closed or counted comment sections and rating prompts: a whole line of them is the form's furniture.
  "kommentare geschlossen",
  "kommentar schreiben",
  "kommentare schreiben",
  "artikel bewerten",
  "beitrag bewerten",
  "commentaires fermés",
  "los comentarios están cerrados",
  "i commenti sono chiusi",
] as const;
/** Form sentences whose tail varies by site; the line starts with them. */
const COMMENT_PREFIX = /^(?:save my name,? email|this site uses akismet|learn how your comment data is processed)/iu;
/** Field labels, which are comment-form only once a form has started. */
const FORM_LABEL = /^(?:name|email|e-mail|website|comment|your name|your email)\s*\*?:?$/iu;

const SHARE_PROMPT =
    /^(?:follow us\b|follow @|share this\b|share on\b|share via\b|share:?$|click to share\b|like us on\b|subscribe to (?:our|the)\b.*\bnewsletter|sign up for (?:our|the)\b.*\bnewsletter|join (?:us|our)\b.*\b(?:telegram|whatsapp|channel)|download (?:our|the)\b.*\bapp\b|(?:(?:diese[nrs]?|den) )?(?:artikel|beitrag|seite) (?:teilen|drucken|versenden)\b|(?:möchten sie|jetzt) (?:den|diesen) (?:artikel|beitrag) teilen\b|folgen sie uns\b|teilen auf\b|teilen (?:sie dies )?mit:|comparte esto\b|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)\b|partager (?:cet |l')article\b|partager sur\b|suivez-nous\b|compartir (?:en|este artículo|esta noticia)\b|síguenos\b|condividi (?:su|l'articolo|questo articolo)\b|seguici\b|compartilhe?(?: este artigo| no| na)?\b|siga-nos\b|deel (?:dit artikel|op)\b|volg ons\b|udostępnij\b|поделиться\b|подписывайтесь\b)/iu;
const SHARE_WORDS = new Set([
  "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "email", "e-mail", "pinterest",
  "print", "share", "copy", "link", "messenger", "tumblr", "threads", "bluesky", "sms",
  "tweet", "vk", "vkontakte", "weibo", "wechat", "line", "viber", "xing", "mastodon", "flipboard", "pocket",
  "teilen", "partager", "compartir", "condividi", "compartilhar", "delen", "dela", "поделиться",
]);

const IMAGE_CREDIT =
  /^\(?\s*(?:(?:photo|image|picture|photograph|illustration|graphic|video|foto|bild|bilder|bildquelle|fotoquelle|titelbild|grafik|imagen|immagine|imagem|afbeelding|zdjęcie|фото)s?(?: credits?)?\s*[:/©]|(?:photo|photograph|image|picture)s? (?:by|courtesy(?: of)?)\b|file (?:photo|picture|image)\b|(?:photo|image) credit\b|cr[ée]dits?(?: photo)?\s*:|crédito\s*:|credito\s*:|quelle\s*:|fot\.\s)/iu;

/** A bare "Name/Agency" credit under a photo: picture agencies are named alike in every language. */
const AGENCY_CREDIT =
  /^[^.!?]{0,60}[/|©]\s?(?:getty ?images|afp|ap|dpa|reuters|imago(?: images)?|picture[- ]alliance|shutterstock|istock(?:photo)?|wenn(?:\.com)?|epa(?:-efe)?|keystone|ddp(?: images)?|action press|unsplash|pixabay|adobe ?stock)$/iu;

/** A republication note: where the text first appeared. Its outlet is a source, not the publisher. */
const REPUBLISHED =
  /^(?:this (?:article|story|post|piece|report|column) (?:was |is |has been )?(?:originally |first )?(?:published|posted|appeared|ran)\b|(?:originally|first) (?:published|posted|appeared) (?:in|on|by|at)\b|(?:republished|reprinted|reproduced) (?:with|under|by)\b)/iu;
/** Copyright and rights lines; the symbol and the phrases are shared by most languages' sites. */
const RIGHTS =
  /(?:^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b|\bвсе права защищены\b)/iu;
/** A lone advertising label where an advert was cut out. */
const AD_LABEL = /^(?:advertisement|advertising|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама)$/iu;
/** "Tags: a, b, c": topic links under an article. */
const TAGS = /^(?:tags|topics|filed under|categories|keywords|schlagwörter|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|тэги|теги)\s*:/iu;

function isCommentForm(line: string, formStarted: boolean): boolean {
  if (COMMENT_PREFIX.test(line)) return true;
  if (formStarted && FORM_LABEL.test(line)) return true;
  const lower = line.toLowerCase();
  // Most lines hold no form phrase at all: finding none is cheap, cutting every phrase out is not (bench: 0.8 s of 1,000 documents).
  if (!COMMENT_PHRASES.some((phrase) => lower.includes(phrase))) return false;
  let rest = lower;
  for (const phrase of COMMENT_PHRASES) rest = rest.split(phrase).join(" ");
  return rest.length < line.length && /^[\s.*:,!|]*$/u.test(rest);
}

function isShare(line: string): boolean {
  if (SHARE_PROMPT.test(line)) return true;
  const words = line.toLowerCase().split(/[\s|•·,]+/u).filter((w) => w !== "");
  return words.length >= 2 && words.every((w) => SHARE_WORDS.has(w));
}


/**
 * The kind of page chrome a whole line is (comment form, share prompt, image credit), or null
 * for body text. `formStarted` says a comment form was already seen above, which makes bare
 * field labels ("Name *") part of it.
 *
 * @example chromeKind("Share this article", false) // "share"
 */
export function chromeKind(line: string, formStarted: boolean): RemovalKind | null {
  if (isCommentForm(line, formStarted)) return "comment-form";
  // Every other kind is a short line; most body lines are longer, so count once and stop there.
  const short = !moreWordsThan(line, EXTRACT.CHROME_LINE_MAX_WORDS);
  const prompt = promptKind(line, short);
  if (prompt !== null || !short) return prompt;
  if (isShare(line)) return "share";
  if (IMAGE_CREDIT.test(line) || AGENCY_CREDIT.test(line)) return "image-credit";
  if (REPUBLISHED.test(line)) return "credit";
  if (RIGHTS.test(line) || AD_LABEL.test(line)) return "boilerplate";
  if (TAGS.test(line)) return "navigation";
  return null;
}

/**
 * True when the whole line is share-button words ("Facebook", "WhatsApp", "Email"). One such
 * word alone may be prose; the caller removes them in runs or after a share prompt.
 */
export function isShareWords(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·,]+/u).filter((w) => w !== "");
  return words.length > 0 && words.length <= 4 && words.every((w) => SHARE_WORDS.has(w));
}
