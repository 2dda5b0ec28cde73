import "server-only";
import { articleBodySchema } from "@/lib/articles/body";
import { isSystemActor } from "@/lib/articles/mutations";
import { slugify } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { MediaStorage } from "@/lib/media/storage";
import type { IndonesianTimeZone } from "@/lib/time";
import { convertWordPressBody, htmlToPlainText, replaceImageSources } from "./convert-body";
import { extractDatelineAndSignOff } from "./dateline";
import { ImageImporter, type StoredImage } from "./image-importer";
import { attachmentIdOf, categoryPath, publishDate, siteOrigins, termSlug, uniqueTerms, usernameFor } from "./mapping";
import { postLegacyKeys } from "./permalinks";
import { PostWriter, UNKNOWN_AUTHOR, type CategoryRef, type Effects, type PostToWrite } from "./post-writer";
import {
  addCounts,
  emptyReport,
  type ImportProgress,
  type ImportReport,
  type MissingImage,
  type PostNote,
} from "./report";
import { collapseWhitespace, safeDecodeUri, truncateWords } from "./text";
import { WxrReader, type WxrAuthor, type WxrChannel, type WxrItem, type WxrTerm } from "./wxr";

/**
 * `importWordPress`: moves a WordPress site's published posts into the portal, for the
 * `npm run import:wordpress` command and, later, an admin page that takes an upload.
 *
 * The export is read twice, streaming both times: first to learn the attachments
 * (featured images usually come after the post that uses them) and to count the posts,
 * then to import post by post. Each post goes in with its author, category, tags, view
 * count and old addresses in one transaction, so a failure leaves nothing of that post
 * behind; images are stored just before and removed again when the transaction fails.
 * Posts are matched by their WordPress ID (`articles.wp_id`), so running the same file
 * again imports only what is new. A dry run does all the same work in transactions that
 * are rolled back, and stores no image, so its report is the real run's report.
 *
 * Imported articles are published at their original time and signed off as they were;
 * their writers become deactivated accounts when they have none here. Nothing is sent
 * to readers' caches: lists pick the articles up within their cache lifetime (minutes).
 */

export type ImportSource = AsyncIterable<Uint8Array | string>;

export type ImportOptions = {
  /** Opens the export from its first byte (a file stream, an upload); called twice. */
  openSource: () => ImportSource;
  /** Shown in the report and the audit entry. */
  fileName: string;
  /** A copy of the old site's `wp-content/uploads`; without it every image is reported missing. */
  mediaDir: string | null;
  isDryRun: boolean;
  /** The post meta key that holds view counts; by default the first of VIEW_KEYS a post has. */
  viewsKey?: string | null;
  /** The zone of `post_date` when a post has no `post_date_gmt` (the site's SITE_TIME_ZONE). */
  timeZone: IndonesianTimeZone;
  onProgress?: (progress: ImportProgress) => void;
  /** Where images go; the portal's configured storage (MEDIA_DIR) unless given (tests). */
  storage?: MediaStorage;
  /**
   * Posts imported at the same time, each in its own transaction and connection (default
   * 1). Waiting on the database dominates an import, so a few in parallel finish sooner;
   * the embedded PGlite has one connection and needs 1.
   */
  concurrency?: number;
};

/** Meta keys of the common post-view plugins (WP-PostViews, Post Views Counter, themes). */
export const VIEW_KEYS = ["views", "post_views_count", "_post_views"] as const;

const PRIMARY_CATEGORY_KEYS = ["_yoast_wpseo_primary_category", "rank_math_primary_category"];
const MAX_TAGS = 10;
const FALLBACK_CATEGORY: WxrTerm = {
  termId: null,
  slug: "lain-lain",
  name: "Lain-lain",
  parentSlug: "",
  description: "",
};
type Attachment = { url: string; alt: string; caption: string };

/** What the first pass learns. */
type Scan = {
  channel: WxrChannel;
  authors: Map<string, WxrAuthor>;
  categoriesById: Map<number, WxrTerm>;
  categoriesBySlug: Map<string, WxrTerm>;
  attachments: Map<number, Attachment>;
  postIds: number[];
  postCount: number;
  otherItems: Record<string, number>;
};

/** Thrown at the end of a dry run's transaction to roll it back, carrying what it did. */
class DryRunRollback extends Error {
  constructor(readonly effects: Effects) {
    super("dry run");
  }
}

/** A post that cannot be imported, with the reason staff read in the report. */
class PostFailure extends Error {}

/**
 * ADMIN only (it publishes articles and creates accounts; the command line acts as the
 * system actor). Imports the export's published posts and writes one audit entry per run.
 */
export async function importWordPress(actor: Actor, options: ImportOptions): Promise<ImportReport> {
  assertCan(actor, "user.manage");
  assertCan(actor, "article.publish");
  const run = new ImportRun(actor, options);
  try {
    await run.execute();
  } catch (error) {
    await run.recordAudit(error);
    throw error;
  }
  await run.recordAudit(null);
  return run.report;
}

class ImportRun {
  readonly report: ImportReport;
  private readonly started = performance.now();
  private scan: Scan | null = null;
  private existingWpIds = new Set<number>();
  private readonly writer: PostWriter;
  private readonly images: ImageImporter;
  private readonly viewKeysSeen = new Set<string>();
  // Writers, categories and tags ("category:ekonomi") that a finished post has touched.
  private readonly settledKeys = new Set<string>();

  constructor(
    private readonly actor: Actor,
    private readonly options: ImportOptions,
  ) {
    this.report = emptyReport(options.fileName, options.isDryRun, new Date());
    this.writer = new PostWriter(options.isDryRun);
    this.images = new ImageImporter({
      mediaDir: options.mediaDir,
      isDryRun: options.isDryRun,
      storage: options.storage,
      uploadedById: this.actorId(),
    });
  }

  async execute(): Promise<void> {
    this.scan = await this.scanFile();
    this.report.posts.found = this.scan.postCount;
    this.report.otherItems = this.scan.otherItems;
    this.report.site = { title: this.scan.channel.title, url: this.scan.channel.baseBlogUrl || this.scan.channel.link };
    this.existingWpIds = await this.loadExistingWpIds(this.scan.postIds);

    const reader = new WxrReader();
    await this.importAll(reader.items(this.options.openSource()));
    this.report.file = reader.notes;
    this.report.created = {
      authors: [...this.writer.created.authors],
      categories: [...this.writer.created.categories],
      tags: [...this.writer.created.tags],
    };
    this.report.views.key = this.options.viewsKey ?? ([...this.viewKeysSeen].join(", ") || null);
    // Posts finish out of order when several run at once; the report lists them by WordPress ID.
    for (const list of [this.report.skipped, this.report.failed, this.report.warnings, this.report.images.missing]) {
      list.sort((a, b) => (a.wpId ?? 0) - (b.wpId ?? 0));
    }
    this.report.durationMs = Math.round(performance.now() - this.started);
  }

  /**
   * Imports the posts, up to `concurrency` at a time. Two posts in flight must not create
   * the same writer, category or tag, take the same slug, or store the same picture, so a
   * post that would create something not seen yet, or that has pictures to store, runs
   * alone. Whatever race is left (a slug "x-2" against a post named "x-2") fails a
   * transaction, which leaves nothing behind; such a post is tried again alone at the end.
   */
  private async importAll(items: AsyncIterable<WxrItem>): Promise<void> {
    const limit = Math.max(1, Math.floor(this.options.concurrency ?? 1));
    const running = new Set<Promise<void>>();
    const slugsInFlight = new Set<string>();
    const retries: WxrItem[] = [];
    let processed = 0;
    const done = () => {
      processed++;
      this.options.onProgress?.({
        phase: "import",
        processed,
        total: this.requireScan().postCount,
        imported: this.report.posts.imported,
        skipped: this.report.posts.skipped,
        failed: this.report.posts.failed,
      });
    };

    try {
      for await (const item of items) {
        if (item.postType !== "post") continue;
        const plan = this.planOf(item);
        if (limit === 1 || plan.mustRunAlone || slugsInFlight.has(plan.slugBase)) {
          await Promise.all(running);
          if ((await this.importPost(item, false)) === "imported") this.settle(plan);
          done();
          continue;
        }
        while (running.size >= limit) await Promise.race(running);
        slugsInFlight.add(plan.slugBase);
        const task: Promise<void> = this.importPost(item, true)
          .then((outcome) => {
            if (outcome === "retry") {
              retries.push(item);
              return;
            }
            if (outcome === "imported") this.settle(plan);
            done();
          })
          .finally(() => {
            running.delete(task);
            slugsInFlight.delete(plan.slugBase);
          });
        // The loop awaits every task and rethrows its error; until then the rejection counts as handled.
        task.catch(() => undefined);
        running.add(task);
      }
      await Promise.all(running);
    } finally {
      // CASE: the import stops (database gone): let the posts in flight finish before reporting.
      await Promise.allSettled(running);
    }
    for (const item of retries) {
      await this.importPost(item, false);
      done();
    }
  }

  /** What a post will touch, to decide whether it may run beside others. */
  private planOf(item: WxrItem): PostPlan {
    const slugBase = slugBaseOf(item);
    const keys = [`author:${usernameFor(item.creator.trim() || UNKNOWN_AUTHOR.login)}`];
    keys.push(`category:${termSlug(this.primaryCategory(item, []).term, "kategori")}`);
    for (const tag of uniqueTerms(item.terms.filter((term) => term.domain === "post_tag")).slice(0, MAX_TAGS)) {
      keys.push(`tag:${termSlug({ slug: tag.slug, name: tag.name, termId: null }, "tag")}`);
    }
    const hasPictures =
      item.content.includes("data:image") ||
      (this.options.mediaDir !== null && (item.meta.has("_thumbnail_id") || /<img\b/i.test(item.content)));
    return { keys, slugBase, mustRunAlone: hasPictures || keys.some((key) => !this.settledKeys.has(key)) };
  }

  /** After a post was imported, what it touched exists (or, in a dry run, has been seen). */
  private settle(plan: PostPlan): void {
    for (const key of plan.keys) this.settledKeys.add(key);
  }

  private async scanFile(): Promise<Scan> {
    const reader = new WxrReader();
    const scan: Scan = {
      channel: reader.channel,
      authors: new Map(),
      categoriesById: new Map(),
      categoriesBySlug: new Map(),
      attachments: new Map(),
      postIds: [],
      postCount: 0,
      otherItems: {},
    };
    let items = 0;
    for await (const item of reader.items(this.options.openSource())) {
      items++;
      if (items % 500 === 0) this.options.onProgress?.({ phase: "scan", items });
      if (item.postType === "post") {
        scan.postCount++;
        if (item.postId !== null) scan.postIds.push(item.postId);
        continue;
      }
      const type = item.postType || "(tanpa jenis)";
      scan.otherItems[type] = (scan.otherItems[type] ?? 0) + 1;
      if (item.postType === "attachment" && item.postId !== null) {
        scan.attachments.set(item.postId, {
          url: item.attachmentUrl || item.guid,
          alt: collapseWhitespace(item.meta.get("_wp_attachment_image_alt") ?? ""),
          caption: htmlToPlainText(item.excerpt),
        });
      }
    }
    for (const author of scan.channel.authors) scan.authors.set(author.login, author);
    for (const category of scan.channel.categories) {
      scan.categoriesBySlug.set(category.slug, category);
      if (category.termId !== null) scan.categoriesById.set(category.termId, category);
    }
    this.options.onProgress?.({ phase: "scan", items });
    return scan;
  }

  private async loadExistingWpIds(postIds: readonly number[]): Promise<Set<number>> {
    const existing = new Set<number>();
    for (let start = 0; start < postIds.length; start += 5_000) {
      const rows = await db.article.findMany({
        where: { wpId: { in: postIds.slice(start, start + 5_000) } },
        select: { wpId: true },
      });
      for (const row of rows) if (row.wpId !== null) existing.add(row.wpId);
    }
    return existing;
  }

  private note(list: PostNote[], item: WxrItem, reason: string): void {
    list.push({ wpId: item.postId, title: htmlToPlainText(item.title).slice(0, 120), reason });
  }

  private skip(item: WxrItem, reason: string): "skipped" {
    this.report.posts.skipped++;
    this.note(this.report.skipped, item, reason);
    return "skipped";
  }

  private fail(item: WxrItem, reason: string): "failed" {
    this.report.posts.failed++;
    this.note(this.report.failed, item, reason);
    return "failed";
  }

  /**
   * Imports one post and records the outcome in the report. A post that fails while
   * others run beside it records nothing and asks to be retried alone ("retry").
   */
  private async importPost(item: WxrItem, isConcurrent: boolean): Promise<PostOutcome> {
    const wpId = item.postId;
    if (wpId === null) return this.fail(item, "ID pos tidak valid.");
    // CASE: not public on the old site either (draft, pending, scheduled, private, trash).
    if (item.status !== "publish")
      return this.skip(item, `Belum terbit di situs lama (status ${item.status || "kosong"}).`);
    if (item.postPassword) return this.skip(item, "Dilindungi kata sandi di situs lama.");
    if (this.existingWpIds.has(wpId)) return this.skip(item, "Sudah diimpor sebelumnya.");

    const newImages: StoredImage[] = [];
    let prepared: PreparedPost | null = null;
    let effects: Effects | null = null;
    try {
      prepared = await this.preparePost(item, wpId, newImages);
      const post = prepared;
      effects = await db.$transaction(
        async (tx) => {
          const done = await this.writer.write(tx, post);
          // CASE: a dry run did all the work; rolling back keeps the database as it was.
          if (this.options.isDryRun) throw new DryRunRollback(done);
          return done;
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    } catch (error) {
      if (error instanceof DryRunRollback) {
        effects = error.effects;
      } else {
        await this.images.discard(newImages);
        // CASE: beside other posts, a database error may be a lost race; the post's own faults are final.
        if (isConcurrent && !(error instanceof PostFailure)) return "retry";
        if (isUniqueViolationOn(error, "wp_id")) return this.skip(item, "Sudah diimpor sebelumnya.");
        return this.fail(item, failureReason(error));
      }
    }
    if (!prepared || !effects) throw new Error("importWordPress: a post finished without its writes");
    this.existingWpIds.add(wpId);
    this.writer.apply(effects);
    this.report.legacyUrls += effects.legacyUrls;
    this.report.posts.imported++;
    addCounts(this.report.dropped, prepared.converted.dropped);
    addCounts(this.report.unwrapped, prepared.converted.unwrapped);
    this.report.uploadLinks += prepared.converted.uploadLinks;
    this.report.images.imported += newImages.length;
    this.report.images.missing.push(...prepared.missingImages);
    this.report.images.withoutAlt += prepared.imagesWithoutAlt;
    if (prepared.views !== null) this.report.views.articles++;
    for (const warning of prepared.warnings) this.note(this.report.warnings, item, warning);
    return "imported";
  }

  // -------------------------------------------------------------------------
  // Preparing a post: everything that needs no transaction

  private async preparePost(item: WxrItem, wpId: number, newImages: StoredImage[]): Promise<PreparedPost> {
    const scan = this.requireScan();
    const warnings: string[] = [];
    let title = htmlToPlainText(item.title);
    if (!title) throw new PostFailure("Judul kosong.");
    if (title.length > 200) {
      title = truncateWords(title, 200);
      warnings.push("Judul dipendekkan menjadi 200 karakter.");
    }
    const publishedAt = publishDate(item, this.options.timeZone);
    if (!publishedAt) throw new PostFailure("Tanggal terbit tidak valid.");

    const converted = convertWordPressBody(item.content, {
      attachmentAlt: (id) => scan.attachments.get(id)?.alt,
      siteOrigins: siteOrigins(scan.channel),
    });
    const missingImages: MissingImage[] = [];
    const sources = new Map<string, string>();
    for (const reference of converted.images) {
      if (sources.has(reference.src)) continue;
      const image = await this.images.resolve(reference.src, reference.alt, wpId, newImages, missingImages);
      if (image) sources.set(reference.src, image.src);
    }
    const withImages = replaceImageSources(converted.body, (src) => sources.get(src) ?? null);
    const { body: extracted, dateline, signOff } = extractDatelineAndSignOff(withImages);
    const parsed = articleBodySchema.safeParse(extracted);
    if (!parsed.success) {
      throw new PostFailure(`Isi tidak lolos pemeriksaan: ${parsed.error.issues[0]?.message ?? "tidak dikenal"}.`);
    }
    const body = parsed.data;

    const coverAttachment = attachmentIdOf(item.meta.get("_thumbnail_id"));
    const attachment = coverAttachment === null ? undefined : scan.attachments.get(coverAttachment);
    let cover: PreparedPost["cover"] = null;
    if (coverAttachment !== null && !attachment) {
      missingImages.push({
        wpId,
        url: `lampiran #${coverAttachment}`,
        reason: "Gambar unggulan tidak ada di berkas ekspor.",
      });
    } else if (attachment) {
      const image = await this.images.resolve(
        attachment.url,
        attachment.alt || attachment.caption,
        wpId,
        newImages,
        missingImages,
      );
      if (image) cover = { mediaId: image.mediaId, caption: attachment.caption.slice(0, 300), alt: image.alt };
    }

    const category = this.primaryCategory(item, warnings);
    const tags = uniqueTerms(item.terms.filter((term) => term.domain === "post_tag"));
    if (tags.length > MAX_TAGS)
      warnings.push(`${tags.length - MAX_TAGS} tag melebihi batas ${MAX_TAGS} dan tidak diimpor.`);
    const login = item.creator.trim();
    if (!login) warnings.push(`Tanpa penulis di situs lama; penulisnya "${UNKNOWN_AUTHOR.displayName}".`);

    return {
      wpId,
      title,
      excerpt: truncateWords(htmlToPlainText(item.excerpt), 400),
      publishedAt,
      body,
      dateline,
      signOff,
      slugBase: slugBaseOf(item),
      cover,
      author: login ? (scan.authors.get(login) ?? { ...UNKNOWN_AUTHOR, login, displayName: login }) : UNKNOWN_AUTHOR,
      category,
      tags: tags.slice(0, MAX_TAGS),
      views: this.viewCount(item, warnings),
      legacyKeys: postLegacyKeys({
        postId: wpId,
        postName: item.postName,
        postDate: item.postDate,
        link: item.link,
        guid: item.guid,
      }),
      converted,
      missingImages,
      imagesWithoutAlt:
        converted.images.filter((image) => sources.has(image.src) && !image.alt).length + (cover && !cover.alt ? 1 : 0),
      warnings,
    };
  }

  private requireScan(): Scan {
    if (!this.scan) throw new Error("importWordPress: the file was not scanned");
    return this.scan;
  }

  private primaryCategory(item: WxrItem, warnings: string[]): CategoryRef {
    const scan = this.requireScan();
    const terms = uniqueTerms(item.terms.filter((term) => term.domain === "category"));
    const primaryId = PRIMARY_CATEGORY_KEYS.map((key) => attachmentIdOf(item.meta.get(key))).find((id) => id !== null);
    const primarySlug = primaryId ? scan.categoriesById.get(primaryId)?.slug : undefined;
    const chosen = terms.find((term) => term.slug === primarySlug) ?? terms[0];
    if (!chosen) {
      warnings.push(`Tanpa kategori di situs lama; masuk kategori "${FALLBACK_CATEGORY.name}".`);
      return { term: FALLBACK_CATEGORY, slugPath: [] };
    }
    if (terms.length > 1) {
      const others = terms.filter((term) => term !== chosen).map((term) => term.name || term.slug);
      warnings.push(`Hanya satu kategori per artikel; tidak diimpor: ${others.join(", ")}.`);
    }
    const channelTerm = scan.categoriesBySlug.get(chosen.slug);
    return {
      term: {
        termId: channelTerm?.termId ?? null,
        slug: chosen.slug,
        name: chosen.name || channelTerm?.name || chosen.slug,
        parentSlug: channelTerm?.parentSlug ?? "",
        description: channelTerm?.description ?? "",
      },
      slugPath: categoryPath(chosen.slug, scan.categoriesBySlug),
    };
  }

  private viewCount(item: WxrItem, warnings: string[]): bigint | null {
    const keys = this.options.viewsKey ? [this.options.viewsKey] : VIEW_KEYS;
    const key = keys.find((candidate) => item.meta.has(candidate));
    if (!key) return null;
    const value = item.meta.get(key)?.trim() ?? "";
    if (!/^\d{1,15}$/.test(value)) {
      warnings.push(`Jumlah tayang "${value.slice(0, 40)}" (meta ${key}) bukan bilangan bulat; tidak diimpor.`);
      return null;
    }
    this.viewKeysSeen.add(key);
    return BigInt(value);
  }

  private actorId(): string | null {
    return isSystemActor(this.actor) ? null : this.actor.id;
  }

  /** One audit entry per run (none for a dry run, which changes nothing). */
  async recordAudit(error: unknown): Promise<void> {
    if (this.options.isDryRun) return;
    const report = this.report;
    await recordAudit(db, {
      actorId: this.actorId(),
      action: "article.import",
      // The audit page shows the first five details; these are what an admin looks for.
      details: {
        file: report.fileName.slice(0, 200),
        imported: report.posts.imported,
        skipped: report.posts.skipped,
        failed: report.posts.failed,
        imagesMissing: report.images.missing.length,
        source: "wordpress",
        droppedElements: Object.values(report.dropped).reduce((sum, value) => sum + value, 0),
        imagesImported: report.images.imported,
        authorsCreated: this.writer.created.authors.size,
        categoriesCreated: this.writer.created.categories.size,
        tagsCreated: this.writer.created.tags.size,
        legacyUrls: report.legacyUrls,
        durationMs: Math.round(performance.now() - this.started),
        ...(error
          ? { aborted: true, error: error instanceof Error ? error.message.slice(0, 300) : String(error) }
          : {}),
        ...(isSystemActor(this.actor) ? { system: true } : {}),
      },
    });
  }
}

type PostOutcome = "imported" | "skipped" | "failed" | "retry";

type PostPlan = { keys: string[]; slugBase: string; mustRunAlone: boolean };

/** The slug an imported post asks for: its WordPress slug, else its title's. */
function slugBaseOf(item: WxrItem): string {
  return (
    slugify(safeDecodeUri(item.postName), 150) ||
    slugify(htmlToPlainText(item.title), 150) ||
    `artikel-${item.postId ?? 0}`
  );
}

/** A post ready to write, with what the report says about it. */
type PreparedPost = PostToWrite & {
  converted: ReturnType<typeof convertWordPressBody>;
  missingImages: MissingImage[];
  imagesWithoutAlt: number;
  warnings: string[];
};

function isUniqueViolationOn(error: unknown, column: string): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes(column)
  );
}

function failureReason(error: unknown): string {
  if (error instanceof PostFailure) return error.message;
  if (error instanceof Prisma.PrismaClientKnownRequestError)
    return `Kesalahan basis data (${error.code}): ${error.message.split("\n").at(-1) ?? ""}`;
  return `Kesalahan tak terduga: ${error instanceof Error ? error.message : String(error)}`;
}
