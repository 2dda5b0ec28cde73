import { expect, test } from "./fixtures";

// An article page is cached; the names it shows (category, writer) belong to other rows.
// Each test reads the page once so the cache holds it, changes the name through the
// dashboard, and expects the next read to show the new name at once.

test("a category rename shows on the article page at once", async ({ page, loginAs, factory }) => {
  const category = await factory.category("Rubrik Lama");
  const article = await factory.article({ categoryId: category.id, title: `Berita rubrik ${Date.now()}` });
  const breadcrumb = page.getByRole("navigation", { name: "Remah roti" });

  await page.goto(`/berita/${article.slug}`);
  await expect(breadcrumb).toContainText(category.name);

  await loginAs("editor");
  await page.goto("/dashboard/kategori");
  const item = page.getByRole("listitem", { name: new RegExp(`^\\d+\\. ${category.name}$`) });
  await item.getByText("Ubah atau hapus").click();
  const renamed = `Rubrik Baru ${category.name.split(" ").at(-1)}`;
  const edit = page.getByRole("form", { name: `Ubah kategori ${category.name}` });
  await edit.getByLabel("Nama").fill(renamed);
  await edit.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("listitem", { name: new RegExp(`^\\d+\\. ${renamed}$`) })).toBeVisible();

  await page.goto(`/berita/${article.slug}`);
  await expect(breadcrumb).toContainText(renamed);
  await expect(page.getByText(`Kategori: ${renamed}`)).toBeVisible();
});

test("a writer's new display name shows in the article's byline at once", async ({ page, loginAs, factory }) => {
  const article = await factory.article({ title: `Berita penulis ${Date.now()}` });
  const byline = page.getByText(/^Oleh /);

  await page.goto(`/berita/${article.slug}`);
  await expect(byline).toBeVisible();
  const renamed = `Penulis Berganti Nama ${Date.now()}`;
  await expect(byline).not.toContainText(renamed);

  await loginAs("admin");
  await page.goto(`/dashboard/pengguna/${article.writerId}`);
  const form = page.getByRole("form", { name: "Ubah akun" });
  await form.getByLabel("Nama tampilan").fill(renamed);
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  await page.goto(`/berita/${article.slug}`);
  await expect(byline).toContainText(renamed);
});
