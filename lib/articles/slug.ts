import { z } from "zod";

/** Public article, category and tag addresses: lowercase words joined by hyphens. */
export const slugSchema = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Slug hanya boleh berisi huruf kecil, angka dan tanda hubung");

/** "Wali Kota Tinjau Banjir di Sungai Karang Mumus!" → "wali-kota-tinjau-banjir-di-sungai-karang-mumus". */
export function slugify(text: string, maxLength = 100): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so the address does not end mid-word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/g, "");
}
