import { articleBodySchema, bodyToPlainText, type ArticleBody } from "@/lib/articles/body";
import { slugify } from "@/lib/articles/slug";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { storeImage } from "@/lib/media/mutations";
import type { MediaStorage } from "@/lib/media/storage";
import type { ArticleStatus, Prisma, PrismaClient, Role } from "@/lib/db/generated/client";
import { DEMO_ARTICLES } from "./seed-data/articles";
import { demoCovers } from "./seed-data/covers";
import { REFERENCE_CATEGORIES } from "./seed-data/categories";
import { DEMO_PASSWORDS, DEMO_STAFF, FIRST_ADMIN_PROFILE } from "./seed-data/staff";
import { DEMO_PAGES } from "./seed-data/pages";
import { DEMO_TAGS } from "./seed-data/tags";
import type { DemoArticle } from "./seed-data/types";
import { addDays, dayAsDate, daysBetween, localDateTimeToUtc, localDay, type IndonesianTimeZone } from "@/lib/time";

/**
 * The seed behind `npm run db:seed`. Every step creates what is missing and leaves
 * existing rows alone, so a second run changes nothing: categories an editor renamed
 * keep their new names, demo articles keep their first publication dates and their
 * views, and demo passwords someone changed stay changed.
 */

export interface SeedOptions {
  /** The first admin, created only when no active admin exists. */
  admin: { username: string; email: string; password?: string };
  /** Also create demo staff, tags and articles (SEED_DEMO_CONTENT=true). */
  isDemo: boolean;
  /** The portal's zone: demo times are its wall clock, daily view counts follow its days. */
  timeZone: IndonesianTimeZone;
  /** Defaults to the current time; tests move it to prove dates do not shift. */
  now?: Date;
  log?: (line: string) => void;
  /** Where demo cover images go; defaults to the configured media storage (MEDIA_DIR). */
  mediaStorage?: MediaStorage;
}

export type FirstAdminOutcome = "created" | "exists" | "skipped-no-password" | "skipped-conflict";

export interface DemoLogin {
  role: Role;
  username: string;
  /** The password that signs in right now; null when the account is missing, inactive or its password was changed. */
  password: string | null;
  /** True for the first admin's SEED_ADMIN_PASSWORD, a secret the CLI must not echo. */
  isFromEnv: boolean;
}

export interface SeedReport {
  categoriesCreated: number;
  firstAdmin: FirstAdminOutcome;
  staffCreated: number;
  tagsCreated: number;
  articlesCreated: number;
  coversCreated: number;
  statsCreated: number;
  dailyViewRowsCreated: number;
  /** Static pages (Profil, Visi & Misi, …) created, published in menu order. */
  pagesCreated: number;
  /** Demo accounts and their passwords; empty without demo content. */
  demoLogins: DemoLogin[];
}

/** Slugs of every demo article, in data order. */
export function demoArticleSlugs(): string[] {
  return DEMO_ARTICLES.map((article) => slugify(article.title));
}

/** Usernames of the demo editors and writers (the admin comes from the environment). */
export function demoStaffUsernames(): string[] {
  return DEMO_STAFF.map((member) => member.username);
}

/** Seeds reference data always, and demo content when asked. Idempotent. */
export async function seedDatabase(db: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);

  const categoriesCreated = await seedCategories(db);
  const firstAdmin = await seedFirstAdmin(db, options, log);
  const report: SeedReport = {
    categoriesCreated,
    firstAdmin,
    staffCreated: 0,
    tagsCreated: 0,
    articlesCreated: 0,
    coversCreated: 0,
    statsCreated: 0,
    dailyViewRowsCreated: 0,
    pagesCreated: 0,
    demoLogins: [],
  };
  if (!options.isDemo) return report;

  report.staffCreated = await seedDemoStaff(db);
  report.tagsCreated = (
    await db.tag.createMany({
      data: DEMO_TAGS.map((tag) => ({ slug: tag.slug, name: tag.name })),
      skipDuplicates: true,
    })
  ).count;
  const covers = await seedDemoCovers(db, options.mediaStorage);
  report.coversCreated = covers.created;
  const articles = await seedDemoArticles(db, now, options.timeZone, covers.byCategory);
  report.articlesCreated = articles.articlesCreated;
  report.statsCreated = articles.statsCreated;
  report.dailyViewRowsCreated = articles.dailyViewRowsCreated;
  report.pagesCreated = await seedDemoPages(db);
  report.demoLogins = await checkDemoLogins(db, options);
  return report;
}

/**
 * The demo sign-ins, each checked against the stored hash, so the list printed at the end
 * of a demo seed never advertises a password that someone has since changed.
 */
async function checkDemoLogins(db: PrismaClient, options: SeedOptions): Promise<DemoLogin[]> {
  const candidates = [
    {
      role: "ADMIN" as const,
      username: options.admin.username,
      password: options.admin.password ?? DEMO_PASSWORDS.ADMIN,
      isFromEnv: options.admin.password !== undefined,
    },
    ...DEMO_STAFF.map((member) => ({
      role: member.role,
      username: member.username,
      password: DEMO_PASSWORDS[member.role],
      isFromEnv: false,
    })),
  ];
  const users = await db.user.findMany({
    where: { username: { in: candidates.map((candidate) => candidate.username) } },
    select: { username: true, role: true, isActive: true, passwordHash: true },
  });
  return Promise.all(
    candidates.map(async (candidate) => {
      const user = users.find((row) => row.username === candidate.username);
      const isUsable =
        user !== undefined &&
        user.isActive &&
        user.role === candidate.role &&
        (await verifyPassword(user.passwordHash, candidate.password));
      return {
        role: candidate.role,
        username: candidate.username,
        password: isUsable ? candidate.password : null,
        isFromEnv: candidate.isFromEnv,
      };
    }),
  );
}

/** The six standard static pages, published; create-only by slug (after that they are the editors'). */
async function seedDemoPages(db: PrismaClient): Promise<number> {
  const result = await db.staticPage.createMany({
    data: DEMO_PAGES.map((page, position) => ({
      slug: page.slug,
      title: page.title,
      summary: page.summary,
      body: articleBodySchema.parse(demoPageBody(page.body)),
      position,
      isPublished: true,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

/** Paragraphs, with "## " lines as level-2 subheadings. */
function demoPageBody(lines: readonly string[]): ArticleBody {
  return {
    type: "doc",
    content: lines.map((line) =>
      line.startsWith("## ")
        ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: line.slice(3) }] }
        : { type: "paragraph", content: [{ type: "text", text: line }] },
    ),
  };
}

async function seedCategories(db: PrismaClient): Promise<number> {
  // Create-only: after the first run the categories belong to the editors.
  const result = await db.category.createMany({
    data: REFERENCE_CATEGORIES.map((category) => ({
      slug: category.slug,
      name: category.name,
      description: category.description,
      position: category.position,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

async function seedFirstAdmin(
  db: PrismaClient,
  options: SeedOptions,
  log: (line: string) => void,
): Promise<FirstAdminOutcome> {
  const activeAdmins = await db.user.count({ where: { role: "ADMIN", isActive: true } });
  if (activeAdmins > 0) return "exists";

  const username = options.admin.username;
  const email = options.admin.email.toLowerCase();
  // CASE: production without a password. Inventing one would leave an admin nobody knows how to sign in as.
  const password = options.admin.password ?? (options.isDemo ? DEMO_PASSWORDS.ADMIN : undefined);
  if (password === undefined) {
    log(
      `No active admin exists and SEED_ADMIN_PASSWORD is not set: skipped creating "${username}". ` +
        "Set SEED_ADMIN_PASSWORD (and SEED_ADMIN_USERNAME, SEED_ADMIN_EMAIL) and run `npm run db:seed` again.",
    );
    return "skipped-no-password";
  }

  // CASE: the name or address belongs to an account that is not an active admin. Promoting or
  // reactivating it here would hand admin rights to whoever holds its password, so a person decides.
  const clash = await db.user.findFirst({ where: { OR: [{ username }, { email }] }, select: { username: true } });
  if (clash) {
    log(
      `No active admin exists, but the account "${clash.username}" already uses SEED_ADMIN_USERNAME or ` +
        "SEED_ADMIN_EMAIL and is not an active admin: skipped. Choose another username and e-mail, or reactivate that account.",
    );
    return "skipped-conflict";
  }

  await db.user.create({
    data: {
      username,
      email,
      displayName: FIRST_ADMIN_PROFILE.displayName,
      initials: FIRST_ADMIN_PROFILE.initials,
      role: "ADMIN",
      passwordHash: await hashPassword(password),
    },
  });
  log(`Created the first admin "${username}".`);
  return "created";
}

async function seedDemoStaff(db: PrismaClient): Promise<number> {
  const existing = await db.user.findMany({
    where: {
      OR: [{ username: { in: demoStaffUsernames() } }, { email: { in: DEMO_STAFF.map((member) => member.email) } }],
    },
    select: { username: true, email: true },
  });
  const taken = new Set(existing.flatMap((user) => [user.username, user.email]));
  const missing = DEMO_STAFF.filter((member) => !taken.has(member.username) && !taken.has(member.email));
  if (missing.length === 0) return 0;

  // Hash only for accounts we are about to create: argon2 is deliberately slow.
  const rows = await Promise.all(
    missing.map(async (member) => ({
      username: member.username,
      email: member.email,
      displayName: member.displayName,
      role: member.role,
      initials: member.initials,
      passwordHash: await hashPassword(DEMO_PASSWORDS[member.role]),
    })),
  );
  return (await db.user.createMany({ data: rows, skipDuplicates: true })).count;
}

// ---------------------------------------------------------------------------
// Articles

interface PreparedArticle {
  slug: string;
  source: DemoArticle;
  body: ArticleBody;
  bodyText: string;
}

/** Validates the demo data once, up front, so a typo fails before anything is written. */
function prepareDemoArticles(): PreparedArticle[] {
  const categories = new Set<string>(REFERENCE_CATEGORIES.map((category) => category.slug));
  const tags = new Set(DEMO_TAGS.map((tag) => tag.slug));
  const staff = new Map(DEMO_STAFF.map((member) => [member.username, member.role]));
  const slugs = new Set<string>();

  return DEMO_ARTICLES.map((article) => {
    const slug = slugify(article.title);
    const problems: string[] = [];
    if (slugs.has(slug)) problems.push("duplicate slug");
    slugs.add(slug);
    if (article.title.length > 200) problems.push("title longer than 200 characters");
    if (article.excerpt.length > 400) problems.push("excerpt longer than 400 characters");
    if (!categories.has(article.category)) problems.push(`unknown category ${article.category}`);
    for (const tag of article.tags) if (!tags.has(tag)) problems.push(`unknown tag ${tag}`);
    if (staff.get(article.writer) !== "WRITER") problems.push(`${article.writer} is not a demo writer`);
    const editor = "editor" in article.timing ? article.timing.editor : undefined;
    if (editor !== undefined && staff.get(editor) !== "EDITOR") problems.push(`${editor} is not a demo editor`);
    if (problems.length > 0) throw new Error(`Demo article "${article.title}": ${problems.join("; ")}`);

    const body = articleBodySchema.parse({ type: "doc", content: article.body });
    return { slug, source: article, body, bodyText: bodyToPlainText(body) };
  });
}

interface ArticleSeedResult {
  articlesCreated: number;
  statsCreated: number;
  dailyViewRowsCreated: number;
}

async function seedDemoArticles(
  db: PrismaClient,
  now: Date,
  timeZone: IndonesianTimeZone,
  coversByCategory: ReadonlyMap<string, readonly SeededCover[]>,
): Promise<ArticleSeedResult> {
  const prepared = prepareDemoArticles();
  const slugs = prepared.map((article) => article.slug);

  const [categories, tags, staff] = await Promise.all([
    db.category.findMany({
      where: { slug: { in: REFERENCE_CATEGORIES.map((category) => category.slug) } },
      select: { id: true, slug: true },
    }),
    db.tag.findMany({ where: { slug: { in: DEMO_TAGS.map((tag) => tag.slug) } }, select: { id: true, slug: true } }),
    db.user.findMany({ where: { username: { in: demoStaffUsernames() } }, select: { id: true, username: true } }),
  ]);
  const categoryIds = new Map(categories.map((row) => [row.slug, row.id]));
  const tagIds = new Map(tags.map((row) => [row.slug, row.id]));
  const staffIds = new Map(staff.map((row) => [row.username, row.id]));
  const idOf = (ids: Map<string, string>, key: string, what: string): string => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Cannot seed demo articles: ${what} "${key}" is missing from the database.`);
    return id;
  };

  return db.$transaction(
    async (tx) => {
      // Matching on the title as well keeps a later run from duplicating the demo articles
      // should the slug rules in lib/articles/slug change.
      const existing = await tx.article.findMany({
        where: { OR: [{ slug: { in: slugs } }, { title: { in: prepared.map((article) => article.source.title) } }] },
        select: { slug: true, title: true },
      });
      const present = new Set(existing.flatMap((row) => [`slug:${row.slug}`, `title:${row.title}`]));
      const missing = prepared.filter(
        (article) => !present.has(`slug:${article.slug}`) && !present.has(`title:${article.source.title}`),
      );

      const rows: Prisma.ArticleCreateManyInput[] = missing.map((article) => {
        const dates = articleDates(article.source, now, timeZone);
        const cover = coverFor(article, prepared, coversByCategory);
        const editor = "editor" in article.source.timing ? article.source.timing.editor : undefined;
        const reviewNote = "reviewNote" in article.source.timing ? article.source.timing.reviewNote : undefined;
        return {
          slug: article.slug,
          title: article.source.title,
          excerpt: article.source.excerpt,
          body: article.body as Prisma.InputJsonValue,
          bodyText: article.bodyText,
          dateline: article.source.dateline,
          status: article.source.timing.status,
          scheduledAt: dates.scheduledAt,
          publishedAt: dates.publishedAt,
          writerId: idOf(staffIds, article.source.writer, "writer"),
          editorId: editor === undefined ? null : idOf(staffIds, editor, "editor"),
          categoryId: idOf(categoryIds, article.source.category, "category"),
          reviewNote: reviewNote ?? "",
          coverImageId: cover?.id ?? null,
          coverCaption: cover?.caption ?? "",
          version: 1,
          createdAt: dates.createdAt,
          updatedAt: dates.updatedAt,
        };
      });
      const created =
        rows.length > 0 ? await tx.article.createManyAndReturn({ data: rows, select: { id: true, slug: true } }) : [];

      const bySlug = new Map(prepared.map((article) => [article.slug, article]));
      const articleTags = created.flatMap((row) =>
        (bySlug.get(row.slug)?.source.tags ?? []).map((tag) => ({
          articleId: row.id,
          tagId: idOf(tagIds, tag, "tag"),
        })),
      );
      if (articleTags.length > 0) await tx.articleTag.createMany({ data: articleTags, skipDuplicates: true });

      // Views for every seeded article that went public and has none yet, counted from the
      // publication date stored in the database: a later run never re-spreads existing views.
      const needStats = await tx.article.findMany({
        where: {
          slug: { in: slugs },
          status: { in: ["PUBLISHED", "ARCHIVED"] satisfies ArticleStatus[] },
          publishedAt: { not: null },
          stats: { is: null },
        },
        select: { id: true, slug: true, publishedAt: true, updatedAt: true, status: true },
      });
      const stats: Prisma.ArticleStatsCreateManyInput[] = [];
      const daily: Prisma.ArticleDailyViewCreateManyInput[] = [];
      const today = localDay(now, timeZone);
      for (const row of needStats) {
        const timing = bySlug.get(row.slug)?.source.timing;
        if (row.publishedAt === null || timing === undefined || !("views" in timing)) continue;
        const firstDay = localDay(row.publishedAt, timeZone);
        // CASE: archived articles stopped drawing readers on the day they were taken down.
        const takenDown = localDay(row.updatedAt, timeZone);
        const lastDay = row.status === "ARCHIVED" && takenDown < today ? takenDown : today;
        const days = Math.max(1, daysBetween(firstDay, lastDay) + 1);
        const perDay = spreadViews(timing.views, days, row.slug);
        stats.push({ articleId: row.id, views: BigInt(timing.views), createdAt: row.publishedAt, updatedAt: now });
        perDay.forEach((views, index) => {
          if (views === 0) return;
          daily.push({ articleId: row.id, day: dayAsDate(addDays(firstDay, index)), views: BigInt(views) });
        });
      }
      if (stats.length > 0) await tx.articleStats.createMany({ data: stats, skipDuplicates: true });
      const dailyCreated =
        daily.length > 0 ? (await tx.articleDailyView.createMany({ data: daily, skipDuplicates: true })).count : 0;

      return { articlesCreated: created.length, statsCreated: stats.length, dailyViewRowsCreated: dailyCreated };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

// ---------------------------------------------------------------------------
// Covers

interface SeededCover {
  id: string;
  caption: string;
}

/** A stable UUID (version 8, RFC 9562) per demo cover, so a later run recognises what an earlier one stored. */
export function demoCoverId(key: string): string {
  const hex = createHash("sha256").update(`warta-demo-cover:${key}`).digest("hex");
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Renders and stores the illustrated covers that are not in the database yet. Rendering is
 * the slow part of the seed (about a third of a second per image), so a later run checks
 * the ids first and draws nothing.
 */
async function seedDemoCovers(
  db: PrismaClient,
  storage: MediaStorage | undefined,
): Promise<{ created: number; byCategory: Map<string, SeededCover[]> }> {
  const covers = demoCovers();
  const ids = covers.map((cover) => demoCoverId(cover.key));
  const present = new Set(
    (await db.media.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id),
  );
  const missing = covers.filter((cover) => !present.has(demoCoverId(cover.key)));

  // Two at a time: sharp already uses both cores of a small server for each image.
  for (let start = 0; start < missing.length; start += 2) {
    await Promise.all(
      missing.slice(start, start + 2).map(async (cover) => {
        const png = await sharp(Buffer.from(cover.svg)).png({ compressionLevel: 1 }).toBuffer();
        await storeImage(
          { id: demoCoverId(cover.key), bytes: png, alt: cover.alt, uploadedById: null },
          { client: db, storage },
        );
      }),
    );
  }

  const byCategory = new Map<string, SeededCover[]>();
  for (const cover of covers) {
    for (const category of cover.categories) {
      byCategory.set(category, [
        ...(byCategory.get(category) ?? []),
        { id: demoCoverId(cover.key), caption: cover.caption },
      ]);
    }
  }
  return { created: missing.length, byCategory };
}

/**
 * Most demo articles get a cover from their category, taking turns when it has several;
 * every fourth goes without, so pages without a cover are exercised too.
 */
function coverFor(
  article: PreparedArticle,
  prepared: readonly PreparedArticle[],
  coversByCategory: ReadonlyMap<string, readonly SeededCover[]>,
): SeededCover | undefined {
  const sameCategory = prepared.filter((other) => other.source.category === article.source.category);
  const position = sameCategory.indexOf(article);
  if (position % 4 === 3) return undefined;
  const covers = coversByCategory.get(article.source.category) ?? [];
  return covers[position % Math.max(1, covers.length)];
}

interface ArticleDates {
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function articleDates(article: DemoArticle, now: Date, timeZone: IndonesianTimeZone): ArticleDates {
  const today = localDay(now, timeZone);
  const notAfterNow = (date: Date, marginMinutes: number) =>
    date.getTime() <= now.getTime() - marginMinutes * MINUTE ? date : new Date(now.getTime() - marginMinutes * MINUTE);
  const timing = article.timing;
  switch (timing.status) {
    case "PUBLISHED":
    case "ARCHIVED": {
      const publishedAt = notAfterNow(zonedInstant(addDays(today, -timing.daysAgo), timing.at, timeZone), 15);
      // Writers file a few hours before the editor publishes.
      const createdAt = new Date(publishedAt.getTime() - (2 * HOUR + (article.title.length % 7) * 13 * MINUTE));
      const updatedAt =
        timing.status === "ARCHIVED"
          ? notAfterNow(new Date(publishedAt.getTime() + timing.archivedAfterDays * 24 * HOUR), 5)
          : publishedAt;
      return { createdAt, updatedAt, publishedAt, scheduledAt: null };
    }
    case "SCHEDULED": {
      const scheduledAt = zonedInstant(addDays(today, timing.daysAhead), timing.at, timeZone);
      const createdAt = new Date(now.getTime() - 26 * HOUR);
      return { createdAt, updatedAt: new Date(now.getTime() - 3 * HOUR), publishedAt: null, scheduledAt };
    }
    case "DRAFT":
    case "IN_REVIEW": {
      const createdAt = notAfterNow(zonedInstant(addDays(today, -timing.daysAgo), timing.at, timeZone), 30);
      const updatedAt = notAfterNow(new Date(createdAt.getTime() + 3 * HOUR), 10);
      return { createdAt, updatedAt, publishedAt: null, scheduledAt: null };
    }
  }
}

/** The instant a demo wall-clock time ("09.30") happens on a day in the portal's zone. */
function zonedInstant(day: string, at: string, timeZone: IndonesianTimeZone): Date {
  const instant = /^\d{2}\.\d{2}$/.test(at) ? localDateTimeToUtc(`${day}T${at.replace(".", ":")}`, timeZone) : null;
  if (!instant) throw new Error(`Demo time "${at}" must look like 09.30`);
  return instant;
}

// ---------------------------------------------------------------------------
// Views

/** Small deterministic hash so the same article always gets the same daily curve. */
function hash(value: string): number {
  let result = 2166136261;
  for (let index = 0; index < value.length; index += 1) {
    result ^= value.charCodeAt(index);
    result = Math.imul(result, 16777619);
  }
  return result >>> 0;
}

/**
 * Splits a total over `days` days, most of it in the first days after publication and a
 * thin tail after that, with some day-to-day noise. The parts always add up to `total`.
 */
export function spreadViews(total: number, days: number, seed: string): number[] {
  const weights = Array.from({ length: days }, (_, index) => {
    const noise = 0.75 + (hash(`${seed}:${index}`) % 1000) / 2000;
    return (Math.exp(-index / 2.2) + 0.05 * Math.exp(-index / 40)) * noise;
  });
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let remainder = total - parts.reduce((acc, value) => acc + value, 0);
  const byFraction = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction) {
    if (remainder === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remainder -= 1;
  }
  return parts;
}
