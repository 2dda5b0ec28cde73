import { describe, expect, it } from "vitest";
import { createExportDecoder, sniffEncoding } from "./decode";

const ascii = (text: string) => new TextEncoder().encode(text);

function decodeAll(chunks: Uint8Array[], encoding = "utf-8") {
  const decoder = createExportDecoder(encoding);
  const text = chunks.map((chunk) => decoder.decode(chunk)).join("") + decoder.end();
  return { text, decoder };
}

describe("sniffEncoding", () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x3c], "utf-8"],
    [[0xff, 0xfe, 0x3c, 0x00], "utf-16le"],
    [[0xfe, 0xff, 0x00, 0x3c], "utf-16be"],
    [[...ascii('<?xml version="1.0" encoding="ISO-8859-1"?><rss>')], "iso-8859-1"],
    [[...ascii("<?xml version='1.0' encoding='windows-1252' ?>")], "windows-1252"],
    [[...ascii("<rss>")], "utf-8"],
  ])("%j → %s", (bytes, expected) => {
    expect(sniffEncoding(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe("createExportDecoder", () => {
  it("decodes a character split across chunks", () => {
    const bytes = new TextEncoder().encode("a–b🙂c");
    const chunks = [...bytes].map((byte) => Uint8Array.of(byte));
    const { text, decoder } = decodeAll(chunks);
    expect(text).toBe("a–b🙂c");
    expect(decoder.invalidBytes).toBe(0);
  });

  it("reads bytes that are not UTF-8 in a UTF-8 file as Windows-1252", () => {
    // "Harga " + 0x96 (en dash in Windows-1252) + " naik" + 0xE9 (é) at the very end.
    const bytes = Uint8Array.from([...ascii("Harga "), 0x96, ...ascii(" naik ü "), 0xc3, 0xbc, 0xe9]);
    const { text, decoder } = decodeAll([bytes.subarray(0, 7), bytes.subarray(7)]);
    expect(text).toBe("Harga – naik ü üé");
    expect(decoder.invalidBytes).toBe(2);
  });

  it("drops the byte-order mark", () => {
    expect(decodeAll([Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])]).text).toBe("A");
  });

  it("decodes a declared legacy charset", () => {
    const { text, decoder } = decodeAll([Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0xe9])], "iso-8859-1");
    expect(text).toBe("“A” é");
    expect(decoder.encoding).toBe("windows-1252");
  });

  it("falls back to UTF-8 and names a charset it does not know", () => {
    const { text, decoder } = decodeAll([ascii("abc")], "x-klingon");
    expect(text).toBe("abc");
    expect(decoder.unknownEncoding).toBe("x-klingon");
  });
});
