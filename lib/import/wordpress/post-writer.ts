import "server-only";
import { bodyToPlainText, type ArticleBody } from "@/lib/articles/body";
import { uniqueSlug } from "@/lib/articles/slug-allocation";
import type { Prisma } from "@/lib/db/generated/client";
import { htmlToPlainText } from "./convert-body";
import { displayNameOf, initialsOf, termSlug, usernameFor } from "./mapping";
import { authorLegacyKeys, categoryLegacyKeys } from "./permalinks";
import { truncateWords } from "./text";
import type { WxrAuthor, WxrItemTerm, WxrTerm } from "./wxr";

/**
 * The writes of one imported post, all inside its transaction: the writer (an account
 * here, or a new deactivated one), the category and tags (matched by slug, created when
 * missing), the article, its view count and its old addresses. What already exists is
 * remembered across posts once a transaction has committed.
 */

type Tx = Prisma.TransactionClient;

/** The byline of a post whose writer WordPress no longer knows. */
export const UNKNOWN_AUTHOR: WxrAuthor = {
  id: null,
  login: "redaksi-wordpress",
  email: "",
  displayName: "Redaksi",
  firstName: "",
  lastName: "",
};

// A locked password: no argon2 hash, so no password ever verifies against it.
const NO_PASSWORD = "!impor-wordpress";

export type CategoryRef = { term: WxrTerm; slugPath: string[] };

type LegacyTarget = { articleId: string } | { categoryId: string } | { userId: string };

export type PostToWrite = {
  wpId: number;
  title: string;
  excerpt: string;
  publishedAt: Date;
  body: ArticleBody;
  dateline: string;
  signOff: string | null;
  slugBase: string;
  cover: { mediaId: string | null; caption: string; alt: string } | null;
  author: WxrAuthor;
  category: CategoryRef;
  tags: WxrItemTerm[];
  views: bigint | null;
  legacyKeys: string[];
};

/** What a post's transaction made, applied to the run's caches and report once it commits. */
export type Effects = {
  userIds: Map<string, string>;
  categoryIds: Map<string, string>;
  tagIds: Map<string, string>;
  created: { kind: "authors" | "categories" | "tags"; name: string }[];
  legacyDone: string[];
  legacyUrls: number;
};

export class PostWriter {
  // Rows known to exist, filled after each commit (never during a dry run, whose rows vanish).
  private readonly userIds = new Map<string, string>();
  private readonly categoryIds = new Map<string, string>();
  private readonly tagIds = new Map<string, string>();
  private readonly legacyDone = new Set<string>();
  readonly created = { authors: new Set<string>(), categories: new Set<string>(), tags: new Set<string>() };

  constructor(private readonly isDryRun: boolean) {}

  /** Writes one post inside the caller's transaction; returns what it made, to `apply` after the commit. */
  async write(tx: Tx, post: PostToWrite): Promise<Effects> {
    const effects: Effects = {
      userIds: new Map(),
      categoryIds: new Map(),
      tagIds: new Map(),
      created: [],
      legacyDone: [],
      legacyUrls: 0,
    };
    const writerId = await this.ensureAuthor(tx, post.author, effects);
    const categoryId = await this.ensureCategory(tx, post.category, effects);
    const tagIds: string[] = [];
    // In slug order, so two transactions creating the same tags wait for each other instead of deadlocking.
    const tags = [...post.tags].sort((a, b) => a.slug.localeCompare(b.slug));
    for (const tag of tags) tagIds.push(await this.ensureTag(tx, tag, effects));
    const slug = await uniqueSlug(tx, post.slugBase, null);
    const uniqueTagIds = [...new Set(tagIds)];
    // One create with its tags and view count: fewer round trips for the thousands of posts of an archive.
    const article = await tx.article.create({
      data: {
        wpId: post.wpId,
        slug,
        title: post.title,
        excerpt: post.excerpt,
        body: post.body,
        bodyText: bodyToPlainText(post.body),
        dateline: post.dateline,
        signOff: post.signOff,
        // A dry run stored no image, so it has no row to point at.
        coverImageId: post.cover?.mediaId ?? null,
        coverCaption: post.cover?.caption ?? "",
        status: "PUBLISHED",
        publishedAt: post.publishedAt,
        writerId,
        categoryId,
        ...(uniqueTagIds.length > 0
          ? { tags: { createMany: { data: uniqueTagIds.map((tagId) => ({ tagId })) } } }
          : {}),
        ...(post.views !== null ? { stats: { create: { views: post.views } } } : {}),
      },
      select: { id: true },
    });
    effects.legacyUrls += await this.addLegacyUrls(tx, post.legacyKeys, { articleId: article.id });
    return effects;
  }

  private async addLegacyUrls(tx: Tx, keys: readonly string[], target: LegacyTarget): Promise<number> {
    if (keys.length === 0) return 0;
    // An address another post or category already owns keeps its first owner.
    const { count } = await tx.legacyUrl.createMany({
      data: keys.map((path) => ({ path, ...target })),
      skipDuplicates: true,
    });
    return count;
  }

  private async ensureAuthor(tx: Tx, author: WxrAuthor, effects: Effects): Promise<string> {
    const username = usernameFor(author.login);
    let id = this.userIds.get(username);
    if (!id) {
      const existing = await tx.user.findUnique({ where: { username }, select: { id: true } });
      if (existing) id = existing.id;
      else {
        const displayName = displayNameOf(author);
        // CASE: a writer with no account here: bylines keep their name, and the account
        // cannot sign in (deactivated, and a password hash nothing verifies against).
        const created = await tx.user.create({
          data: {
            username,
            displayName,
            email: `${username}@impor-wordpress.invalid`,
            passwordHash: NO_PASSWORD,
            role: "WRITER",
            initials: initialsOf(displayName),
            isActive: false,
          },
          select: { id: true },
        });
        id = created.id;
        effects.created.push({ kind: "authors", name: `${username} (${displayName})` });
      }
      effects.userIds.set(username, id);
    }
    const legacyKey = `author:${username}`;
    if (!this.legacyDone.has(legacyKey) && author !== UNKNOWN_AUTHOR) {
      effects.legacyUrls += await this.addLegacyUrls(tx, authorLegacyKeys(author.login), { userId: id });
      effects.legacyDone.push(legacyKey);
    }
    return id;
  }

  private async ensureCategory(tx: Tx, category: CategoryRef, effects: Effects): Promise<string> {
    const slug = termSlug(category.term, "kategori");
    let id = this.categoryIds.get(slug);
    if (!id) {
      const existing = await tx.category.findUnique({ where: { slug }, select: { id: true } });
      if (existing) id = existing.id;
      else {
        const last = await tx.category.aggregate({ _max: { position: true } });
        const name = (htmlToPlainText(category.term.name) || slug).slice(0, 80);
        const created = await tx.category.create({
          data: {
            slug,
            name,
            description: truncateWords(htmlToPlainText(category.term.description), 300),
            position: (last._max.position ?? 0) + 1,
          },
          select: { id: true },
        });
        id = created.id;
        effects.created.push({ kind: "categories", name });
      }
      effects.categoryIds.set(slug, id);
    }
    const legacyKey = `category:${slug}`;
    if (!this.legacyDone.has(legacyKey) && category.slugPath.length > 0) {
      effects.legacyUrls += await this.addLegacyUrls(tx, categoryLegacyKeys(category.slugPath), { categoryId: id });
      effects.legacyDone.push(legacyKey);
    }
    return id;
  }

  private async ensureTag(tx: Tx, tag: WxrItemTerm, effects: Effects): Promise<string> {
    const slug = termSlug({ slug: tag.slug, name: tag.name, termId: null }, "tag");
    const known = this.tagIds.get(slug) ?? effects.tagIds.get(slug);
    if (known) return known;
    const existing = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
    let id = existing?.id;
    if (!id) {
      const name = (htmlToPlainText(tag.name) || slug).slice(0, 80);
      id = (await tx.tag.create({ data: { slug, name }, select: { id: true } })).id;
      effects.created.push({ kind: "tags", name });
    }
    effects.tagIds.set(slug, id);
    return id;
  }

  /** Remembers what a committed (or dry-run) post made, so later posts reuse it. */
  apply(effects: Effects): void {
    if (!this.isDryRun) {
      for (const [key, id] of effects.userIds) this.userIds.set(key, id);
      for (const [key, id] of effects.categoryIds) this.categoryIds.set(key, id);
      for (const [key, id] of effects.tagIds) this.tagIds.set(key, id);
    }
    for (const key of effects.legacyDone) this.legacyDone.add(key);
    for (const { kind, name } of effects.created) this.created[kind].add(name);
  }
}
