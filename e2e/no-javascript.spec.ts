import { LIST_PAGE_SIZE } from "@/lib/articles/pagination";
import { expect, test } from "./fixtures";

/**
 * A reader whose browser runs no JavaScript (switched off, blocked, or not loaded yet on a
 * slow connection) still reads, moves around, searches and pages through lists: every
 * public page is whole HTML with plain links and a plain GET form.
 */
test.use({ javaScriptEnabled: false });

test("a reader without JavaScript opens the news, pages through a category and searches", async ({ page, factory }) => {
  const category = await factory.category("Tanpa Skrip");
  const articles = [];
  // One more than a page, so the category has a page 2 with the oldest article on it.
  for (let index = 0; index <= LIST_PAGE_SIZE; index += 1) {
    articles.push(
      await factory.article({
        title: `Posyandu Tanpaskrip Kelurahan ${index + 1}`,
        paragraphs: [`Posyandu kelurahan ${index + 1} melayani balita setiap bulan.`],
        categoryId: category.id,
        publishedAt: new Date(Date.now() - (index + 1) * 60_000),
      }),
    );
  }
  const newest = articles[0]!;
  const oldest = articles.at(-1)!;

  // Home: whole without scripts; its headline link opens the article.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Berita Terkini" })).toBeVisible();
  const headline = page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link");
  const headlineTitle = await headline.textContent();
  await headline.click();
  await expect(page).toHaveURL(/\/berita\//);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(headlineTitle ?? "");

  // Search from the masthead's link, with the plain GET form, then open a result.
  await page.getByRole("navigation", { name: "Tautan cepat" }).getByRole("link", { name: "Cari" }).click();
  await expect(page).toHaveURL("/cari");
  await page.getByRole("searchbox", { name: "Kata kunci" }).fill("tanpaskrip");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/\/cari\?q=tanpaskrip/);
  await expect(
    page.getByRole("heading", { level: 2, name: `${articles.length} hasil untuk “tanpaskrip”` }),
  ).toBeVisible();
  const firstHit = page
    .getByRole("region", { name: /hasil untuk/ })
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link");
  const hitTitle = await firstHit.textContent();
  const hit = articles.find((article) => article.title === hitTitle);
  expect(hit, "the first result is one of the category's articles").toBeDefined();
  await firstHit.click();
  await expect(page).toHaveURL(`/berita/${hit?.slug}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(hit?.title ?? "");
  await expect(main.getByText("melayani balita setiap bulan")).toBeVisible();
  // Share links are plain links; the copy button needs a script, so it is not offered.
  await expect(main.getByRole("link", { name: /WhatsApp/ })).toHaveAttribute("href", /^https:\/\/wa\.me\/\?text=/);
  await expect(main.getByRole("button", { name: "Salin tautan" })).toBeHidden();

  // The article's category, then its page 2 through the page links.
  await main.getByRole("navigation", { name: "Remah roti" }).getByRole("link", { name: category.name }).click();
  await expect(page).toHaveURL(`/kategori/${category.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: category.name })).toBeVisible();
  await page.getByRole("navigation", { name: "Halaman" }).getByRole("link", { name: "Halaman 2" }).click();
  await expect(page).toHaveURL(`/kategori/${category.slug}?halaman=2`);
  await expect(page.getByRole("main").getByRole("link", { name: oldest.title, exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: newest.title, exact: true })).toHaveCount(0);
});
