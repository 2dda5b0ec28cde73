import "server-only";
import { readFile } from "node:fs/promises";
import { InvalidImageError } from "@/lib/media/errors";
import { sniffImageType } from "@/lib/media/images";
import { removeUnusedImage, storeImage } from "@/lib/media/mutations";
import type { MediaStorage } from "@/lib/media/storage";
import { mediaVariantUrl, pickVariantWidth } from "@/lib/media/urls";
import { decodeDataUri } from "./mapping";
import type { MissingImage } from "./report";
import { findUpload, readHead } from "./uploads";

/**
 * Pictures of an imported post: found in the copy of the old uploads folder (or decoded
 * from a data: URI) and stored through the portal's image pipeline, once per file per
 * run. A dry run only checks that each file exists and is a picture the pipeline takes.
 */

/** An image stored by this run; a dry run stores nothing and has no media id. */
export type StoredImage = { key: string; mediaId: string | null; src: string; alt: string };

// Where a dry run points images: valid for the allowlist, never stored.
const DRY_RUN_IMAGE_SRC = mediaVariantUrl("00000000-0000-0000-0000-000000000000", 960);

export type ImageImporterOptions = {
  mediaDir: string | null;
  isDryRun: boolean;
  storage?: MediaStorage;
  uploadedById: string | null;
};

export class ImageImporter {
  // Images stored during this run, by file, so a picture used by several posts is stored once.
  private readonly stored = new Map<string, StoredImage>();

  constructor(private readonly options: ImageImporterOptions) {}

  /**
   * The stored copy of an image, storing it on first use; null (and a line in the report)
   * when the file is missing or refused. A dry run only checks that the file exists and
   * is a picture the pipeline accepts by its first bytes.
   */
  async resolve(
    src: string,
    alt: string,
    wpId: number,
    newImages: StoredImage[],
    missing: MissingImage[],
  ): Promise<StoredImage | null> {
    const reportUrl = src.startsWith("data:") ? `${src.slice(0, 40)}…` : src;
    const miss = (reason: string) => {
      missing.push({ wpId, url: reportUrl, reason });
      return null;
    };
    let key: string;
    let load: () => Promise<Uint8Array>;
    if (src.startsWith("data:")) {
      const bytes = decodeDataUri(src);
      if (!bytes) return miss("Gambar tertanam (data:) tidak dapat dibaca atau melebihi 10 MB.");
      key = `data:${newImages.length}:${wpId}:${bytes.byteLength}`;
      load = async () => bytes;
    } else {
      if (!this.options.mediaDir) return miss("Folder media (--media-dir) tidak diberikan.");
      const upload = await findUpload(this.options.mediaDir, src);
      if (upload.kind === "missing") return miss(upload.reason);
      key = upload.filePath;
      load = () => readFile(upload.filePath);
    }
    const known = this.stored.get(key);
    if (known) return known;

    let image: StoredImage;
    if (this.options.isDryRun) {
      const head = key.startsWith("data:") ? (await load()).subarray(0, 64) : await readHead(key);
      if (!sniffImageType(head)) return miss("Jenis berkas tidak didukung (hanya JPEG, PNG, WebP, AVIF).");
      image = { key, mediaId: null, src: DRY_RUN_IMAGE_SRC, alt };
    } else {
      try {
        const media = await storeImage(
          { bytes: await load(), alt, uploadedById: this.options.uploadedById },
          { storage: this.options.storage },
        );
        image = {
          key,
          mediaId: media.id,
          src: mediaVariantUrl(media.id, pickVariantWidth(media.variantWidths, 960)),
          alt: media.alt,
        };
      } catch (error) {
        if (error instanceof InvalidImageError) return miss(error.message);
        throw error;
      }
    }
    this.stored.set(key, image);
    newImages.push(image);
    return image;
  }

  async discard(images: readonly StoredImage[]): Promise<void> {
    for (const image of images) {
      this.stored.delete(image.key);
      if (image.mediaId) await removeUnusedImage(image.mediaId, { storage: this.options.storage });
    }
  }
}
