import { open, stat } from "node:fs/promises";
import path from "node:path";
import { IMAGE_LIMITS } from "@/lib/media/limits";
import { safeDecodeUri } from "./text";

/**
 * Finds the file behind an image URL of the old site in a copy of its
 * `wp-content/uploads` folder (`--media-dir`). The URL's path after `/wp-content/uploads/`
 * is the file's path in that folder, whatever host served it (the site itself, a CDN
 * such as i0.wp.com, or a path without a host).
 */

const UPLOADS_MARKER = "/wp-content/uploads/";

/** "…/wp-content/uploads/2022/10/foto-1024x683.jpg?w=640" → "2022/10/foto-1024x683.jpg"; null for other URLs. */
export function uploadsRelativePath(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url.trim(), "http://wordpress.invalid").pathname;
  } catch {
    return null;
  }
  const at = pathname.indexOf(UPLOADS_MARKER);
  if (at === -1) return null;
  const segments = pathname
    .slice(at + UPLOADS_MARKER.length)
    .split("/")
    .map(safeDecodeUri);
  // A name that climbs out of the folder, or names a hidden file, is not an upload.
  if (
    segments.length === 0 ||
    segments.some((segment) => segment === "" || segment.startsWith(".") || /[\\/\0]/.test(segment))
  ) {
    return null;
  }
  return segments.join("/");
}

/**
 * The original of a resized copy: WordPress names them "foto-1024x683.jpg" beside
 * "foto.jpg". The original is re-rendered by the portal's own pipeline, so it gives the
 * sharpest result; null when the name is not a resized copy.
 */
export function originalOfResized(relativePath: string): string | null {
  const match = /^(.*)-\d{2,5}x\d{2,5}(\.[A-Za-z0-9]+)$/.exec(relativePath);
  return match ? `${match[1]}${match[2]}` : null;
}

export type UploadLookup = { kind: "found"; filePath: string; size: number } | { kind: "missing"; reason: string };

async function fileSize(filePath: string): Promise<number | null> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** The file for an image URL in `mediaDir`: the original of a resized copy when it exists and is not too large. */
export async function findUpload(mediaDir: string, url: string): Promise<UploadLookup> {
  const relative = uploadsRelativePath(url);
  if (!relative) return { kind: "missing", reason: "Gambar bukan dari folder unggahan situs lama." };
  const root = path.resolve(mediaDir);
  const original = originalOfResized(relative);
  for (const candidate of original ? [original, relative] : [relative]) {
    const filePath = path.resolve(root, ...candidate.split("/"));
    if (path.relative(root, filePath).startsWith("..")) continue;
    const size = await fileSize(filePath);
    if (size !== null && size > 0 && size <= IMAGE_LIMITS.maxBytes) return { kind: "found", filePath, size };
    if (size !== null && candidate === relative) {
      return { kind: "missing", reason: size === 0 ? "Berkas gambar kosong." : "Berkas gambar melebihi 10 MB." };
    }
  }
  return { kind: "missing", reason: `Berkas tidak ada di folder media: ${relative}` };
}

/** The first bytes of a file, for sniffing its type without reading it whole. */
export async function readHead(filePath: string, length = 64): Promise<Uint8Array> {
  const handle = await open(filePath, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
