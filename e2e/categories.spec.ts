import { uniqueSuffix } from "@/lib/testing/factories";
import { categoryExists, deleteTestCategoryBySlug, getArticleCategoryId } from "@/lib/testing/admin-helpers";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an editor creates, renames, reorders and deletes a category", async ({ page, loginAs }) => {
  await loginAs("editor");
  const suffix = uniqueSuffix();
  const name = `Rubrik E2E ${suffix}`;
  const slug = `rubrik-e2e-${suffix}`;
  try {
    await page.goto("/dashboard/kategori");
    await expect(page.getByRole("heading", { level: 1, name: "Kategori" })).toBeVisible();
    await expectNoAxeViolations(page);

    const create = page.getByRole("form", { name: "Buat kategori" });
    await create.getByLabel("Nama").fill(name);
    await expect(create.getByLabel("Slug")).toHaveValue(slug);
    await create.getByRole("button", { name: "Buat kategori" }).click();

    const order = page.getByRole("region", { name: /Urutan di menu/ }).getByRole("listitem");
    // Each item is named "<position>. <name>" after its heading line.
    const item = (label: string) => page.getByRole("listitem", { name: new RegExp(`^\\d+\\. ${label}$`) });
    await expect(item(name)).toBeVisible();
    const last = await order.count();
    await expect(item(name)).toHaveAccessibleName(`${last}. ${name}`);

    await page.getByRole("button", { name: `Naik ${name}` }).click();
    await expect(item(name)).toHaveAccessibleName(`${last - 1}. ${name}`);
    await page.getByRole("button", { name: `Turun ${name}` }).click();
    await expect(item(name)).toHaveAccessibleName(`${last}. ${name}`);

    await item(name).getByText("Ubah atau hapus").click();
    const edit = page.getByRole("form", { name: `Ubah kategori ${name}` });
    await edit.getByLabel("Nama").fill(`${name} Baru`);
    await edit.getByRole("button", { name: "Simpan" }).click();
    const renamed = item(`${name} Baru`);
    await expect(renamed).toBeVisible();

    const remove = page.getByRole("form", { name: `Hapus kategori ${name} Baru` });
    if (!(await remove.isVisible())) await renamed.getByText("Ubah atau hapus").click();
    await remove.getByRole("button", { name: "Hapus kategori" }).click();
    await expect(renamed).toHaveCount(0);
    await expect(item(name)).toHaveCount(0);
  } finally {
    await deleteTestCategoryBySlug(slug);
  }
});

test("a category with articles is deleted only after its articles move", async ({ page, loginAs, factory }) => {
  await loginAs("editor");
  const full = await factory.category("Kategori Berisi");
  const destination = await factory.category("Kategori Tujuan");
  const article = await factory.article({ categoryId: full.id, status: "DRAFT" });

  await page.goto("/dashboard/kategori");
  const item = page.getByRole("listitem", { name: new RegExp(`^\\d+\\. ${full.name}$`) });
  await item.getByText("Ubah atau hapus").click();
  const remove = page.getByRole("form", { name: `Hapus kategori ${full.name}` });
  await expect(remove).toContainText("berisi 1 artikel");
  // Without a destination the browser refuses to submit, and nothing is deleted.
  await remove.getByRole("button", { name: "Pindahkan artikel dan hapus" }).click();
  const destinationSelect = remove.getByLabel("Pindahkan artikel ke");
  expect(await destinationSelect.evaluate((select) => (select as HTMLSelectElement).validity.valueMissing)).toBe(true);
  expect(await categoryExists(full.id)).toBe(true);

  await destinationSelect.selectOption({ label: destination.name });
  await remove.getByRole("button", { name: "Pindahkan artikel dan hapus" }).click();
  await expect(item).toHaveCount(0);
  expect(await categoryExists(full.id)).toBe(false);
  expect(await getArticleCategoryId(article.id)).toBe(destination.id);
});
