import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleTags } from "@/lib/articles/cache-tags";
import { publishedArticleWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db/client";
import { galleryTags } from "./cache-tags";
import type { GalleryKindValue } from "./schema";

/** Public reads of the gallery: published items only, as view shapes, cached by tag. */

/** An image of the media library as gallery pages need it: URLs come from lib/media/urls. */
export type GalleryImage = { id: string; alt: string; width: number; height: number; variantWidths: number[] };

export type GalleryCard = {
  slug: string;
  kind: GalleryKindValue;
  title: string;
  publishedAt: Date;
  photoCount: number;
  /** ALBUM: its cover (or first) photo; VIDEO: null (a local placeholder stands in, see /galeri). */
  cover: GalleryImage | null;
};

const imageSelect = { id: true, alt: true, width: true, height: true, variantWidths: true } as const;

/** Published albums and videos, newest first (at most `limit`). */
export async function listGalleryItems(limit = 60): Promise<GalleryCard[]> {
  "use cache";
  cacheLife("public");
  cacheTag(galleryTags.lists);
  const rows = await db.galleryItem.findMany({
    where: { isPublished: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 200),
    select: {
      slug: true,
      kind: true,
      title: true,
      publishedAt: true,
      coverPhoto: { select: { media: { select: imageSelect } } },
      photos: { orderBy: { position: "asc" }, take: 1, select: { media: { select: imageSelect } } },
      _count: { select: { photos: true } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    publishedAt: row.publishedAt ?? new Date(0),
    photoCount: row._count.photos,
    cover: row.kind === "ALBUM" ? (row.coverPhoto?.media ?? row.photos[0]?.media ?? null) : null,
  }));
}

export type GalleryPhotoView = { id: string; caption: string; credit: string; image: GalleryImage };

export type GalleryPage = {
  slug: string;
  kind: GalleryKindValue;
  title: string;
  description: string;
  youtubeId: string | null;
  publishedAt: Date;
  photos: GalleryPhotoView[];
  /** The related article while it is published. */
  article: { slug: string; title: string } | null;
};

/** One published album or video by slug, or null (hidden and unknown alike). */
export async function getPublishedGalleryItem(slug: string): Promise<GalleryPage | null> {
  "use cache";
  cacheTag(galleryTags.item(slug));
  const row = await db.galleryItem.findFirst({
    where: { slug, isPublished: true },
    select: {
      slug: true,
      kind: true,
      title: true,
      description: true,
      youtubeId: true,
      publishedAt: true,
      photos: {
        orderBy: { position: "asc" },
        select: { id: true, caption: true, credit: true, media: { select: imageSelect } },
      },
      article: { select: { slug: true } },
      articleId: true,
    },
  });
  if (!row) {
    // CASE: nothing published here: checked again soon, and at once when it is published.
    cacheLife("publicMissing");
    return null;
  }
  cacheLife("public");
  // The page shows the article's title and links it only while it is published: its changes refresh this page.
  if (row.article) cacheTag(articleTags.article(row.article.slug));
  const article = row.articleId
    ? await db.article.findFirst({
        where: { id: row.articleId, ...publishedArticleWhere(new Date()) },
        select: { slug: true, title: true },
      })
    : null;
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    description: row.description,
    youtubeId: row.youtubeId,
    publishedAt: row.publishedAt ?? new Date(0),
    photos: row.photos.map((photo) => ({
      id: photo.id,
      caption: photo.caption,
      credit: photo.credit,
      image: photo.media,
    })),
    article,
  };
}

/** Published items for the sitemap, newest first. */
export async function listSitemapGalleryItems(limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  cacheLife("public");
  cacheTag(galleryTags.lists);
  return db.galleryItem.findMany({
    where: { isPublished: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.max(0, limit),
    select: { slug: true, updatedAt: true },
  });
}
