import "server-only";
import sharp, { type Metadata, type Sharp } from "sharp";
import { createLimiter, QueueFullError } from "@/lib/concurrency";
import { InvalidImageError } from "./errors";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "./limits";
import { OG_IMAGE_SIZE } from "./urls";

export { IMAGE_LIMITS } from "./limits";

/**
 * Responsive widths rendered for every image (never wider than the original). 780 is a
 * 390 px phone screen at 2× density: the most a phone needs for a full-width cover.
 */
export const VARIANT_WIDTHS = [480, 780, 960, 1600] as const;

// The widest variant: the decoded master never needs to be wider (or the share image's size).
const MASTER_WIDTH = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 1600;

// Decoded images are used once: libvips' operation cache would only hold on to memory.
sharp.cache(false);

/** Open Graph images above this size are ignored or slow on some share previews. */
export const OG_MAX_BYTES = 300 * 1024;

const WEBP_QUALITY = 80;
const OG_QUALITIES = [82, 74, 66, 58, 50, 42, 34, 26] as const;

export type SourceImageType = "image/jpeg" | "image/png" | "image/webp" | "image/avif";

export interface ImageVariant {
  width: number;
  height: number;
  bytes: Buffer;
}

export interface ProcessedImage {
  sourceType: SourceImageType;
  /** Of the upright image, after EXIF orientation. */
  width: number;
  height: number;
  /** Size of the uploaded file. */
  byteSize: number;
  /** WebP renditions, ascending by width. */
  variants: ImageVariant[];
  /** 1200×630 JPEG under OG_MAX_BYTES. */
  og: Buffer;
}

/**
 * Images decoded at once in this process. A 40-megapixel photo needs well over 100 MB
 * while it is decoded and resized, so ten editors uploading together must not all decode
 * at the same time: two run, the others wait their turn, and past a short queue an
 * upload is refused with a message to try again in a moment.
 */
export const IMAGE_PROCESSING_CONCURRENCY = 2;
const imageSlots = createLimiter({ concurrency: IMAGE_PROCESSING_CONCURRENCY, maxQueue: 20 });

/** Images being processed and waiting now (for tests and the health of the process). */
export function imageProcessingLoad(): { active: number; waiting: number } {
  return imageSlots.stats();
}

/**
 * Checks an uploaded image and renders what the portal serves: WebP variants and an
 * Open Graph JPEG, upright and without metadata (EXIF can carry the photographer's GPS
 * position). Throws InvalidImageError, with an Indonesian message, for anything else.
 */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  if (bytes.byteLength > IMAGE_LIMITS.maxBytes) {
    throw new InvalidImageError("too-large", IMAGE_TOO_LARGE_MESSAGE);
  }
  // The file name and the browser's Content-Type are the uploader's claims: trust the bytes.
  // Sniffing first also keeps SVG, PDF and other formats away from their decoders entirely.
  const sniffed = sniffImageType(bytes);
  if (sniffed === null) throw unsupported();
  try {
    return await imageSlots.run(() => decodeAndRender(bytes, sniffed));
  } catch (error) {
    if (error instanceof QueueFullError) {
      throw new InvalidImageError("busy", "Server sedang memproses banyak gambar. Coba unggah lagi sebentar lagi.");
    }
    throw error;
  }
}

async function decodeAndRender(bytes: Uint8Array, sniffed: SourceImageType): Promise<ProcessedImage> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: "error" } as const;
  let metadata: Metadata;
  try {
    // Reads the header only, so the pixel limit is checked below with a clear message.
    metadata = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new InvalidImageError("unreadable", "Berkas gambar rusak atau tidak dapat dibaca.");
  }
  if (typeOfMetadata(metadata) !== sniffed) throw unsupported();
  if ((metadata.pages ?? 1) > 1) {
    throw new InvalidImageError("animated", "Gambar bergerak (animasi) tidak didukung. Unggah gambar diam.");
  }
  const width = metadata.autoOrient.width;
  const height = metadata.autoOrient.height;
  if (width * height > IMAGE_LIMITS.maxPixels) {
    throw new InvalidImageError(
      "too-many-pixels",
      "Resolusi gambar melebihi 40 megapiksel. Kecilkan gambar lalu unggah lagi.",
    );
  }
  if (width < IMAGE_LIMITS.minWidth) {
    throw new InvalidImageError("too-small", `Gambar terlalu kecil: lebar minimal ${IMAGE_LIMITS.minWidth} piksel.`);
  }

  try {
    // The original is decoded once, straight down to a master just large enough for the
    // widest variant and the share image; every rendition is cut from that. Decoding it
    // once per rendition, in parallel, took four full-size decodes per upload.
    const scale = Math.min(
      1,
      Math.max(MASTER_WIDTH / width, OG_IMAGE_SIZE.width / width, OG_IMAGE_SIZE.height / height),
    );
    // sharp drops EXIF, XMP and IPTC unless asked to keep them, and converts to sRGB.
    const master = await sharp(input, options)
      .autoOrient()
      .resize({ width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const upright = () =>
      sharp(master.data, {
        raw: { width: master.info.width, height: master.info.height, channels: master.info.channels },
      });
    const variants: ImageVariant[] = [];
    for (const variantWidth of variantWidthsFor(width)) {
      const { data, info } = await upright()
        .resize({ width: variantWidth, withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, bytes: data });
    }
    const og = await renderOgImage(upright);
    return { sourceType: sniffed, width, height, byteSize: bytes.byteLength, variants, og };
  } catch (error) {
    if (error instanceof InvalidImageError) throw error;
    throw new InvalidImageError("unreadable", "Berkas gambar rusak atau tidak dapat dibaca.");
  }
}

/** The standard widths not wider than the original; the original width alone when it is narrower than all of them. */
export function variantWidthsFor(originalWidth: number): number[] {
  const widths = VARIANT_WIDTHS.filter((width) => width <= originalWidth);
  return widths.length > 0 ? widths : [originalWidth];
}

async function renderOgImage(upright: () => Sharp): Promise<Buffer> {
  // Decode and crop once; only the JPEG encode is repeated while lowering quality.
  const { data, info } = await upright()
    .resize({ ...OG_IMAGE_SIZE, fit: "cover", position: sharp.strategy.attention })
    .flatten({ background: "#ffffff" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  let last: Buffer | undefined;
  for (const quality of OG_QUALITIES) {
    last = await sharp(data, raw).jpeg({ quality, mozjpeg: true, chromaSubsampling: "4:2:0" }).toBuffer();
    if (last.byteLength < OG_MAX_BYTES) return last;
  }
  // Only pure noise gets here; a smaller share image beats refusing the upload.
  return sharp(data, raw).resize({ width: 960, height: 504 }).jpeg({ quality: 30, mozjpeg: true }).toBuffer();
}

function unsupported(): InvalidImageError {
  return new InvalidImageError(
    "unsupported-type",
    "Jenis berkas tidak didukung. Unggah gambar JPEG, PNG, WebP, atau AVIF.",
  );
}

function typeOfMetadata(metadata: Metadata): SourceImageType | null {
  switch (metadata.format) {
    case "jpeg":
      return "image/jpeg";
    case "png":
      return "image/png";
    case "webp":
      return "image/webp";
    // CASE: HEIF container; only AV1 inside is AVIF (HEVC photos from phones are not web images).
    case "heif":
      return metadata.compression === "av1" ? "image/avif" : null;
    default:
      return null;
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((value, index) => bytes[offset + index] === value);
}

const ascii = (value: string) => [...value].map((character) => character.charCodeAt(0));

/** The image type announced by the file's first bytes, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): SourceImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("ftyp"), 4)) {
    // ISO-BMFF: major brand at 8, compatible brands from 16 to the end of the ftyp box.
    const boxEnd = Math.min(
      bytes.byteLength,
      ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0),
    );
    for (let offset = 8; offset + 4 <= boxEnd; offset += offset === 8 ? 8 : 4) {
      if (startsWith(bytes, ascii("avif"), offset) || startsWith(bytes, ascii("avis"), offset)) return "image/avif";
    }
  }
  return null;
}
