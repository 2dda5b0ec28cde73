import { expect, test } from "./fixtures";

test("a phrase with an excluded word never shows a similar title containing it", async ({ page, factory }) => {
  const category = await factory.category("Pencarian Frasa");
  const wanted = await factory.article({ title: "Bank Sampah Induk Dibuka", categoryId: category.id });
  const excluded = await factory.article({
    title: "Bank Sampah Kelurahan Sempaja Raih Penghargaan",
    paragraphs: ["Kelurahan itu menabung sampah sejak 2020."],
    categoryId: category.id,
  });

  await page.goto(`/cari?q=${encodeURIComponent('"bank sampah" -kelurahan')}&kategori=${category.slug}`);
  const results = page.getByRole("region", { name: /hasil untuk/ });
  await expect(page.getByRole("heading", { level: 2, name: /^1 hasil untuk/ })).toBeVisible();
  await expect(results.getByRole("link", { name: wanted.title })).toBeVisible();
  await expect(results.getByRole("link", { name: excluded.title })).toHaveCount(0);
  await expect(results.getByText("Judul mirip")).toHaveCount(0);
});

test("a misspelt word gets “Maksud Anda” with a link, and finds what the right spelling finds", async ({
  page,
  factory,
}) => {
  const category = await factory.category("Pencarian Ejaan");
  const titles = ["Ketinting Hias Susuri Mahakam", "Festival Ketinting Digelar Akhir Pekan"];
  for (const title of titles) await factory.article({ title, categoryId: category.id });

  await page.goto(`/cari?q=ketintng&kategori=${category.slug}`);
  await expect(page.getByRole("heading", { level: 2, name: "2 hasil untuk “ketintng”" })).toBeVisible();
  const suggestion = page.getByRole("link", { name: "ketinting", exact: true });
  await expect(suggestion).toHaveAttribute("href", `/cari?q=ketinting&kategori=${category.slug}`);
  for (const title of titles) await expect(page.getByRole("link", { name: title })).toBeVisible();

  await suggestion.click();
  await expect(page.getByRole("heading", { level: 2, name: "2 hasil untuk “ketinting”" })).toBeVisible();
  await expect(page.getByText("Maksud Anda")).toHaveCount(0);
});
