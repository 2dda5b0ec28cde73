import { localDay } from "@/lib/time";
import { addTestDailyViews } from "@/lib/views/testing";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

test("the dashboard home shows the cards, the views chart and the top articles", async ({ page, loginAs, factory }) => {
  const article = await factory.article({ title: "Uji Dasbor Paling Dibaca" });
  await addTestDailyViews(article.id, localDay(new Date(), "Asia/Makassar"), 7_000_000);
  const editor = await loginAs("editor");

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: `Selamat datang, ${editor.displayName}` })).toBeVisible();
  for (const card of ["Terbit hari ini", "Terbit minggu ini", "Menunggu tinjauan", "Terjadwal", "Terlambat terbit"]) {
    await expect(page.getByRole("region", { name: card })).toBeVisible();
  }
  const chart = page.getByRole("region", { name: /Kunjungan harian/ });
  await expect(chart.getByRole("table", { name: "Jumlah dilihat per hari" }).getByRole("row")).toHaveCount(31);
  await expect(chart).toContainText("kali dilihat dalam 30 hari terakhir");
  await expect(page.getByRole("region", { name: "Terpopuler 7 hari" }).getByRole("listitem").first()).toContainText(
    article.title,
  );
  await expectNoAxeViolations(page);
});
