import AxeBuilder from "@axe-core/playwright";
import { createTestTag, deleteTestTags } from "@/lib/testing/tag-factories";
import { expect, test } from "./fixtures";

const HOUR = 3_600_000;
const tagIds: string[] = [];

test.afterAll(async () => {
  await deleteTestTags(tagIds);
});

test("a category page lists its articles newest first and paginates", async ({ page, factory }) => {
  // Many page loads, each checked for its status: give a busy CI machine room.
  test.slow();
  const category = await factory.category("Kategori Halaman");
  const writer = await factory.user({ role: "WRITER" });
  // 13 articles an hour apart: the oldest, "Berita ke-1", is the only one on page 2.
  await Promise.all(
    Array.from({ length: 13 }, (_, i) =>
      factory.article({
        title: `Berita ke-${i + 1} ${category.slug}`,
        categoryId: category.id,
        writerId: writer.id,
        publishedAt: new Date(Date.now() - (13 - i) * HOUR),
      }),
    ),
  );
  await factory.article({
    title: `Draf tersembunyi ${category.slug}`,
    categoryId: category.id,
    writerId: writer.id,
    status: "DRAFT",
  });

  const response = await page.goto(`/kategori/${category.slug}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(category.name);
  await expect(main.getByText("Dibuat oleh pengujian.")).toBeVisible();
  await expect(main.getByText(/^13 berita/)).toBeVisible();
  const headings = main.getByRole("heading", { level: 2 });
  await expect(headings).toHaveCount(12);
  await expect(headings.first()).toHaveText(`Berita ke-13 ${category.slug}`);
  await expect(headings.last()).toHaveText(`Berita ke-2 ${category.slug}`);
  await expect(main.getByText(`Draf tersembunyi ${category.slug}`)).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^${category.name} — `));
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
    new RegExp(`/kategori/${category.slug}$`),
  );

  const pagination = page.getByRole("navigation", { name: "Halaman" });
  await expect(pagination.getByRole("link", { name: "Halaman 1" })).toHaveAttribute("aria-current", "page");
  await expect(pagination.getByRole("link", { name: "Sebelumnya" })).toHaveCount(0);
  await pagination.getByRole("link", { name: "Berikutnya" }).click();

  await expect(page).toHaveURL(new RegExp(`/kategori/${category.slug}\\?halaman=2$`));
  await expect(headings).toHaveCount(1);
  await expect(headings.first()).toHaveText(`Berita ke-1 ${category.slug}`);
  await expect(pagination.getByRole("link", { name: "Halaman 2" })).toHaveAttribute("aria-current", "page");
  await expect(pagination.getByRole("link", { name: "Berikutnya" })).toHaveCount(0);
  await expect(pagination.getByRole("link", { name: "Sebelumnya" })).toHaveAttribute(
    "href",
    `/kategori/${category.slug}`,
  );
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
    new RegExp(`/kategori/${category.slug}\\?halaman=2$`),
  );

  // A fresh load of page 2 answers 200 too (not only a client-side navigation).
  expect((await page.goto(`/kategori/${category.slug}?halaman=2`))?.status()).toBe(200);

  for (const halaman of ["3", "0", "-1", "abc", "1.5"]) {
    const missing = await page.goto(`/kategori/${category.slug}?halaman=${halaman}`);
    expect(missing?.status(), `halaman=${halaman}`).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("an empty category says so, with status 200", async ({ page, factory }) => {
  const category = await factory.category("Kategori Kosong");
  for (const path of [`/kategori/${category.slug}`, `/kategori/${category.slug}?halaman=1`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);
    await expect(page.getByText("Belum ada berita yang diterbitkan di kategori ini.")).toBeVisible();
    await expect(page.getByText(/^0 berita/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Halaman" })).toHaveCount(0);
  }
  expect((await page.goto(`/kategori/${category.slug}?halaman=2`))?.status()).toBe(404);
});

test("a tag page lists only its published articles", async ({ page, factory }) => {
  const tagged = await factory.article({ title: "Festival Mahakam Uji Digelar" });
  const draft = await factory.article({ title: "Draf Festival Uji", status: "DRAFT" });
  const tag = await createTestTag({ name: "Festival", articleIds: [tagged.id, draft.id] });
  tagIds.push(tag.id);

  const response = await page.goto(`/tag/${tag.slug}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(`#${tag.name}`);
  await expect(main.getByText(/^1 berita/)).toBeVisible();
  await expect(main.getByRole("link", { name: "Festival Mahakam Uji Digelar" })).toHaveAttribute(
    "href",
    `/berita/${tagged.slug}`,
  );
  await expect(main.getByText("Draf Festival Uji")).toHaveCount(0);
});

test("a tag with only drafts answers 404", async ({ page, factory }) => {
  const draft = await factory.article({ status: "DRAFT" });
  const tag = await createTestTag({ articleIds: [draft.id] });
  tagIds.push(tag.id);
  expect((await page.goto(`/tag/${tag.slug}`))?.status()).toBe(404);
});

test("an author page shows the byline's public name, never staff details", async ({ page, factory }) => {
  const writer = await factory.user({ role: "WRITER", displayName: "Rahmawati Uji" });
  const article = await factory.article({ title: "Pelayanan KTP Keliling Uji", writerId: writer.id });

  const response = await page.goto(`/penulis/${writer.username}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Rahmawati Uji");
  await expect(main.getByText(/^1 berita/)).toBeVisible();
  await expect(main.getByRole("link", { name: article.title })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(writer.email);
  expect(html).not.toContain("WRITER");
});

test("staff with nothing published, and unknown addresses, answer 404", async ({ page, factory }) => {
  const editor = await factory.user({ role: "EDITOR" });
  await factory.article({ writerId: editor.id, status: "DRAFT" });
  for (const path of [
    `/penulis/${editor.username}`,
    "/penulis/tidak-ada-penulis-ini",
    "/kategori/tidak-ada-kategori-ini",
    "/tag/tidak-ada-tag-ini",
    "/kategori/Bukan%20Slug",
    "/kategori/%E0%A4%A",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("a category page has no accessibility violations", async ({ page, factory }) => {
  const category = await factory.category("Kategori Aksesibel");
  await Promise.all(
    Array.from({ length: 13 }, (_, i) =>
      factory.article({ categoryId: category.id, publishedAt: new Date(Date.now() - (i + 1) * HOUR) }),
    ),
  );
  await page.goto(`/kategori/${category.slug}?halaman=2`);
  await expect(page.getByRole("navigation", { name: "Halaman" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
