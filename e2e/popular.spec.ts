import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { localDay } from "@/lib/time";
import { addTestDailyViews } from "@/lib/views/testing";
import { expect, test } from "./fixtures";

const DAY = 86_400_000;

async function setDailyViews(articleId: string, daysAgo: number, views: number) {
  await addTestDailyViews(articleId, localDay(new Date(Date.now() - daysAgo * DAY), "Asia/Makassar"), views);
}

/**
 * Views written straight to the database reach the cached rankings within five minutes;
 * an editor's "refresh" makes it now.
 */
async function refreshPublicPages(page: Page) {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Segarkan semua halaman publik" }).click();
  await expect(page.getByText("Semua halaman publik akan dimuat ulang untuk pembaca berikutnya.")).toBeVisible();
}

test("the period switch changes the ranking", async ({ page, factory, loginAs }) => {
  // Far more views than any demo article, so these two lead their periods.
  const thisWeek = await factory.article({ title: "Uji Terpopuler Pekan Ini" });
  const lastMonth = await factory.article({ title: "Uji Terpopuler Bulan Ini" });
  await setDailyViews(thisWeek.id, 1, 5_000_000);
  await setDailyViews(lastMonth.id, 20, 9_000_000);
  await loginAs("editor");
  await refreshPublicPages(page);

  await page.goto("/terpopuler");
  await expect(page.getByRole("heading", { level: 1, name: "Berita Terpopuler" })).toBeVisible();
  const periods = page.getByRole("navigation", { name: "Periode" });
  await expect(periods.getByRole("link", { name: "7 hari" })).toHaveAttribute("aria-current", "page");
  const ranking = page.getByRole("list", { name: "Peringkat berita" });
  await expect(ranking.getByRole("listitem").first()).toContainText(thisWeek.title);
  await expect(ranking.getByRole("listitem").first()).toContainText("5.000.000 kali dilihat");
  await expect(ranking.getByRole("link", { name: lastMonth.title })).toHaveCount(0);

  await periods.getByRole("link", { name: "30 hari" }).click();
  await expect(page).toHaveURL(/periode=30/);
  await expect(periods.getByRole("link", { name: "30 hari" })).toHaveAttribute("aria-current", "page");
  await expect(periods.getByRole("link", { name: "7 hari" })).not.toHaveAttribute("aria-current", "page");
  await expect(ranking.getByRole("listitem").first()).toContainText(lastMonth.title);
  await expect(ranking.getByRole("listitem").nth(1)).toContainText(thisWeek.title);

  await periods.getByRole("link", { name: "Sepanjang waktu" }).click();
  await expect(page).toHaveURL(/periode=semua/);
  await expect(ranking.getByRole("listitem").first()).toContainText("9.000.000 kali dilihat");

  await page.getByRole("link", { name: lastMonth.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lastMonth.title);
});

test("an unknown period falls back to 7 days", async ({ page }) => {
  const response = await page.goto("/terpopuler?periode=setahun");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("navigation", { name: "Periode" }).getByRole("link", { name: "7 hari" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

for (const path of ["/terpopuler", "/terpopuler?periode=semua"]) {
  test(`${path} has no accessibility violations`, async ({ page, factory }) => {
    // An axe run takes several seconds on a busy CI machine.
    test.slow();
    const article = await factory.article();
    await setDailyViews(article.id, 0, 3);
    await page.goto(path);
    await expect(page.getByRole("list", { name: "Peringkat berita" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
