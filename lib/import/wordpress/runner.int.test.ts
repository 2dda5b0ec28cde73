import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db, disconnectDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createDiskStorage, type MediaStorage } from "@/lib/media/storage";
import { createTestActor } from "@/lib/testing/actors";
import { createTestUser, uniqueSuffix } from "@/lib/testing/factories";
import { generateWxr, renderWxrFixture, uniqueIdBase } from "@/lib/testing/wxr";
import type { ImportReport } from "./report";
import type { ImportOptions } from "./runner";

// Public reads are "use cache" functions; outside Next their cache calls do nothing.
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));

const { SYSTEM_ACTOR } = await import("@/lib/articles/mutations");
const { getPublishedArticle } = await import("@/lib/articles/queries");
const { resolveLegacyUrl } = await import("./legacy-urls");
const { importWordPress } = await import("./runner");

/** The export as bytes in small pieces, so characters are split across chunks as in a real stream. */
function chunked(xml: string, size = 1_000): () => AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(xml, "utf8");
  return async function* () {
    for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
  };
}

async function writeImage(file: string, width: number, height: number, format: "jpeg" | "png") {
  await mkdir(path.dirname(file), { recursive: true });
  const image = sharp({ create: { width, height, channels: 3, background: "#336699" } });
  await writeFile(file, await (format === "jpeg" ? image.jpeg() : image.png()).toBuffer());
}

let root: string;
let mediaDir: string;
let storageDir: string;
let storage: MediaStorage;
let staff: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "warta-wp-"));
  mediaDir = path.join(root, "uploads");
  storageDir = path.join(root, "media");
  storage = createDiskStorage(storageDir);
  await writeImage(path.join(mediaDir, "2022/10/banjir.jpg"), 1200, 800, "jpeg");
  await writeImage(path.join(mediaDir, "2022/10/banjir-300x225.jpg"), 300, 225, "jpeg");
  await writeImage(path.join(mediaDir, "2023/01/rapat.png"), 1024, 576, "png");
  await writeImage(path.join(mediaDir, "2022/11/gagal.jpg"), 640, 480, "jpeg");
  staff = await createTestUser({ role: "EDITOR" });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await disconnectDb();
});

function options(xml: string, overrides: Partial<ImportOptions> = {}): ImportOptions {
  return {
    openSource: chunked(xml),
    fileName: `uji-${uniqueSuffix()}.xml`,
    mediaDir,
    isDryRun: false,
    timeZone: "Asia/Makassar",
    storage,
    ...overrides,
  };
}

async function articleOf(wpId: number) {
  return db.article.findUnique({
    where: { wpId },
    include: {
      writer: true,
      category: true,
      tags: { include: { tag: true } },
      stats: true,
      coverImage: true,
    },
  });
}

describe("importWordPress: classic editor export", () => {
  const run = uniqueSuffix();
  const idBase = uniqueIdBase();
  let xml: string;
  let report: ImportReport;

  beforeAll(async () => {
    xml = await renderWxrFixture("classic", { run, idBase, existing: staff.username });
    report = await importWordPress(SYSTEM_ACTOR, options(xml));
  });

  it("imports published posts, skips the rest with reasons, and counts what is not a post", () => {
    expect(report.posts).toEqual({ found: 5, imported: 3, skipped: 2, failed: 0 });
    expect(report.skipped.map((note) => note.reason).sort()).toEqual([
      "Belum terbit di situs lama (status draft).",
      "Dilindungi kata sandi di situs lama.",
    ]);
    expect(report.otherItems).toEqual({ page: 1, attachment: 2, nav_menu_item: 1 });
    expect(report.file).toMatchObject({ encoding: "utf-8", isComplete: true, invalidBytes: 0 });
  });

  it("keeps title, date, dateline, sign-off, images, links, category, tags and views of a classic post", async () => {
    const article = await articleOf(idBase + 1);
    expect(article).toMatchObject({
      title: "Wali Kota Tinjau Banjir di Sungai Karang Mumus",
      slug: `wali-kota-tinjau-banjir-${run}`,
      status: "PUBLISHED",
      publishedAt: new Date("2022-10-11T09:50:00Z"),
      dateline: "Samarinda",
      signOff: "(Prb/ty)",
      excerpt: "Wali Kota meninjau banjir.",
      coverCaption: "Genangan di Jalan Pahlawan, Selasa (11/10).",
      editorId: null,
    });
    expect(article?.coverImage?.alt).toBe("Genangan banjir di Jalan Pahlawan");
    const mediaId = article?.coverImageId ?? "";
    expect(article?.body).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "Wali Kota meninjau banjir di kawasan Sungai Karang Mumus, Selasa pagi." }],
        },
        {
          type: "image",
          // The inline picture was a resized copy of the featured image: one stored file serves both.
          attrs: {
            src: `/media/${mediaId}/960.webp`,
            alt: "Genangan banjir di Jalan Pahlawan",
            title: "Genangan di Jalan Pahlawan",
          },
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Petugas BPBD menyiagakan perahu karet." },
            { type: "hardBreak" },
            { type: "text", text: "Warga diminta waspada." },
          ],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Baca juga " },
            {
              type: "text",
              text: "berita sebelumnya",
              marks: [{ type: "link", attrs: { href: "/2022/10/10/berita-sebelumnya/" } }],
            },
            { type: "text", text: "." },
          ],
        },
      ],
    });
    expect(article?.bodyText).toContain("Petugas BPBD");
    expect(article?.category).toMatchObject({
      slug: `ekonomi-${run}`,
      name: "Ekonomi & Keuangan",
      description: "Berita ekonomi daerah",
    });
    expect(article?.tags.map(({ tag }) => tag.slug).sort()).toEqual([`banjir-${run}`, `sungai-karang-mumus-${run}`]);
    expect(article?.stats?.views).toBe(1234n);
    expect((await readdir(path.join(storageDir, mediaId))).sort()).toEqual([
      "480.webp",
      "780.webp",
      "960.webp",
      "og.jpg",
    ]);
    expect(report.images.imported).toBe(1);
  });

  it("creates a missing author as a deactivated writer who cannot sign in", async () => {
    const article = await articleOf(idBase + 1);
    expect(article?.writer).toMatchObject({
      username: `prabawati${run}`,
      displayName: "Prabawati Sari",
      role: "WRITER",
      isActive: false,
      initials: "Prb",
    });
    expect(await verifyPassword(article?.writer.passwordHash ?? "", "")).toBe(false);
    expect(report.created.authors).toEqual(expect.arrayContaining([`prabawati${run} (Prabawati Sari)`]));
  });

  it("maps an author whose login is a staff username to that account", async () => {
    expect((await articleOf(idBase + 6))?.writerId).toBe(staff.id);
  });

  it("repairs entities and encodings, reads post_date in the site zone, and reports missing images", async () => {
    const article = await articleOf(idBase + 2);
    expect(article).toMatchObject({
      title: "Pasar Murah – Harga Sembako “Terjangkau” di Kecamatan Sungai Kunjang",
      slug: `pasar-murah-sembako-${run}`,
      // 10.00 WITA on 11 October 2022; the export had no GMT date.
      publishedAt: new Date("2022-10-11T02:00:00Z"),
      dateline: "Samarinda",
      signOff: "(Hms/prb)",
      coverImageId: null,
    });
    expect(article?.bodyText).toBe(
      "Pemerintah kota menggelar pasar murah – harga sembako turun.\nHarga beras Rp 10.000–Rp 12.000 per kilogram.",
    );
    expect(article?.writer).toMatchObject({ username: `budi-santoso-${run}`, isActive: false });
    expect(article?.category.slug).toBe(`pemerintahan-${run}`);
    expect(article?.stats?.views).toBe(87n);
    const missing = report.images.missing.filter((image) => image.wpId === idBase + 2).map((image) => image.url);
    expect(missing.sort()).toEqual([
      "https://humas.lama.example/wp-content/uploads/2022/10/pasar-hilang.jpg",
      "https://humas.lama.example/wp-content/uploads/2022/10/tidak-ada.jpg",
    ]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ wpId: idBase + 2, reason: expect.stringContaining("Ekonomi & Keuangan") }),
    );
  });

  it("drops and counts what the allowlist cannot hold", async () => {
    expect(report.dropped).toEqual({ iframe: 1, script: 1, "shortcode:gallery": 1 });
    const article = await articleOf(idBase + 6);
    expect(article?.body).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Perayaan hari jadi kota berlangsung meriah." }] },
        { type: "paragraph", attrs: { textAlign: "center" }, content: [{ type: "text", text: "Selamat hari jadi!" }] },
      ],
    });
    expect(report.images.missing).toContainEqual({
      wpId: idBase + 6,
      url: `lampiran #${idBase + 999}`,
      reason: "Gambar unggulan tidak ada di berkas ekspor.",
    });
  });

  it("shows the stored sign-off on the public page", async () => {
    const page = await getPublishedArticle(`wali-kota-tinjau-banjir-${run}`);
    expect(page).toMatchObject({ signOff: "(Prb/ty)", dateline: "Samarinda", views: 1234 });
  });

  it("redirects every old address shape to the new one", async () => {
    const post = `/berita/wali-kota-tinjau-banjir-${run}`;
    const resolve = (url: string) => {
      const parsed = new URL(url, "https://humas.lama.example");
      return resolveLegacyUrl(parsed.pathname, parsed.searchParams);
    };
    expect(await resolve(`/?p=${idBase + 1}`)).toBe(post);
    expect(await resolve(`/index.php?p=${idBase + 1}&utm_source=wa`)).toBe(post);
    expect(await resolve(`/archives/${idBase + 1}`)).toBe(post);
    expect(await resolve(`/2022/10/11/wali-kota-tinjau-banjir-${run}/`)).toBe(post);
    expect(await resolve(`/2022/10/wali-kota-tinjau-banjir-${run}/`)).toBe(post);
    expect(await resolve(`/wali-kota-tinjau-banjir-${run}/`)).toBe(post);
    expect(await resolve(`/2022/10/11/Wali-Kota-Tinjau-Banjir-${run}/amp/`)).toBe(post);
    expect(await resolve(`/pasar-murah-%E2%80%93-sembako-${run}/`)).toBe(`/berita/pasar-murah-sembako-${run}`);
    expect(await resolve(`/category/pemerintahan-${run}/ekonomi-${run}/`)).toBe(`/kategori/ekonomi-${run}`);
    expect(await resolve(`/category/ekonomi-${run}/page/2/`)).toBe(`/kategori/ekonomi-${run}`);
    expect(await resolve(`/category/pemerintahan-${run}/`)).toBe(`/kategori/pemerintahan-${run}`);
    expect(await resolve(`/author/prabawati${run}/`)).toBe(`/penulis/prabawati${run}`);
    expect(await resolve(`/?p=${idBase + 3}`)).toBeNull();
    expect(await resolve(`/berita-internal-${run}/`)).toBeNull();
    expect(await resolve("/tidak/ada/sama/sekali")).toBeNull();
    expect(report.legacyUrls).toBeGreaterThanOrEqual(15);
  });

  it("stops redirecting to an article that is no longer published", async () => {
    await db.article.update({ where: { wpId: idBase + 6 }, data: { status: "DRAFT" } });
    expect(
      await resolveLegacyUrl(`/?p=${idBase + 6}`.split("?")[0] ?? "/", new URLSearchParams(`p=${idBase + 6}`)),
    ).toBeNull();
    await db.article.update({ where: { wpId: idBase + 6 }, data: { status: "PUBLISHED" } });
  });

  it("writes one audit entry for the run", async () => {
    const events = await db.auditEvent.findMany({
      where: { action: "article.import", details: { path: ["file"], equals: report.fileName } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: null,
      details: expect.objectContaining({ imported: 3, skipped: 2, failed: 0, system: true }),
    });
  });

  it("skips everything it imported when run again, storing no image twice", async () => {
    const again = await importWordPress(SYSTEM_ACTOR, options(xml));
    expect(again.posts).toEqual({ found: 5, imported: 0, skipped: 5, failed: 0 });
    expect(again.skipped.filter((note) => note.reason === "Sudah diimpor sebelumnya.")).toHaveLength(3);
    expect(again.images.imported).toBe(0);
    expect(again.created).toEqual({ authors: [], categories: [], tags: [] });
    expect(await db.article.count({ where: { wpId: { in: [idBase + 1, idBase + 2, idBase + 6] } } })).toBe(3);
    expect((await readdir(storageDir)).length).toBe(1);
  });
});

describe("importWordPress: Gutenberg export, dry run first", () => {
  const run = uniqueSuffix();
  const idBase = uniqueIdBase();
  let xml: string;
  let dry: ImportReport;
  let real: ImportReport;

  beforeAll(async () => {
    xml = await renderWxrFixture("gutenberg", { run, idBase, existing: staff.username });
    const filesBefore = await readdir(storageDir).catch(() => []);
    dry = await importWordPress(SYSTEM_ACTOR, options(xml, { isDryRun: true, viewsKey: "jumlah_baca" }));
    // Checked here, before the real run stores anything.
    expect(await readdir(storageDir).catch(() => [])).toEqual(filesBefore);
    expect(await db.article.count({ where: { wpId: { in: [idBase + 11, idBase + 12] } } })).toBe(0);
    expect(await db.category.count({ where: { slug: { in: [`kesehatan-${run}`, `berita-daerah-${run}`] } } })).toBe(0);
    expect(await db.tag.count({ where: { slug: { endsWith: `-${run}` } } })).toBe(0);
    expect(await db.legacyUrl.count({ where: { path: `/?p=${idBase + 11}` } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { action: "article.import", details: { path: ["file"], equals: dry.fileName } },
      }),
    ).toBe(0);
    real = await importWordPress(SYSTEM_ACTOR, options(xml, { viewsKey: "jumlah_baca" }));
  });

  it("prints the same report in the dry run as in the real run", () => {
    const comparable = (report: ImportReport) => ({
      posts: report.posts,
      skipped: report.skipped,
      failed: report.failed,
      warnings: report.warnings,
      dropped: report.dropped,
      unwrapped: report.unwrapped,
      images: report.images,
      created: report.created,
      legacyUrls: report.legacyUrls,
      views: report.views,
      otherItems: report.otherItems,
    });
    expect(comparable(dry)).toEqual(comparable(real));
    expect(dry.isDryRun).toBe(true);
    expect(real.posts).toEqual({ found: 2, imported: 2, skipped: 0, failed: 0 });
  });

  it("converts blocks, uses the primary category, keeps ten tags and reads the chosen views key", async () => {
    const article = await articleOf(idBase + 11);
    expect(article).toMatchObject({
      title: "Rapat Koordinasi Penanganan DBD",
      dateline: "Tenggarong",
      signOff: "(Dkm/ed)",
      excerpt: "Dinas Kesehatan menggelar rapat koordinasi DBD.",
      publishedAt: new Date("2023-01-18T06:15:30Z"),
      writerId: staff.id,
    });
    expect(article?.category.slug).toBe(`kesehatan-${run}`);
    expect(article?.tags).toHaveLength(10);
    expect(article?.stats?.views).toBe(999n);
    const types = (article?.body as { content: { type: string }[] }).content.map((node) => node.type);
    expect(types).toEqual(["paragraph", "image", "heading", "bulletList", "table", "blockquote", "paragraph"]);
    const image = (article?.body as { content: { attrs?: Record<string, string> }[] }).content[1];
    expect(image?.attrs).toMatchObject({ alt: "Peserta rapat koordinasi DBD", title: "Rapat di aula kantor bupati" });
    expect(real.dropped).toEqual({ "block:embed:youtube": 1, "block:latest-posts": 1 });
    expect(real.warnings.map((note) => note.reason)).toEqual(
      expect.arrayContaining([
        "2 tag melebihi batas 10 dan tidak diimpor.",
        "Hanya satu kategori per artikel; tidak diimpor: Berita Daerah.",
      ]),
    );
    expect(await resolveLegacyUrl(`/berita/${run}-rapat-dbd.html`)).toBe(`/berita/rapat-dbd-${run}`);
  });

  it("stores a picture pasted into the post as a data: URI", async () => {
    const article = await articleOf(idBase + 12);
    const image = (article?.body as { content: { type: string; attrs?: { src: string } }[] }).content.find(
      (node) => node.type === "image",
    );
    expect(image?.attrs?.src).toMatch(/^\/media\/[0-9a-f-]{36}\/240\.webp$/);
    expect(article?.stats?.views).toBe(321n);
    expect(real.images.imported).toBe(2);
  });
});

describe("importWordPress: one transaction per post", () => {
  it("leaves nothing of a post whose transaction fails, and imports the others", async () => {
    const run = uniqueSuffix();
    const idBase = uniqueIdBase();
    const post = (id: number, slug: string, login: string, category: string, image: string) => `<item>
<title>Berita ${slug}</title><dc:creator><![CDATA[${login}]]></dc:creator>
<content:encoded><![CDATA[<p><img src="https://lama.example/wp-content/uploads/${image}" alt="Gambar ${slug}"></p><p>Isi berita.</p>]]></content:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>2022-11-01 08:00:00</wp:post_date><wp:post_date_gmt>2022-11-01 00:00:00</wp:post_date_gmt>
<wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="${category}"><![CDATA[${category}]]></category></item>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss><channel><title>Uji</title>
${post(idBase + 1, `gagal-uji-${run}`, `penulisgagal${run}`, `kategori-gagal-${run}`, "2022/11/gagal.jpg")}
${post(idBase + 2, `berhasil-${run}`, `penulisberhasil${run}`, `kategori-berhasil-${run}`, "2022/10/banjir.jpg")}
</channel></rss>`;
    // The last write of a post (its old addresses) fails for the first post only.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fail_legacy_url_for_test() RETURNS trigger AS $$
      BEGIN IF NEW.path LIKE '%gagal-uji-${run}%' THEN RAISE EXCEPTION 'gagal uji'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      "CREATE TRIGGER fail_legacy_url_for_test BEFORE INSERT ON legacy_urls FOR EACH ROW EXECUTE FUNCTION fail_legacy_url_for_test()",
    );
    let report: ImportReport;
    try {
      report = await importWordPress(SYSTEM_ACTOR, options(xml));
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER fail_legacy_url_for_test ON legacy_urls");
      await db.$executeRawUnsafe("DROP FUNCTION fail_legacy_url_for_test()");
    }
    expect(report.posts).toEqual({ found: 2, imported: 1, skipped: 0, failed: 1 });
    expect(report.failed[0]).toMatchObject({ wpId: idBase + 1, reason: expect.stringContaining("gagal uji") });
    expect(await db.article.findUnique({ where: { wpId: idBase + 1 } })).toBeNull();
    expect(await db.user.findUnique({ where: { username: `penulisgagal${run}` } })).toBeNull();
    expect(await db.category.findUnique({ where: { slug: `kategori-gagal-${run}` } })).toBeNull();
    expect(await db.media.count({ where: { alt: `Gambar gagal-uji-${run}` } })).toBe(0);
    expect(report.images.imported).toBe(1);
    const imported = await articleOf(idBase + 2);
    expect(imported?.writer.username).toBe(`penulisberhasil${run}`);
    // The failed post's image was removed from storage too: only the other post's image has files.
    const mediaId = (imported?.body as { content: { attrs?: { src: string } }[] }).content[0]?.attrs?.src.split("/")[2];
    expect(await db.media.count({ where: { alt: `Gambar berhasil-${run}` } })).toBe(1);
    expect(await readdir(storageDir)).toContain(mediaId);
  });
});

describe("importWordPress: several posts at once", () => {
  // A server takes parallel transactions; the embedded database has one connection.
  const concurrency = process.env.TEST_DATABASE_URL ? 4 : 1;

  it("tries a post again on its own when its transaction fails beside others", async () => {
    const run = uniqueSuffix();
    const idBase = uniqueIdBase();
    const post = (id: number, name: string) => `<item><title>Berita ${name}</title><dc:creator>pelari${run}</dc:creator>
<content:encoded><![CDATA[Isi ${name}.]]></content:encoded><wp:post_id>${id}</wp:post_id>
<wp:post_date_gmt>2022-11-01 00:00:00</wp:post_date_gmt><wp:post_name>${name}</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type><category domain="category" nicename="lomba-${run}">Lomba</category></item>`;
    // The first post creates the writer and category alone; the next three run side by side.
    const xml = `<rss><channel>${post(idBase + 1, `pemanasan-${run}`)}${post(idBase + 2, `satu-${run}`)}${post(idBase + 3, `coba-ulang-${run}`)}${post(idBase + 4, `tiga-${run}`)}</channel></rss>`;
    // The first attempt at "coba-ulang" fails (as a lost race for a slug would); a sequence
    // counts attempts because it is not rolled back with the transaction.
    const sequence = `coba_ulang_${run}`;
    await db.$executeRawUnsafe(`CREATE SEQUENCE ${sequence}`);
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${sequence}() RETURNS trigger AS $$
      BEGIN IF NEW.slug = 'coba-ulang-${run}' AND nextval('${sequence}') = 1 THEN RAISE EXCEPTION 'kalah balapan'; END IF;
      RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${sequence} BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION ${sequence}()`,
    );
    let report: ImportReport;
    let attempts: number;
    try {
      report = await importWordPress(SYSTEM_ACTOR, { ...options(xml), concurrency });
      attempts = Number(
        (await db.$queryRawUnsafe<{ last_value: bigint }[]>(`SELECT last_value FROM ${sequence}`))[0]?.last_value,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${sequence} ON articles`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${sequence}()`);
      await db.$executeRawUnsafe(`DROP SEQUENCE ${sequence}`);
    }
    if (concurrency > 1) {
      expect(attempts).toBe(2);
      expect(report.posts).toEqual({ found: 4, imported: 4, skipped: 0, failed: 0 });
    } else {
      // CASE: one post at a time (embedded database): the first attempt was already alone, so it counts.
      expect(attempts).toBe(1);
      expect(report.posts).toEqual({ found: 4, imported: 3, skipped: 0, failed: 1 });
    }
    expect(await db.article.count({ where: { wpId: { in: [idBase + 1, idBase + 2, idBase + 4] } } })).toBe(3);
  });
});

describe("importWordPress: permissions and a generated archive", () => {
  it("refuses anyone but an administrator", async () => {
    const editor = await createTestActor("EDITOR");
    await expect(importWordPress(editor, options("<rss></rss>"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("imports a generated 200-post export", { timeout: 120_000 }, async () => {
    const run = uniqueSuffix();
    const idBase = uniqueIdBase();
    const started = performance.now();
    const report = await importWordPress(SYSTEM_ACTOR, {
      ...options(""),
      concurrency: process.env.TEST_DATABASE_URL ? 4 : 1,
      openSource: async function* () {
        for await (const piece of generateWxr({ posts: 200, run, idBase })) yield Buffer.from(piece);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    expect(report.posts).toEqual({ found: 200, imported: 196, skipped: 4, failed: 0 });
    expect(report.created.authors).toHaveLength(6);
    expect(report.created.categories).toHaveLength(8);
    expect(report.created.tags).toHaveLength(40);
    const sample = await articleOf(idBase + 2);
    expect(sample).toMatchObject({ status: "PUBLISHED", signOff: "(Hms/prb)" });
    expect(sample?.dateline).not.toBe("");
    expect(seconds).toBeLessThan(100);
  });
});
