// @ts-check
/**
 * Limits for an uploaded image. Above them decoding costs more memory and time than a news
 * photo needs. Pure module, in plain JavaScript so next.config.js takes the request limit
 * from the same numbers as the upload form and lib/media (one limit, one message).
 */
export const IMAGE_LIMITS = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  minWidth: 200,
});

export const IMAGE_TOO_LARGE_MESSAGE = "Ukuran berkas melebihi 10 MB. Kecilkan gambar lalu unggah lagi.";

/** The largest document (PDF, DOCX, XLSX, ODT) accepted for /dokumen (lib/documents). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The largest request body Next accepts for a server action (and buffers for the proxy):
 * a file at the limit plus its form fields and multipart framing, with room to spare, so
 * every file the server refuses for its size gets its message (IMAGE_TOO_LARGE_MESSAGE from lib/media, lib/documents' own)
 * rather than a transport error. Only a request over this is cut off (413).
 */
export const UPLOAD_REQUEST_MAX_BYTES = Math.max(IMAGE_LIMITS.maxBytes, DOCUMENT_MAX_BYTES) + 1024 * 1024;
