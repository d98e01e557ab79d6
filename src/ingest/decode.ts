import { Buffer, isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import { INGEST } from "../core/tunables.js";

/** How a file's bytes should be read; HTML and XML may declare their own charset. */
export type ByteKind = "text" | "html" | "xml";

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/** Browsers read these declared Latin labels as Windows-1252, a superset; so do we. */
const LATIN_LABELS = new Set(["iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"]);
const HTML_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_:.-]+)["']/i;
/** Declarations sit in the head; looking further only risks matching article text. */
const DECLARATION_SCAN_BYTES = 4096;

/** The byte-order mark's encoding, if any, and how many bytes it takes. */
function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) {
    return { encoding: "utf-8", skip: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/**
 * True when the start of the file is mostly NUL/control bytes: an image, archive or other
 * binary, not an article. Files with a UTF-16 BOM are exempt, since every ASCII char has a NUL.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const bom = bomEncoding(bytes);
  if (bom !== null && bom.encoding !== "utf-8") return false;
  const n = Math.min(bytes.length, INGEST.BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    // Tab, LF, FF, CR and ESC occur in real text files; other C0 bytes and NUL do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control / n > INGEST.BINARY_CONTROL_RATIO;
}

/**
 * Windows-1252 code points for bytes 0x80-0x9F (0 where undefined); the rest equal Latin-1.
 * Node's TextDecoder decodes "windows-1252" as plain Latin-1, losing curly quotes and dashes.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
] as const;

/** Decodes Windows-1252 bytes (undefined bytes map to the C1 control they number, as WHATWG does). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const high = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? 0) : 0;
    units[i] = high === 0 ? b : high;
  }
  let out = "";
  // Chunked so very long files do not overflow the argument limit of fromCharCode.
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

/** A TextDecoder for `label`, or null when the label is unknown to ICU. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Valid UTF-8 without a BOM as a string: what `TextDecoder("utf-8")` gives for such bytes, by
 * Buffer's native decoder, several times faster on megabytes of HTML.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** The charset an HTML page or XML document declares about itself, lower-cased. */
export function declaredCharset(bytes: Uint8Array, kind: ByteKind): string | null {
  if (kind === "text") return null;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  const match = (kind === "xml" ? XML_ENCODING : HTML_CHARSET).exec(head) ?? HTML_CHARSET.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a file's bytes to an NFC string: a BOM wins; then (HTML/XML) the declared charset;
 * then UTF-8 when the bytes are valid UTF-8; else Windows-1252, what legacy Western pages use.
 *
 * @example decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "text") // "café" (Windows-1252)
 */
export function decodeBytes(bytes: Uint8Array, kind: ByteKind): string {
  const bom = bomEncoding(bytes);
  if (bom !== null) {
    return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)).normalize("NFC");
  }
  // Node's native validator: a fatal TextDecoder here took a tenth of `corroborate extract`.
  const utf8 = isUtf8(bytes);
  const declared = declaredCharset(bytes, kind);
  let label = utf8 ? "utf-8" : "windows-1252";
  if (declared !== null && decoderFor(declared) !== null) {
    const declaresUtf8 = declared === "utf-8" || declared === "utf8";
    // Pages often say Latin-1 yet are UTF-8; valid multi-byte UTF-8 is almost never accidental.
    const mislabelledUtf8 = LATIN_LABELS.has(declared) && utf8 && hasNonAscii(bytes);
    if (!declaresUtf8 && !mislabelledUtf8) label = declared;
  }
  if (LATIN_LABELS.has(label)) return decodeWindows1252(bytes).normalize("NFC");
  if (label === "utf-8" && utf8) return decodeValidUtf8(bytes).normalize("NFC");
  const decoder = decoderFor(label);
  return (decoder === null ? decodeWindows1252(bytes) : decoder.decode(bytes)).normalize("NFC");
}
