import { cp1252Char } from "./text";

/**
 * Bytes of an export file → text, chunk by chunk, so a file of any size is never held
 * whole. The encoding comes from the byte-order mark or the XML declaration (WordPress
 * writes the blog's charset there). A file declared UTF-8 that is not valid UTF-8 (old
 * posts saved as Windows-1252 before the site switched) keeps its words: each invalid byte
 * is read as the Windows-1252 character it most likely was, instead of "�". Pure module.
 */

export type ExportDecoder = {
  /** The WHATWG encoding name used, e.g. "utf-8" or "windows-1252". */
  readonly encoding: string;
  decode(chunk: Uint8Array): string;
  /** Decodes whatever is left at the end of the file. */
  end(): string;
  /** Bytes that were not valid UTF-8 in a UTF-8 file, read as Windows-1252 instead. */
  readonly invalidBytes: number;
  /** The declared encoding when it is unknown to this runtime (the file is then read as UTF-8). */
  readonly unknownEncoding: string | null;
};

/** The encoding a file announces in its first bytes; "utf-8" when it says nothing. */
export function sniffEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const start = new TextDecoder("latin1").decode(head.subarray(0, 300));
  const declaration = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start);
  return declaration?.[1]?.toLowerCase() ?? "utf-8";
}

/** How many bytes a UTF-8 sequence starting with `lead` has (1 for anything that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/** The length of the prefix of `bytes` that does not end inside a multi-byte sequence. */
function completePrefixLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(4, length); back++) {
    const byte = bytes[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    return sequenceLength(byte) > back ? length - back : length;
  }
  return length;
}

/** Whether bytes[index…] holds one well-formed UTF-8 sequence of `size` bytes. */
function isWellFormed(bytes: Uint8Array, index: number, size: number): boolean {
  if (index + size > bytes.length) return false;
  const lead = bytes[index] ?? 0;
  const second = bytes[index + 1] ?? 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const [low, high] =
    lead === 0xe0
      ? [0xa0, 0xbf]
      : lead === 0xed
        ? [0x80, 0x9f]
        : lead === 0xf0
          ? [0x90, 0xbf]
          : lead === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  if (second < low || second > high) return false;
  for (let offset = 2; offset < size; offset++) {
    if (((bytes[index + offset] ?? 0) & 0xc0) !== 0x80) return false;
  }
  return true;
}

function createLenientUtf8Decoder(unknownEncoding: string | null): ExportDecoder {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let carry = new Uint8Array(0);
  let invalidBytes = 0;
  let isFirstChunk = true;

  function lenient(bytes: Uint8Array): string {
    const parts: string[] = [];
    let runStart = 0;
    let index = 0;
    while (index < bytes.length) {
      const lead = bytes[index] ?? 0;
      if (lead < 0x80) {
        index++;
        continue;
      }
      const size = sequenceLength(lead);
      if (size > 1 && isWellFormed(bytes, index, size)) {
        index += size;
        continue;
      }
      parts.push(strict.decode(bytes.subarray(runStart, index)), cp1252Char(lead));
      invalidBytes++;
      index++;
      runStart = index;
    }
    parts.push(strict.decode(bytes.subarray(runStart)));
    return parts.join("");
  }

  function decodeBytes(bytes: Uint8Array): string {
    try {
      return strict.decode(bytes);
    } catch {
      return lenient(bytes);
    }
  }

  return {
    encoding: "utf-8",
    unknownEncoding,
    get invalidBytes() {
      return invalidBytes;
    },
    decode(chunk) {
      let bytes = chunk;
      if (carry.length > 0) {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry);
        bytes.set(chunk, carry.length);
      }
      // A chunk boundary may split a character; keep its first bytes for the next chunk.
      const cut = completePrefixLength(bytes);
      carry = bytes.slice(cut);
      const text = decodeBytes(bytes.subarray(0, cut));
      // The byte-order mark is not text.
      const isBom = isFirstChunk && text.charCodeAt(0) === 0xfeff;
      isFirstChunk = false;
      return isBom ? text.slice(1) : text;
    },
    end() {
      const rest = carry;
      carry = new Uint8Array(0);
      return rest.length > 0 ? lenient(rest) : "";
    },
  };
}

/** A decoder for the encoding `sniffEncoding` found. */
export function createExportDecoder(encoding: string): ExportDecoder {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    // CASE: a charset this runtime does not know; UTF-8 with the Windows-1252 fallback
    // reads ASCII and most Western text correctly, and the report names the charset.
    return createLenientUtf8Decoder(encoding);
  }
  if (decoder.encoding === "utf-8") return createLenientUtf8Decoder(null);
  return {
    encoding: decoder.encoding,
    unknownEncoding: null,
    invalidBytes: 0,
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}
