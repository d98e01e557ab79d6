import type { Removal, RemovalKind } from "../../model/document.js";
import { EXTRACT } from "../../core/tunables.js";
import type { Block } from "../blocks.js";
import { removal } from "./removal.js";

/**
 * Blocks that are only an ad or widget label, in several languages. They are matched whole, so
 * a sentence that mentions advertising is never touched.
 */
const LABEL =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|reklame|advertentie|реклама|广告|廣告|広告|إعلان|continue reading(?: below| the main story)?|story continues below(?: advertisement)?|article continues below|scroll to continue(?: with content)?)[\s.:…]*$/iu;

/** Controls and counters of a photo gallery or lightbox, matched whole ("Image 2 of 5", "Hide caption"). */
const GALLERY_CONTROL =
  /^(?:(?:image|photo|picture|slide|bild|foto|photo|imagen|immagine|zdjęcie)\s+\d+\s*(?:of|von|de|sur|di|z|\/)\s*\d+|(?:hide|show|toggle)\s+caption|caption|close|schließen|fermer|cerrar|chiudi|zamknij)[\s.:…]*$/iu;

/**
 * A paragraph that ends in a photo credit in brackets is a caption set as a paragraph
 * ("Flood water in the square (Image: Agency)"); a sentence of the article does not end so.
 */
const CREDITED_CAPTION = /\((?:image|images|photo|photos|picture|pictures|credit|foto|fotos|bild|bilder|crédit|crédito|photographie)\s*:[^()]{1,80}\)\s*$/iu;

/** Sentence-final punctuation in several scripts: a block with one reads as prose. */
const SENTENCE_END = /[.!?。！？؟।…]["'”’»)\]]*(?:\s|$)/u;

function density(block: Block): number {
  return block.text.length === 0 ? 0 : block.links / block.text.length;
}

function linkKind(block: Block): RemovalKind {
  return block.listItem ? "related" : "navigation";
}

/** The decision for one block of the chosen article: kept (null) or removed with a kind. */
function verdict(block: Block, captions: boolean): RemovalKind | null {
  if (LABEL.test(block.text)) return "advert";
  if (GALLERY_CONTROL.test(block.text)) return "caption";
  if (!captions && block.text.length < EXTRACT.LINKED_PROSE_CHARS && CREDITED_CAPTION.test(block.text)) return "caption";
  // A caption that is a sentence tells who and where; a name, a credit or a gallery counter does not.
  if (block.caption && (!captions || !SENTENCE_END.test(block.text) || block.text.length < EXTRACT.MIN_PARAGRAPH_CHARS * 2)) return "caption";
  const linked = density(block);
  if (linked > EXTRACT.LINK_BLOCK_DENSITY && block.text.length < EXTRACT.LINKED_PROSE_CHARS) return linkKind(block);
  return null;
}

/**
 * Drops the furniture left inside an article container (ad labels, link lists, repeats of an
 * earlier block, and, unless `captions`, figure captions), recording each removal. A long paragraph with links in it is
 * prose and stays.
 */
export function filterBlocks(blocks: readonly Block[], captions: boolean, removed: Removal[]): Block[] {
  const kept: Block[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    // Galleries and responsive layouts print one caption or teaser several times; the first stays.
    const repeated = block.text.length >= EXTRACT.MIN_PARAGRAPH_CHARS && seen.has(block.text);
    seen.add(block.text);
    const kind = repeated ? "repeated" : verdict(block, captions);
    if (kind === null) {
      kept.push(block);
      continue;
    }
    const record = removal(kind, block.text);
    if (record !== null) removed.push(record);
  }
  return kept;
}

type Quality = "good" | "near" | "bad";

function quality(block: Block): Quality {
  const linked = density(block);
  if (linked > EXTRACT.BASELINE_MAX_DENSITY || block.text.length < EXTRACT.BASELINE_SHORT_CHARS) return "bad";
  if (block.text.length >= EXTRACT.MIN_PARAGRAPH_CHARS * 3 && SENTENCE_END.test(block.text)) return "good";
  return "near";
}

/**
 * The justext-style baseline over a whole page's blocks: long, link-poor prose blocks are good;
 * short or link-heavy ones are bad; in-between blocks and headings are kept only when good
 * blocks sit on both sides or (for headings) a good block follows closely. Independent of
 * markup, so it still reads pages whose containers are unnamed or misleading.
 */
export function baselineBlocks(blocks: readonly Block[]): Block[] {
  const grades = blocks.map((b) => (b.heading ? "near" : quality(b)));
  const goodAt = grades.flatMap((g, i) => (g === "good" ? [i] : []));
  const first = goodAt[0];
  const last = goodAt[goodAt.length - 1];
  if (first === undefined || last === undefined) return [];
  const nextGood = (i: number): number => goodAt.find((g) => g > i) ?? Infinity;
  return blocks.filter((block, i) => {
    const grade = grades[i];
    if (grade === "good") return true;
    if (grade === "bad") return false;
    if (block.heading) return nextGood(i) - i <= 2 && i >= first - 2;
    return i > first && i < last;
  });
}
