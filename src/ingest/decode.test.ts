import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { decodeBytes, looksBinary, readInputs } from "./index.js";

const CAFE = "Caf\u00e9 owners in S\u00e3o Ren\u00e9 reopened \u2013 \u201cfinally\u201d";

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

/** Windows-1252 bytes for the characters CAFE uses. */
function cp1252(text: string): Buffer {
  const table: Record<string, number> = { "\u2013": 0x96, "\u201c": 0x93, "\u201d": 0x94 };
  return Buffer.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

describe("decodeBytes", () => {
  test("strips a UTF-8 byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CAFE, "utf8")]);
    assert.equal(decodeBytes(bytes, "text"), CAFE);
  });

  test("decodes UTF-16 little- and big-endian files that start with a BOM", () => {
    assert.equal(decodeBytes(utf16(CAFE, false), "text"), CAFE);
    assert.equal(decodeBytes(utf16(CAFE, true), "text"), CAFE);
  });

  test("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    assert.equal(decodeBytes(cp1252(CAFE), "text"), CAFE);
  });

  test("obeys the charset an HTML page declares in a meta tag", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body>\u03b1\u03b2</body></html>`;
    const bytes = Buffer.from([...html].map((ch) => (ch === "\u03b1" ? 0xe1 : ch === "\u03b2" ? 0xe2 : ch.charCodeAt(0))));
    assert.match(decodeBytes(bytes, "html"), /<body>\u03b1\u03b2<\/body>/);
  });

  test("reads valid UTF-8 as UTF-8 even when the page claims Latin-1", () => {
    const html = `<meta charset="iso-8859-1"><p>${CAFE}</p>`;
    assert.equal(decodeBytes(Buffer.from(html, "utf8"), "html"), html);
  });

  test("decodes valid UTF-8 (a view into a larger buffer, astral characters too) as TextDecoder does", () => {
    const text = `${CAFE} \u{1F600} \u4e2d\u6587 Ren\u0301e`;
    const whole = Buffer.concat([Buffer.from("xx"), Buffer.from(text, "utf8"), Buffer.from("yy")]);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4);
    assert.equal(decodeBytes(view, "text"), new TextDecoder("utf-8").decode(view).normalize("NFC"));
  });

  test("normalises decomposed accents to NFC", () => {
    assert.equal(decodeBytes(Buffer.from("Rene\u0301", "utf8"), "text"), "Ren\u00e9");
  });
});

describe("looksBinary", () => {
  test("flags NUL-heavy bytes but not text or UTF-16 with a BOM", () => {
    assert.equal(looksBinary(Buffer.from([0, 1, 2, 3, 0, 0, 65, 66])), true);
    assert.equal(looksBinary(Buffer.from("plain text\r\n\twith tabs\n", "utf8")), false);
    assert.equal(looksBinary(utf16(CAFE, false)), false);
  });
});

describe("ingest decodes files", () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "corroborate-decode-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("reads UTF-16 and Windows-1252 files to the same text", async () => {
    await writeFile(join(dir, "a-utf16.txt"), utf16(CAFE, false));
    await writeFile(join(dir, "b-cp1252.txt"), cp1252(CAFE));
    const { records, rejections } = await readInputs([dir]);
    assert.deepEqual(rejections, []);
    assert.deepEqual(records.map((r) => r.text), [CAFE, CAFE]);
  });
});
