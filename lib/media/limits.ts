/**
 * Limits for an uploaded image. Above them decoding costs more memory and time than a news
 * photo needs. Pure module: the upload form checks the size before sending the file.
 */
export const IMAGE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  minWidth: 200,
} as const;

export const IMAGE_TOO_LARGE_MESSAGE = "Ukuran berkas melebihi 10 MB. Kecilkan gambar lalu unggah lagi.";
