/**
 * What an uploaded document really is, decided from its bytes, never from its name or the
 * browser's declared type: a renamed executable (or anything else) is refused. Accepted:
 * - PDF: starts with `%PDF-1.x`/`%PDF-2.x` and has an `%%EOF` marker near its end;
 * - DOCX and XLSX: a zip (Office Open XML) whose central directory names
 *   `[Content_Types].xml` and the main part (`word/document.xml`, `xl/workbook.xml`),
 *   without macros (`vbaProject.bin`: a .docm/.xlsm renamed);
 * - ODT: a zip whose first entry is an uncompressed `mimetype` holding
 *   `application/vnd.oasis.opendocument.text`, as the OpenDocument spec requires.
 * The zip is read through its central directory, whose every record must lie inside the
 * file, so a file that only starts with "PK" is not enough. Pure module.
 */

export type DocumentKind = "pdf" | "docx" | "xlsx" | "odt";

export type DocumentFileType = { kind: DocumentKind; mimeType: string; extension: string };

export const DOCUMENT_FILE_TYPES: Record<DocumentKind, DocumentFileType> = {
  pdf: { kind: "pdf", mimeType: "application/pdf", extension: "pdf" },
  docx: {
    kind: "docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  xlsx: {
    kind: "xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  },
  odt: { kind: "odt", mimeType: "application/vnd.oasis.opendocument.text", extension: "odt" },
};

export const UNSUPPORTED_DOCUMENT_MESSAGE =
  "Berkas ini bukan PDF, DOCX, XLSX atau ODT yang sah. Mengganti nama berkas tidak mengubah isinya: simpan ulang dokumen dalam salah satu format itu lalu unggah lagi.";
export const MACRO_DOCUMENT_MESSAGE =
  "Dokumen berisi makro dan tidak dapat diunggah. Simpan ulang sebagai .docx atau .xlsx biasa tanpa makro.";

export type DocumentCheck = { ok: true; type: DocumentFileType } | { ok: false; message: string };

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));

function isPdf(bytes: Uint8Array): boolean {
  if (!/^%PDF-[12]\.\d/.test(ascii(bytes, 0, 8))) return false;
  // Writers may append a few bytes (newlines, padding) after the last %%EOF.
  const tailStart = Math.max(0, bytes.length - 2048);
  return ascii(bytes, tailStart, bytes.length - tailStart).includes("%%EOF");
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

type ZipEntry = { name: string; method: number; compressedSize: number; localOffset: number };

/** The entries named in a zip's central directory, or null when it is not a well-formed zip. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== ZIP_LOCAL) return null;
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0 || offset + size > end) return null;
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== ZIP_CENTRAL) return null;
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (offset + 46 + nameLength > end || localOffset + 30 > bytes.length) return null;
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, method, compressedSize, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ODT_MIME = DOCUMENT_FILE_TYPES.odt.mimeType;

function isOdt(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const first = entries.find((entry) => entry.localOffset === 0);
  if (first?.name !== "mimetype" || first.method !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataStart = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  return ascii(bytes, dataStart, first.compressedSize) === ODT_MIME;
}

/** What the bytes are, or the Indonesian reason they are refused. */
export function detectDocumentType(bytes: Uint8Array): DocumentCheck {
  if (isPdf(bytes)) return { ok: true, type: DOCUMENT_FILE_TYPES.pdf };
  const entries = readZipEntries(bytes);
  if (!entries) return { ok: false, message: UNSUPPORTED_DOCUMENT_MESSAGE };
  const names = new Set(entries.map((entry) => entry.name));
  if (isOdt(bytes, entries)) return { ok: true, type: DOCUMENT_FILE_TYPES.odt };
  if (!names.has("[Content_Types].xml")) return { ok: false, message: UNSUPPORTED_DOCUMENT_MESSAGE };
  if (names.has("word/vbaProject.bin") || names.has("xl/vbaProject.bin")) {
    return { ok: false, message: MACRO_DOCUMENT_MESSAGE };
  }
  if (names.has("word/document.xml")) return { ok: true, type: DOCUMENT_FILE_TYPES.docx };
  if (names.has("xl/workbook.xml")) return { ok: true, type: DOCUMENT_FILE_TYPES.xlsx };
  return { ok: false, message: UNSUPPORTED_DOCUMENT_MESSAGE };
}
