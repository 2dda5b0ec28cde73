import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Kata kunci" });
const results = (page: Page) => page.getByRole("region", { name: /hasil untuk/ });

test("a reader searches and finds an inflected form of the word, highlighted", async ({ page, factory }) => {
  const category = await factory.category("Pencarian E2E");
  const article = await factory.article({
    title: "Dermaga Apung Loa Janan Rampung",
    paragraphs: ["Dermaga sepanjang 40 meter itu dibangun dengan dana APBD kota.", "Warga menyambut baik."],
    categoryId: category.id,
  });

  const response = await page.goto(`/cari?q=membangun&kategori=${category.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Cari Berita" })).toBeVisible();
  await expect(searchbox(page)).toHaveValue("membangun");
  await expect(page.getByRole("heading", { level: 2, name: "1 hasil untuk “membangun”" })).toBeVisible();
  const hit = results(page).getByRole("listitem").filter({ hasText: article.title });
  await expect(hit.getByRole("link", { name: article.title })).toHaveAttribute("href", `/berita/${article.slug}`);
  await expect(hit.locator("mark")).toHaveText("dibangun");
  await expect(page).toHaveTitle(/^Cari: membangun/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("the search form narrows results by category", async ({ page }) => {
  await page.goto("/cari");
  await searchbox(page).fill("banjir");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=banjir/);
  const countHeading = page.getByRole("heading", { level: 2, name: /hasil untuk “banjir”/ });
  await expect(countHeading).toBeVisible();
  const allCount = Number((await countHeading.textContent())?.split(" ")[0]);
  expect(allCount).toBeGreaterThan(1);

  await page.getByRole("combobox", { name: "Kategori" }).selectOption({ label: "Pendidikan" });
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/kategori=pendidikan/);
  await expect(searchbox(page)).toHaveValue("banjir");
  await expect(page.getByRole("combobox", { name: "Kategori" })).toHaveValue("pendidikan");
  const narrowed = Number((await countHeading.textContent())?.split(" ")[0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(allCount);
  const categoryLinks = results(page).getByRole("listitem").getByRole("link", { name: "Pendidikan", exact: true });
  await expect(categoryLinks).toHaveCount(narrowed);
});

test("date filters count whole days in the portal's zone, and a bad date is ignored with a notice", async ({
  page,
  factory,
}) => {
  const category = await factory.category("Pencarian Tanggal");
  const writer = await factory.user({ role: "WRITER" });
  // 23.30 WITA on 10 March 2025, and 00.30 WITA on 11 March 2025.
  await factory.article({
    title: "Apel Siaga Damkar Malam",
    categoryId: category.id,
    writerId: writer.id,
    publishedAt: new Date("2025-03-10T15:30:00Z"),
  });
  await factory.article({
    title: "Apel Siaga Damkar Dini Hari",
    categoryId: category.id,
    writerId: writer.id,
    publishedAt: new Date("2025-03-10T16:30:00Z"),
  });

  await page.goto(`/cari?q=apel+siaga&kategori=${category.slug}&dari=2025-03-11&sampai=2025-03-11`);
  await expect(page.getByRole("heading", { level: 2, name: "1 hasil untuk “apel siaga”" })).toBeVisible();
  await expect(results(page).getByRole("link", { name: "Apel Siaga Damkar Dini Hari" })).toBeVisible();
  await expect(page.getByLabel("Dari tanggal")).toHaveValue("2025-03-11");

  await page.goto(`/cari?q=apel+siaga&kategori=${category.slug}&dari=2025-02-30&sampai=2025-03-10`);
  await expect(page.getByRole("status")).toContainText("Dari tanggal “2025-02-30” bukan tanggal yang valid");
  await expect(page.getByRole("heading", { level: 2, name: "1 hasil untuk “apel siaga”" })).toBeVisible();
  await expect(results(page).getByRole("link", { name: "Apel Siaga Damkar Malam" })).toBeVisible();
});

test("odd queries answer a normal page with the form", async ({ page }) => {
  const long = "banjir ".repeat(36).slice(0, 250);
  const queries = [
    '"',
    "&|!():*",
    "'; DROP TABLE articles; --",
    "🙂🌊",
    "<script>alert(1)</script>",
    long,
    "\u0000banjir",
  ];
  for (const q of queries) {
    const response = await page.goto(`/cari?q=${encodeURIComponent(q)}&halaman=abc&dari=kemarin`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Cari Berita" })).toBeVisible();
    await expect(searchbox(page)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /hasil untuk/ })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("kemarin");
  }
  await page.goto(`/cari?q=${encodeURIComponent(long)}`);
  await expect(searchbox(page)).toHaveValue(long.slice(0, 200).trim());
});

test("a typo still finds the article, through the corrected spelling", async ({ page, factory }) => {
  const category = await factory.category("Pencarian Typo");
  const article = await factory.article({ title: "Banjir Rob Genangi Pesisir", categoryId: category.id });

  await page.goto(`/cari?q=banjr&kategori=${category.slug}`);
  const hit = results(page).getByRole("listitem").filter({ hasText: article.title });
  await expect(hit.getByRole("link", { name: article.title })).toBeVisible();
  await expect(results(page).getByText("Maksud Anda:")).toBeVisible();
});

test("pagination keeps the query and filters", async ({ page, factory }) => {
  const category = await factory.category("Pencarian Halaman");
  const writer = await factory.user({ role: "WRITER" });
  for (let index = 1; index <= 12; index += 1) {
    await factory.article({
      title: `Pasar Murah Kelurahan Nomor ${index}`,
      categoryId: category.id,
      writerId: writer.id,
      publishedAt: new Date(Date.now() - index * 60_000),
    });
  }

  await page.goto(`/cari?q=pasar+murah&kategori=${category.slug}`);
  await expect(page.getByRole("heading", { level: 2, name: "12 hasil untuk “pasar murah”" })).toBeVisible();
  await expect(results(page).getByRole("article")).toHaveCount(10);
  const pagination = page.getByRole("navigation", { name: "Halaman hasil pencarian" });
  await expect(pagination.getByRole("link", { name: "Halaman 1" })).toHaveAttribute("aria-current", "page");

  await pagination.getByRole("link", { name: "Halaman 2" }).click();
  await expect(page).toHaveURL(/halaman=2/);
  const url = new URL(page.url());
  expect(url.searchParams.get("q")).toBe("pasar murah");
  expect(url.searchParams.get("kategori")).toBe(category.slug);
  await expect(searchbox(page)).toHaveValue("pasar murah");
  await expect(results(page).getByRole("article")).toHaveCount(2);
  await expect(pagination.getByRole("link", { name: "Halaman 2" })).toHaveAttribute("aria-current", "page");

  await page.goto(`/cari?q=pasar+murah&kategori=${category.slug}&halaman=7`);
  await expect(page.getByText("Tidak ada hasil di halaman ini.")).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke halaman 1" }).click();
  await expect(results(page).getByRole("article")).toHaveCount(10);
});

test("no results and an empty query explain what to do", async ({ page }) => {
  await page.goto("/cari?q=zzqxjwv");
  await expect(page.getByRole("heading", { level: 2, name: "Tidak ada hasil untuk “zzqxjwv”" })).toBeVisible();
  await expect(page.getByText("Periksa ejaan kata kunci.")).toBeVisible();

  await page.goto("/cari");
  await expect(page.getByText("Ketik kata kunci di atas")).toBeVisible();
  await expect(page).toHaveTitle(/^Cari Berita/);
});

for (const [name, path] of [
  ["empty search page", "/cari"],
  ["results page", "/cari?q=banjir"],
  ["typo results page", "/cari?q=banjr"],
  ["no-results page", "/cari?q=zzqxjwv&kategori=pendidikan&dari=2020-02-30"],
] as const) {
  test(`the ${name} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("searchbox", { name: "Kata kunci" })).toBeVisible();
    await expect(page.getByText("Mencari…")).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
