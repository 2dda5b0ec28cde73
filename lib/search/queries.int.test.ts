import { cacheTag } from "next/cache";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleTags } from "@/lib/articles/cache";
import { db } from "@/lib/db/client";
import { createTestArticle, createTestCategory, createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { searchQuerySchema } from "./schema";
import { searchArticles, toSnippetParts, type SearchFilters, type SearchHit } from "./queries";

// Outside a Next server `cacheTag` and `cacheLife` throw; here they only record.
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
let writerId = "";

beforeAll(async () => {
  const writer = await createTestUser({ role: "WRITER", displayName: "Penulis Pencarian" });
  writerId = writer.id;
  made.userIds.push(writer.id);
});

afterAll(async () => {
  await deleteTestRows(made);
});

/** A category of the test's own: filtering by it keeps other tests' rows out of the results. */
async function category() {
  const created = await createTestCategory("Pencarian");
  made.categoryIds.push(created.id);
  return created;
}

async function article(categoryId: string, options: Parameters<typeof createTestArticle>[0] = {}) {
  const created = await createTestArticle({ writerId, categoryId, ...options });
  made.articleIds.push(created.id);
  return created;
}

function search(filters: Partial<SearchFilters> & { query: string }) {
  return searchArticles({ page: 1, ...filters });
}

const titles = (items: SearchHit[]) => items.map((item) => item.title);
const snippetText = (hit: SearchHit) => hit.snippet.map((part) => part.text).join("");

describe("searchArticles", () => {
  it("finds inflected forms of a word (indonesian stemming)", async () => {
    const { slug, id } = await category();
    const built = await article(id, {
      title: "Jembatan Penghubung Kelurahan Rampung",
      paragraphs: ["Jembatan sepanjang 60 meter itu dibangun dengan dana APBD.", "Warga menyambut gembira."],
    });

    const results = await search({ query: "membangun", categorySlug: slug });

    expect(titles(results.items)).toEqual([built.title]);
    const hit = results.items[0];
    expect(hit?.isApproximate).toBe(false);
    expect(hit?.snippet).toContainEqual({ text: "dibangun", isMatch: true });
    expect(hit?.category).toEqual({ slug, name: expect.any(String) });
    expect(hit?.writer).toEqual({ displayName: "Penulis Pencarian" });
    expect(results).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(cacheTag).toHaveBeenCalledWith(articleTags.lists);
  });

  it("ranks a title match above a body-only match, however often the body repeats the word", async () => {
    const { slug, id } = await category();
    const bodyOnly = await article(id, {
      title: "Pemkot Tata Ulang Saluran Kota",
      paragraphs: [
        "Kolam retensi kedua, kolam retensi ketiga, kolam retensi keempat dan kolam retensi kelima disiapkan.",
        "Retensi air jadi kunci; retensi di hulu dan retensi di hilir sama pentingnya.",
      ],
      publishedAt: new Date(Date.now() - 60_000),
    });
    const inTitle = await article(id, {
      title: "Kolam Retensi Sempaja Mulai Beroperasi",
      paragraphs: ["Fasilitas itu menampung limpasan air hujan."],
      publishedAt: new Date(Date.now() - 86_400_000),
    });

    const results = await search({ query: "retensi", categorySlug: slug });

    expect(titles(results.items)).toEqual([inTitle.title, bodyOnly.title]);
  });

  it("puts the newer article first when two match equally", async () => {
    const { slug, id } = await category();
    const older = await article(id, {
      title: "Posyandu Lansia Dibuka",
      publishedAt: new Date(Date.now() - 7 * 86_400_000),
    });
    const newer = await article(id, {
      title: "Posyandu Lansia Dibuka",
      publishedAt: new Date(Date.now() - 86_400_000),
    });

    const results = await search({ query: "posyandu", categorySlug: slug });

    expect(results.items.map((item) => item.slug)).toEqual([newer.slug, older.slug]);
  });

  it("marks the matched words in the snippet and returns markup in the body as plain text", async () => {
    const { slug, id } = await category();
    await article(id, {
      title: "Aduan Warga Soal Genangan",
      paragraphs: ["Seorang warga menulis <script>alert(1)</script> di formulir aduan saat banjir melanda & surut."],
    });

    const [hit] = (await search({ query: "banjir", categorySlug: slug })).items;

    expect(hit?.snippet).toContainEqual({ text: "banjir", isMatch: true });
    expect(hit?.snippet.filter((part) => part.isMatch)).toEqual([{ text: "banjir", isMatch: true }]);
    expect(snippetText(hit as SearchHit)).toContain(
      "menulis <script>alert(1)</script> di formulir aduan saat banjir melanda & surut",
    );
  });

  it("splits ts_headline output at the sentinels", () => {
    expect(toSnippetParts("Warga \u0002banjir\u0003 dan \u0002banjir\u0003\nlagi \u00011")).toEqual([
      { text: "Warga ", isMatch: false },
      { text: "banjir", isMatch: true },
      { text: " dan ", isMatch: false },
      { text: "banjir", isMatch: true },
      { text: " lagi <1", isMatch: false },
    ]);
    expect(toSnippetParts("\u0002banjir\u0003")).toEqual([{ text: "banjir", isMatch: true }]);
  });

  it.each([
    ['"'],
    ['"banjir'],
    ["&|!():*"],
    ["banjir & | ! ( ) : * <-> \\"],
    ["'; DROP TABLE articles; --"],
    ["🙂🌊"],
    ["banjir 🌊"],
    ["a".repeat(300)],
    ["kata ".repeat(60)],
    ["-banjir OR"],
    ["%_\\%"],
  ])("does not throw on the odd query %j", async (query) => {
    const { slug, id } = await category();
    await article(id, { title: "Banjir Rob di Pesisir" });

    const results = await search({ query, categorySlug: slug });

    expect(results.total).toBeGreaterThanOrEqual(0);
    expect(results.items.length).toBeLessThanOrEqual(10);
    expect(results.pageCount).toBe(Math.ceil(results.total / 10));
  });

  it("accepts whatever the query string schema lets through", async () => {
    for (const raw of [{ q: "x".repeat(300) }, { q: "\u0000banjir\u0000" }, { q: "\ud83c banjir" }]) {
      const input = searchQuerySchema.parse(raw);
      await expect(search({ query: input.q })).resolves.toMatchObject({ page: 1 });
    }
  });

  it("never returns drafts, articles in review, scheduled, archived or future articles", async () => {
    const { slug, id } = await category();
    const published = await article(id, { title: "Festival Pesut Mahakam Digelar" });
    const hidden = [
      await article(id, { title: "Festival Pesut Mahakam Draf", status: "DRAFT" }),
      await article(id, { title: "Festival Pesut Mahakam Ditinjau", status: "IN_REVIEW" }),
      await article(id, {
        title: "Festival Pesut Mahakam Dijadwalkan",
        status: "SCHEDULED",
        scheduledAt: new Date(Date.now() + 86_400_000),
      }),
      await article(id, { title: "Festival Pesut Mahakam Diarsipkan", status: "ARCHIVED" }),
      await article(id, { title: "Festival Pesut Mahakam Esok", publishedAt: new Date(Date.now() + 86_400_000) }),
    ];

    for (const query of ["pesut mahakam", "festival", "mahakm"]) {
      const results = await search({ query, categorySlug: slug });
      const found = results.items.map((item) => item.slug);
      for (const row of hidden) expect(found).not.toContain(row.slug);
      expect(found).toEqual([published.slug]);
    }
  });

  it("filters by category", async () => {
    const sports = await category();
    const health = await category();
    const inSports = await article(sports.id, { title: "Lomba Dayung Kampung Tepian" });
    await article(health.id, { title: "Lomba Dayung Sehat Lansia" });

    const results = await search({ query: "dayung", categorySlug: sports.slug });

    expect(titles(results.items)).toEqual([inSports.title]);
    expect((await search({ query: "dayung", categorySlug: "kategori-yang-tidak-ada" })).total).toBe(0);
  });

  it("filters by whole days in the portal's time zone (WITA)", async () => {
    const { slug, id } = await category();
    // 23.30 WITA on 10 March 2025, and 00.30 WITA on 11 March 2025.
    const lateOnTenth = await article(id, {
      title: "Pelatihan Damkar Sesi Malam",
      publishedAt: new Date("2025-03-10T15:30:00Z"),
    });
    const earlyOnEleventh = await article(id, {
      title: "Pelatihan Damkar Sesi Dini",
      publishedAt: new Date("2025-03-10T16:30:00Z"),
    });
    const later = await article(id, {
      title: "Pelatihan Damkar Sesi Lanjutan",
      publishedAt: new Date("2025-03-20T02:00:00Z"),
    });

    const slugs = async (fromDay?: string, toDay?: string) =>
      (await search({ query: "pelatihan damkar", categorySlug: slug, fromDay, toDay })).items
        .map((item) => item.slug)
        .sort();

    expect(await slugs("2025-03-11", "2025-03-11")).toEqual([earlyOnEleventh.slug]);
    expect(await slugs("2025-03-10", "2025-03-10")).toEqual([lateOnTenth.slug]);
    expect(await slugs("2025-03-11")).toEqual([earlyOnEleventh.slug, later.slug].sort());
    expect(await slugs(undefined, "2025-03-10")).toEqual([lateOnTenth.slug]);
    expect(await slugs("2025-03-21")).toEqual([]);
  });

  it("corrects a misspelt word from the published articles' words and finds what the right spelling finds", async () => {
    const { slug, id } = await category();
    const boats = [
      await article(id, { title: "Ketinting Wisata Susur Sungai", paragraphs: ["Ketinting berangkat pagi."] }),
      await article(id, { title: "Lomba Perahu di Tepian", paragraphs: ["Peserta membawa ketinting sendiri."] }),
      await article(id, { title: "Dermaga Baru Diresmikan", paragraphs: ["Puluhan ketinting bersandar di dermaga."] }),
    ];

    const results = await search({ query: "ketintng", categorySlug: slug });

    expect(results.suggestion).toBe("ketinting");
    expect(titles(results.items).sort()).toEqual(boats.map((boat) => boat.title).sort());
    expect(results.items.every((item) => !item.isApproximate && item.snippet.some((part) => part.isMatch))).toBe(true);
    expect(results.total).toBe(3);
  });

  it("corrects one word of several and keeps the rest of the query", async () => {
    const { slug, id } = await category();
    const clinic = await article(id, {
      title: "Posyandu Tenggarong Seberang Buka Layanan Malam",
      paragraphs: ["Posyandu di Tenggarong Seberang melayani warga hingga malam."],
    });

    const results = await search({ query: "posyandu tenggarng", categorySlug: slug });

    expect(results.suggestion).toBe("posyandu tenggarong");
    expect(titles(results.items)).toEqual([clinic.title]);
  });

  it("suggests nothing when every word occurs in published articles", async () => {
    const { slug, id } = await category();
    await article(id, { title: "Ketinting Hias Meriahkan Festival" });
    expect((await search({ query: "ketinting festival", categorySlug: slug })).suggestion).toBeNull();
  });

  it("never guesses titles with an excluded word or without a quoted phrase", async () => {
    const { slug, id } = await category();
    const wanted = await article(id, { title: "Bank Sampah Induk Dibuka", paragraphs: ["Tabungan sampah warga."] });
    await article(id, { title: "Bank Sampah Kelurahan Sempaja", paragraphs: ["Kelurahan menabung sampah."] });
    await article(id, { title: "Sampah Bank Sungai Dibersihkan", paragraphs: ["Tepian sungai bersih."] });
    const flood = await article(id, { title: "Banjir Rendam Tiga Kecamatan", paragraphs: ["Air setinggi lutut."] });
    await article(id, { title: "Banjir Rendam Kelurahan Sempaja", paragraphs: ["Air masuk rumah warga."] });

    const phrase = await search({ query: '"bank sampah" -kelurahan', categorySlug: slug });
    expect(titles(phrase.items)).toEqual([wanted.title]);
    expect(phrase.total).toBe(1);

    const typo = await search({ query: "banjr -kelurahan", categorySlug: slug });
    expect(titles(typo.items)).toEqual([flood.title]);
  });

  it("keeps the vocabulary to the words of published articles (database trigger)", async () => {
    const { id } = await category();
    const count = async () => (await db.searchWord.findUnique({ where: { word: "zirkonitas" } }))?.articles ?? 0;
    const first = await article(id, { title: "Zirkonitas Pertama", paragraphs: ["Kata zirkonitas dua kali."] });
    expect(await count()).toBe(1);
    const draft = await article(id, { title: "Zirkonitas Draf", status: "DRAFT" });
    expect(await count()).toBe(1);
    await db.article.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await count()).toBe(2);
    await db.article.update({ where: { id: first.id }, data: { title: "Judul Lain", bodyText: "Tanpa kata itu." } });
    expect(await count()).toBe(1);
    await db.article.update({ where: { id: draft.id }, data: { status: "ARCHIVED" } });
    expect(await db.searchWord.findUnique({ where: { word: "zirkonitas" } })).toBeNull();
  });

  it("lists similar titles below the real hits, without repeating them", async () => {
    const { slug, id } = await category();
    const exact = await article(id, {
      title: "Jadwal Vaksinasi Rabies Kucing",
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    const similar = await article(id, { title: "Vaksinasi Gratis di Puskesmas", paragraphs: ["Layanan vaksinasi."] });

    // Only one article has both words; the other shares a title word and follows as a guess.
    const results = await search({ query: "vaksinasi kucing", categorySlug: slug });

    expect(results.items.map((item) => [item.slug, item.isApproximate])).toEqual([
      [exact.slug, false],
      [similar.slug, true],
    ]);
    expect(results.total).toBe(2);
  });

  it("corrects the words of a long query but does not guess titles for it", async () => {
    const { slug, id } = await category();
    const dolphin = await article(id, { title: "Pesut Mahakam Terpantau di Muara Kaman" });

    const results = await search({ query: "pesut mahakm terpantau muara", categorySlug: slug });
    expect(results.suggestion).toBe("pesut mahakam terpantau muara");
    expect(results.items.map((item) => [item.slug, item.isApproximate])).toEqual([[dolphin.slug, false]]);
  });

  it("pages results ten at a time", async () => {
    const { slug, id } = await category();
    for (let index = 0; index < 12; index += 1) {
      await article(id, {
        title: `Operasi Pasar Murah Titik ${index + 1}`,
        publishedAt: new Date(Date.now() - (index + 1) * 60_000),
      });
    }

    const first = await search({ query: "operasi pasar", categorySlug: slug });
    const second = await search({ query: "operasi pasar", categorySlug: slug, page: 2 });
    const beyond = await search({ query: "operasi pasar", categorySlug: slug, page: 3 });

    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(10);
    expect(second).toMatchObject({ total: 12, page: 2, pageCount: 2 });
    expect(titles(second.items)).toEqual(["Operasi Pasar Murah Titik 11", "Operasi Pasar Murah Titik 12"]);
    expect(beyond).toMatchObject({ items: [], total: 12, page: 3, pageCount: 2 });
  });

  it("ranks only the newest matches once there are more than it ranks, and says so", async () => {
    const { slug, id } = await category();
    // Spread over every window of publish time the search reads (a week, a month, …, years).
    const daysAgo = [2, 20, 60, 200, 700, 1500, 2500];
    const bySlug = new Map<string, number>();
    for (const days of daysAgo) {
      const created = await article(id, {
        title: `Posyandu Keliling Hari ke-${days}`,
        publishedAt: new Date(Date.now() - days * 86_400_000),
      });
      bySlug.set(created.slug, days);
    }

    const capped = await searchArticles({ query: "posyandu", categorySlug: slug, page: 1 }, 3);
    expect(capped).toMatchObject({ total: 3, isTotalCapped: true, pageCount: 1 });
    expect(capped.items.map((item) => bySlug.get(item.slug))).toEqual([2, 20, 60]);

    const whole = await searchArticles({ query: "posyandu", categorySlug: slug, page: 1 }, 1_000);
    expect(whole).toMatchObject({ total: daysAgo.length, isTotalCapped: false });
  });

  it("finds every match across the windows of publish time, within the reader's days", async () => {
    const { slug, id } = await category();
    const old = await article(id, {
      title: "Festival Mahakam Lama",
      publishedAt: new Date(Date.UTC(2021, 5, 10, 3)),
    });
    const recent = await article(id, {
      title: "Festival Mahakam Baru",
      publishedAt: new Date(Date.now() - 86_400_000),
    });

    const all = await search({ query: "festival mahakam", categorySlug: slug });
    expect(all.items.map((item) => item.slug)).toEqual([recent.slug, old.slug]);

    const onlyOld = await search({
      query: "festival mahakam",
      categorySlug: slug,
      fromDay: "2021-06-10",
      toDay: "2021-06-10",
    });
    expect(onlyOld.items.map((item) => item.slug)).toEqual([old.slug]);
  });

  it("answers an empty query with no results", async () => {
    expect(await search({ query: "   " })).toEqual({
      items: [],
      total: 0,
      isTotalCapped: false,
      page: 1,
      pageCount: 0,
      suggestion: null,
    });
  });
});
