import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { RuleViolationError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "./limits";
import { storeImage } from "./mutations";
import { mediaVariantUrl, pickVariantWidth } from "./urls";

export type UploadedImage = { id: string; url: string; width: number; height: number; alt: string };

/** Any staff member (media.upload) stores a JPEG, PNG, WebP or AVIF of at most 10 MB; audited with the Media row. */
export async function uploadImage(
  actor: Actor,
  file: File,
  alt: string,
  meta: RequestMeta = NO_REQUEST,
): Promise<UploadedImage> {
  assertCan(actor, "media.upload");
  if (file.size === 0) throw new RuleViolationError("Berkas kosong.");
  if (file.size > IMAGE_LIMITS.maxBytes) throw new RuleViolationError(IMAGE_TOO_LARGE_MESSAGE);
  // storeImage checks the type from the bytes, the pixel limits and re-encodes
  // (InvalidImageError, a RuleViolationError, carries the Indonesian reason).
  const media = await storeImage({
    bytes: new Uint8Array(await file.arrayBuffer()),
    alt,
    uploadedById: actor.id,
    audit: meta,
  });
  return {
    id: media.id,
    url: mediaVariantUrl(media.id, pickVariantWidth(media.variantWidths, 960)),
    width: media.width,
    height: media.height,
    alt: media.alt,
  };
}
