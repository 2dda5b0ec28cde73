/**
 * Text repair for WordPress exports. Years of copy pasted from Word, WhatsApp and older
 * CMSs leave the same damage on most Humas sites: control characters that are not allowed
 * in XML, Windows-1252 characters written as C1 code points or numeric references
 * (`&#150;` for "–"), and UTF-8 text that was once read as Windows-1252 ("â€“" for "–").
 * Pure module.
 */

/** Windows-1252 characters for the bytes 0x80–0x9F (undefined bytes map to themselves). */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

const CP1252_BYTE_OF = new Map<number, number>(Object.entries(CP1252_HIGH).map(([byte, code]) => [code, Number(byte)]));

/** The character a Windows-1252 byte stands for. */
export function cp1252Char(byte: number): string {
  return String.fromCodePoint(CP1252_HIGH[byte] ?? byte);
}

// Characters XML 1.0 forbids (WordPress exports them anyway), zero-width marks that only
// break search, and lone surrogates.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u200B\u200C\u200D\u2060\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const C1 = /[\u0080-\u009F]/g;

// A lead byte of a two- or three-byte UTF-8 sequence read as Windows-1252, followed by a
// continuation byte read the same way: the signature of mojibake ("Ã©", "â€“", "Â ").
const MOJIBAKE_HINT =
  /[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function toCp1252Bytes(word: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const character of word) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0xff) bytes.push(code);
    else {
      const byte = CP1252_BYTE_OF.get(code);
      if (byte === undefined) return null;
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Undoes UTF-8 read as Windows-1252 ("Pembangunan â€“ Tahap" → "Pembangunan – Tahap"),
 * word by word. A word is changed only when its bytes are valid UTF-8, so genuine
 * accented text ("café") is left alone.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text;
  // Words end at ASCII white space only: a no-break space read as Windows-1252 ("Â ") is part of the damage.
  return text.replace(/[^ \t\n\r\f\v]+/g, (word) => {
    if (!MOJIBAKE_HINT.test(word)) return word;
    const bytes = toCp1252Bytes(word);
    if (!bytes) return word;
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return word;
    }
  });
}

/** Everything above, for any text taken from an export (titles, body text, names). */
export function cleanText(text: string): string {
  return repairMojibake(
    text.replace(FORBIDDEN, "").replace(C1, (character) => {
      // Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) carry no text.
      const code = CP1252_HIGH[character.charCodeAt(0)];
      return code === undefined ? "" : String.fromCodePoint(code);
    }),
  );
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0]+/g, " ").trim();
}

/** Cuts at a word boundary and marks the cut with "…"; shorter text comes back unchanged. */
export function truncateWords(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** decodeURIComponent that keeps the input when it is not valid percent-encoding. */
export function safeDecodeUri(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
