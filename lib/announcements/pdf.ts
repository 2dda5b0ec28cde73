/**
 * What makes an upload a PDF: its bytes, never its name or declared type. Pure module.
 * A PDF starts with the `%PDF-1.x` (or `2.0`) header within its first 1 KB (ISO 32000-2
 * §7.5.2 lets a few bytes precede it) and ends with `%%EOF` in its last kilobyte (a
 * trailer may be followed by a little whitespace or junk). A renamed executable, image or
 * office file has neither.
 */

export const PDF_MAX_BYTES = 10 * 1024 * 1024;
export const PDF_TOO_LARGE_MESSAGE = "Lampiran melebihi 10 MB. Perkecil berkas PDF lalu unggah lagi.";
export const NOT_A_PDF_MESSAGE = "Lampiran harus berkas PDF asli (bukan berkas lain yang diganti namanya).";

const HEADER = /%PDF-[12]\.\d/;
const TAIL = "%%EOF";

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

export function isPdf(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 64) return false;
  const head = latin1(bytes.subarray(0, 1024));
  const match = HEADER.exec(head);
  if (!match) return false;
  // Only a few bytes (a BOM, a stray newline) may come before the header.
  if (match.index > 16) return false;
  return latin1(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).includes(TAIL);
}

/** A safe download name from an uploaded file's name: letters, digits, dashes; always `.pdf`. */
export function attachmentFileName(original: string): string {
  const base = original
    .replace(/\.pdf$/i, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 100);
  return `${base || "lampiran"}.pdf`;
}
