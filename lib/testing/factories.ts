import "server-only";
import { randomBytes } from "node:crypto";
import { bodyToPlainText, paragraphsToBody } from "@/lib/articles/body";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { ArticleStatus, Prisma, Role } from "@/lib/db/generated/client";

/**
 * Rows for integration and end-to-end tests. Every call makes unique slugs, usernames
 * and e-mails, so tests never collide with each other or with the demo content, and
 * returns what it made so the test (or fixture) can delete it.
 */

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

// Hashing is deliberately slow; tests share one hash per password.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export type TestUserOptions = {
  role?: Role;
  password?: string;
  isActive?: boolean;
  displayName?: string;
  initials?: string;
};

export async function createTestUser(options: TestUserOptions = {}) {
  const suffix = uniqueSuffix();
  const role = options.role ?? "WRITER";
  return db.user.create({
    data: {
      username: `uji-${role.toLowerCase()}-${suffix}`,
      displayName: options.displayName ?? `Penguji ${role.toLowerCase()} ${suffix}`,
      email: `uji-${suffix}@warta.test`,
      passwordHash: await cachedHash(options.password ?? "kata-sandi-uji-123"),
      role,
      initials: options.initials ?? (role === "WRITER" ? "Uji" : "uj"),
      isActive: options.isActive ?? true,
    },
  });
}

export async function createTestCategory(name = "Kategori Uji") {
  const suffix = uniqueSuffix();
  return db.category.create({
    data: {
      slug: `kategori-uji-${suffix}`,
      name: `${name} ${suffix}`,
      description: "Dibuat oleh pengujian.",
      position: 999,
    },
  });
}

export type TestArticleOptions = {
  status?: ArticleStatus;
  title?: string;
  paragraphs?: string[];
  dateline?: string;
  publishedAt?: Date | null;
  scheduledAt?: Date | null;
  writerId?: string;
  editorId?: string | null;
  categoryId?: string;
  views?: number;
  coverImageId?: string | null;
  /** Stored as it is, past the allowlist: a body written under older rules, or damaged. */
  rawBody?: Prisma.InputJsonValue;
};

/** An article with its own writer and category unless given; PUBLISHED an hour ago by default. */
export async function createTestArticle(options: TestArticleOptions = {}) {
  const suffix = uniqueSuffix();
  const status = options.status ?? "PUBLISHED";
  const writerId = options.writerId ?? (await createTestUser({ role: "WRITER" })).id;
  const categoryId = options.categoryId ?? (await createTestCategory()).id;
  const title = options.title ?? `Berita uji ${suffix}`;
  const body = paragraphsToBody(options.paragraphs ?? [`Paragraf pertama berita uji ${suffix}.`, "Paragraf kedua."]);
  const isLive = status === "PUBLISHED" || status === "ARCHIVED";
  const article = await db.article.create({
    data: {
      slug: `berita-uji-${suffix}`,
      title,
      excerpt: `Ringkasan berita uji ${suffix}.`,
      body: options.rawBody ?? body,
      bodyText: bodyToPlainText(body),
      dateline: options.dateline ?? "Samarinda",
      status,
      publishedAt:
        options.publishedAt !== undefined ? options.publishedAt : isLive ? new Date(Date.now() - 3_600_000) : null,
      scheduledAt: options.scheduledAt ?? null,
      writerId,
      editorId: options.editorId ?? null,
      categoryId,
      coverImageId: options.coverImageId ?? null,
    },
  });
  if (options.views !== undefined) {
    await db.articleStats.create({ data: { articleId: article.id, views: BigInt(options.views) } });
  }
  return article;
}

/** A media row without stored files: enough for a card's cover in queries (not for serving the image). */
export async function createTestMedia(alt = "Foto uji") {
  return db.media.create({
    data: {
      storageKey: `uji/${uniqueSuffix()}`,
      mimeType: "image/webp",
      width: 1600,
      height: 900,
      byteSize: 1000,
      variantWidths: [480, 960, 1600],
      alt,
    },
  });
}

/** Deletes articles, then the users and categories a test made (in that order, for the foreign keys). */
export async function deleteTestRows(rows: { articleIds?: string[]; userIds?: string[]; categoryIds?: string[] }) {
  if (rows.articleIds?.length) await db.article.deleteMany({ where: { id: { in: rows.articleIds } } });
  if (rows.userIds?.length) {
    await db.article.deleteMany({ where: { writerId: { in: rows.userIds } } });
    await db.announcement.deleteMany({ where: { authorId: { in: rows.userIds } } });
    await db.agendaEvent.deleteMany({ where: { authorId: { in: rows.userIds } } });
    await db.user.deleteMany({ where: { id: { in: rows.userIds } } });
  }
  if (rows.categoryIds?.length) {
    await db.article.deleteMany({ where: { categoryId: { in: rows.categoryIds } } });
    await db.category.deleteMany({ where: { id: { in: rows.categoryIds } } });
  }
}
