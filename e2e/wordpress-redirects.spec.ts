import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { uniqueSuffix } from "@/lib/testing/factories";
import { createTestLegacyUrl, markTestArticleImported } from "@/lib/testing/imports";

test.describe("addresses of a site imported from WordPress", () => {
  test("redirect permanently to the article and category they became", async ({ request, factory }) => {
    const suffix = uniqueSuffix();
    const category = await factory.category("Ekonomi Lama");
    const article = await factory.article({ categoryId: category.id, title: `Pasar murah ${suffix}` });
    await createTestLegacyUrl(`/2022/10/11/pasar-murah-${suffix}`, { articleId: article.id });
    await createTestLegacyUrl(`/category/ekonomi-lama-${suffix}`, { categoryId: category.id });

    const moved = await request.get(`/2022/10/11/Pasar-Murah-${suffix}?utm_source=whatsapp`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()["location"]).toBe(`/berita/${article.slug}`);

    // With the trailing slash WordPress wrote, Next first drops the slash, then the old address redirects.
    const followed = await request.get(`/2022/10/11/pasar-murah-${suffix}/amp/`);
    expect(followed.status()).toBe(200);
    expect(new URL(followed.url()).pathname).toBe(`/berita/${article.slug}`);

    // The shapes that look like the portal's own addresses: `/slug/` and `/?p=ID`.
    await createTestLegacyUrl(`/pasar-murah-${suffix}`, { articleId: article.id });
    const postId = String(Date.now() % 1_000_000_000);
    await createTestLegacyUrl(`/?p=${postId}`, { articleId: article.id });
    const bySlug = await request.get(`/pasar-murah-${suffix}`, { maxRedirects: 0 });
    expect(bySlug.status()).toBe(308);
    expect(bySlug.headers()["location"]).toBe(`/berita/${article.slug}`);
    const byId = await request.get(`/?p=${postId}`, { maxRedirects: 0 });
    expect(byId.status()).toBe(308);
    expect(byId.headers()["location"]).toBe(`/berita/${article.slug}`);

    const categoryMoved = await request.get(`/category/ekonomi-lama-${suffix}/page/2`, { maxRedirects: 0 });
    expect(categoryMoved.status()).toBe(308);
    expect(categoryMoved.headers()["location"]).toBe(`/kategori/${category.slug}`);
  });

  test("answer 404 for an old address that leads nowhere, and leave the portal's pages alone", async ({
    page,
    request,
    factory,
  }) => {
    const missing = await request.get(`/2019/01/tidak-ada-${uniqueSuffix()}`, { maxRedirects: 0 });
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain("Halaman tidak ditemukan");

    // An old address of an article that is not public (any more) leads nowhere either.
    const draft = await factory.article({ status: "DRAFT" });
    const draftAddress = `/2020/01/01/draf-${uniqueSuffix()}`;
    await createTestLegacyUrl(draftAddress, { articleId: draft.id });
    expect((await request.get(draftAddress, { maxRedirects: 0 })).status()).toBe(404);

    const article = await factory.article();
    expect((await request.get(`/berita/${article.slug}`)).status()).toBe(200);
    expect((await request.get(`/berita/tidak-ada-${uniqueSuffix()}`)).status()).toBe(404);

    await page.goto(`/2019/01/tidak-ada-${uniqueSuffix()}`);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an imported article closes with the sign-off it had on the old site", async ({ page, factory }) => {
    const writer = await factory.user({ role: "WRITER", initials: "Wri" });
    const editor = await factory.user({ role: "EDITOR", initials: "ed" });
    const article = await factory.article({
      paragraphs: ["Harga sembako turun.", "Pasar murah dibuka sampai sore."],
      writerId: writer.id,
      editorId: editor.id,
    });
    await markTestArticleImported(article.id, "(Hms/prb)");
    await page.goto(`/berita/${article.slug}`);
    await expect(page.getByRole("main").getByText("Pasar murah dibuka sampai sore. (Hms/prb)")).toBeVisible();
  });
});
