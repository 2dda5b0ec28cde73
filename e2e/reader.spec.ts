import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

test.describe("home page", () => {
  test("shows a headline, the latest news and a block per category", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Berita Terkini" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Pemerintahan", exact: false }).first()).toBeVisible();
    await expect(main.getByRole("link", { name: /Lihat semua/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("lays out on a 360 px phone without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Berita Terkini" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("article page", () => {
  test("has every part of the Humas anatomy, in order", async ({ page, factory }) => {
    const writer = await factory.user({ role: "WRITER", displayName: "Prabawati Anatomi", initials: "Prb" });
    const editor = await factory.user({ role: "EDITOR", initials: "ty" });
    const article = await factory.article({
      title: "Pemkot Perbaiki Jembatan Sungai Karang Mumus",
      paragraphs: ["Pekerjaan dimulai Senin pagi.", "Jembatan ditargetkan rampung akhir bulan."],
      dateline: "Samarinda",
      writerId: writer.id,
      editorId: editor.id,
      publishedAt: new Date("2022-10-11T09:50:00Z"),
      views: 1234,
    });

    await page.goto(`/berita/${article.slug}`);
    const main = page.getByRole("main");
    const h1 = main.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(article.title);
    await expect(page).toHaveTitle(new RegExp(article.title));

    // Category label above the title links to the category.
    const categoryLabel = main.getByRole("link", { name: /Kategori Uji/ }).first();
    await expect(categoryLabel).toHaveAttribute("href", /^\/kategori\/kategori-uji-/);
    // Byline: writer link, date and time in WITA, category, views with a thousands dot.
    await expect(main.getByRole("link", { name: "Prabawati Anatomi" })).toHaveAttribute(
      "href",
      `/penulis/${writer.username}`,
    );
    await expect(main.getByText("11 Oktober 2022, 17.50 WITA")).toBeVisible();
    // 1.234 as rendered, or 1.235 once this visit's beacon has counted and updated the text.
    await expect(main.getByText(/^1\.23[45] kali dilihat$/)).toBeVisible();
    // Body opens with the bold dateline and closes with the sign-off.
    const firstParagraph = main.locator("article p", { hasText: "Pekerjaan dimulai" });
    await expect(firstParagraph.locator("strong")).toHaveText("Samarinda –");
    await expect(main.getByText("Jembatan ditargetkan rampung akhir bulan. (Prb/ty)")).toBeVisible();
    // Share links are plain links to the networks, plus copy.
    for (const name of ["WhatsApp", "Facebook", "X", "Telegram"]) {
      await expect(main.getByRole("link", { name: new RegExp(`^${name}`) })).toHaveAttribute("href", /^https:\/\//);
    }
    await expect(main.getByRole("button", { name: "Salin tautan" })).toBeVisible();

    // Order on the page: category label, title, byline, body.
    const positions = await Promise.all(
      [categoryLabel, h1, main.getByRole("link", { name: "Prabawati Anatomi" }), firstParagraph].map(
        async (locator) => (await locator.boundingBox())?.y ?? -1,
      ),
    );
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // Structured data for search engines.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "[]");
    expect(jsonLd[0]).toMatchObject({
      "@type": "NewsArticle",
      headline: article.title,
      datePublished: "2022-10-11T17:50:00+08:00",
      author: [{ name: "Prabawati Anatomi" }],
    });
    expect(jsonLd[1]["@type"]).toBe("BreadcrumbList");
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/berita/${article.slug}$`));

    await expectNoAxeViolations(page);
  });

  test("links to related articles and the neighbours in its category", async ({ page, factory }) => {
    const category = await factory.category("Kategori Tetangga");
    const older = await factory.article({ categoryId: category.id, publishedAt: new Date(Date.now() - 3 * 3_600_000) });
    const middle = await factory.article({
      categoryId: category.id,
      publishedAt: new Date(Date.now() - 2 * 3_600_000),
    });
    const newer = await factory.article({ categoryId: category.id, publishedAt: new Date(Date.now() - 3_600_000) });

    await page.goto(`/berita/${middle.slug}`);
    const neighbours = page.getByRole("navigation", { name: /Berita lain di/ });
    await expect(neighbours.getByRole("link", { name: new RegExp(older.title) })).toHaveAttribute(
      "href",
      `/berita/${older.slug}`,
    );
    await expect(neighbours.getByRole("link", { name: new RegExp(newer.title) })).toHaveAttribute(
      "href",
      `/berita/${newer.slug}`,
    );
    await expect(page.getByRole("heading", { name: "Berita Terkait" })).toBeVisible();
  });
});

test.describe("what readers must never see", () => {
  test("drafts, articles in review, scheduled and future articles answer 404", async ({ page, factory }) => {
    const hidden = [
      await factory.article({ status: "DRAFT" }),
      await factory.article({ status: "IN_REVIEW" }),
      await factory.article({ status: "SCHEDULED", scheduledAt: new Date(Date.now() + 86_400_000) }),
      await factory.article({ status: "PUBLISHED", publishedAt: new Date(Date.now() + 86_400_000) }),
      await factory.article({ status: "ARCHIVED" }),
    ];
    for (const article of hidden) {
      const response = await page.goto(`/berita/${article.slug}`);
      expect(response?.status(), article.status).toBe(404);
    }
    await page.goto("/");
    for (const article of hidden) {
      await expect(page.getByText(article.title)).toHaveCount(0);
    }
  });

  test("the 404 page is in Indonesian, inside the site layout, and accessible", async ({ page }) => {
    const response = await page.goto("/berita/tidak-pernah-ada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Kategori" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ke beranda" })).toHaveAttribute("href", "/");
    await expectNoAxeViolations(page);

    const unknownPath = await page.goto("/halaman/yang/tidak/ada");
    expect(unknownPath?.status()).toBe(404);
  });
});

test("the default share image is a 1200×630 JPEG under 300 KB", async ({ request }) => {
  const response = await request.get("/og-default.jpg");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  const bytes = await response.body();
  expect(bytes.byteLength).toBeLessThan(300 * 1024);
  // JPEG SOF0/SOF2 header carries height then width.
  const sof = bytes.findIndex((value, index) => value === 0xff && [0xc0, 0xc2].includes(bytes[index + 1] ?? 0));
  expect(bytes.readUInt16BE(sof + 5)).toBe(630);
  expect(bytes.readUInt16BE(sof + 7)).toBe(1200);
});
