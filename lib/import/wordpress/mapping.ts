import { localDateTimeToUtc, type IndonesianTimeZone } from "@/lib/time";
import { slugify } from "@/lib/articles/slug";
import { IMAGE_LIMITS } from "@/lib/media/limits";
import { usernameSchema } from "@/lib/users/schema";
import { htmlToPlainText } from "./convert-body";
import { collapseWhitespace, safeDecodeUri } from "./text";
import type { WxrAuthor, WxrChannel, WxrItem, WxrItemTerm, WxrTerm } from "./wxr";

/**
 * How WordPress's values map onto the portal's: dates, usernames, initials, term slugs.
 * Pure module.
 */

/** `post_date_gmt`; when WordPress left it zero, `post_date` read in the site's zone; else the RSS date. */
export function publishDate(
  item: Pick<WxrItem, "postDate" | "postDateGmt" | "pubDate">,
  timeZone: IndonesianTimeZone,
): Date | null {
  const gmt = dateParts(item.postDateGmt);
  if (gmt) return new Date(Date.UTC(gmt.year, gmt.month - 1, gmt.day, gmt.hour, gmt.minute, gmt.second));
  const local = dateParts(item.postDate);
  if (local) {
    const pad = (value: number) => String(value).padStart(2, "0");
    const minute = localDateTimeToUtc(
      `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`,
      timeZone,
    );
    return minute ? new Date(minute.getTime() + local.second * 1000) : null;
  }
  const rss = Date.parse(item.pubDate);
  return item.pubDate && Number.isFinite(rss) ? new Date(rss) : null;
}

export function dateParts(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute, second };
}

/** The old site's origins, with and without www and in both schemes, for making its links relative. */
export function siteOrigins(channel: WxrChannel): string[] {
  const origins = new Set<string>();
  for (const url of [channel.link, channel.baseSiteUrl, channel.baseBlogUrl]) {
    try {
      const host = new URL(url).host.replace(/^www\./, "");
      for (const scheme of ["http", "https"])
        for (const prefix of ["", "www."]) origins.add(`${scheme}://${prefix}${host}`);
    } catch {
      // Not a URL; nothing to match links against.
    }
  }
  return [...origins];
}

export function attachmentIdOf(value: string | undefined): number | null {
  const trimmed = value?.trim() ?? "";
  return /^\d{1,10}$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : null;
}

/** A post's terms once each, with names as text (WordPress exports them HTML-escaped: "Ekonomi &amp; Keuangan"). */
export function uniqueTerms(terms: readonly WxrItemTerm[]): WxrItemTerm[] {
  const seen = new Set<string>();
  return terms
    .map((term) => ({ ...term, name: htmlToPlainText(term.name) }))
    .filter((term) => {
      const key = term.slug || term.name;
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A category's slug with its parents' before it, as WordPress builds the archive address. */
export function categoryPath(slug: string, bySlug: ReadonlyMap<string, WxrTerm>): string[] {
  const path = [slug];
  let parent = bySlug.get(slug)?.parentSlug;
  while (parent && path.length < 10 && !path.includes(parent)) {
    path.unshift(parent);
    parent = bySlug.get(parent)?.parentSlug;
  }
  return path;
}

/** The portal's slug for a WordPress term: its (decoded) slug, else its name, made URL-safe. */
export function termSlug(term: Pick<WxrTerm, "slug" | "name" | "termId">, kind: string): string {
  return (
    slugify(safeDecodeUri(term.slug), 80) ||
    slugify(htmlToPlainText(term.name), 80) ||
    `${kind}-${term.termId ?? shortHash(term.slug + term.name)}`
  );
}

/** The portal username for a WordPress login: the login itself when it already is a valid one. */
export function usernameFor(login: string): string {
  const candidate = login
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "-")
    .replace(/([-_.])[-_.]+/g, "$1")
    .replace(/^[^a-z]+/, "")
    .slice(0, 40)
    .replace(/[-_.]+$/, "");
  return usernameSchema.safeParse(candidate).success ? candidate : `penulis-${shortHash(login)}`;
}

export function displayNameOf(author: WxrAuthor): string {
  const name =
    htmlToPlainText(author.displayName) || collapseWhitespace(`${author.firstName} ${author.lastName}`) || author.login;
  return (name.length >= 2 ? name : `${name} (WordPress)`).slice(0, 120);
}

/** Sign-off initials in the newsroom's style: "Prabawati" → "Prb" (first letter, then consonants). */
export function initialsOf(displayName: string): string {
  const word =
    displayName
      .normalize("NFKD")
      .replace(/[^A-Za-z\s]/g, "")
      .trim()
      .split(/\s+/)[0] ?? "";
  if (!word) return "Wp";
  const consonants = word
    .slice(1)
    .toLowerCase()
    .replace(/[aeiou]/g, "");
  return `${word[0]?.toUpperCase() ?? ""}${(consonants || word.slice(1).toLowerCase()).slice(0, 2)}`;
}

export function shortHash(value: string): string {
  // FNV-1a: a stable, short name for a login or term that has no usable letters.
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function decodeDataUri(src: string): Uint8Array | null {
  const match = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i.exec(src);
  if (!match?.[1]) return null;
  const bytes = Buffer.from(match[1], "base64");
  return bytes.byteLength > 0 && bytes.byteLength <= IMAGE_LIMITS.maxBytes ? new Uint8Array(bytes) : null;
}
