import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { RuleViolationError } from "@/lib/errors";
import { storeImage } from "./mutations";
import { mediaVariantUrl, pickVariantWidth } from "./urls";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The image type from the file's first bytes (never from its name or the browser's claim). */
export function sniffImageType(bytes: Uint8Array): "image/jpeg" | "image/png" | "image/webp" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => bytes[index] === byte))
    return "image/png";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

export type UploadedImage = { id: string; url: string; width: number; height: number; alt: string };

/** Any staff member (media.upload) stores a JPEG, PNG or WebP of at most 10 MB; audited by storeImage. */
export async function uploadImage(actor: Actor, file: File, alt: string): Promise<UploadedImage> {
  assertCan(actor, "media.upload");
  if (file.size === 0) throw new RuleViolationError("Berkas kosong.");
  if (file.size > MAX_UPLOAD_BYTES) throw new RuleViolationError("Ukuran gambar paling besar 10 MB.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!sniffImageType(bytes)) throw new RuleViolationError("Berkas harus gambar JPEG, PNG atau WebP.");
  const media = await storeImage({ bytes, alt, uploadedById: actor.id });
  return {
    id: media.id,
    url: mediaVariantUrl(media.id, pickVariantWidth(media.variantWidths, 960)),
    width: media.width,
    height: media.height,
    alt: media.alt,
  };
}
