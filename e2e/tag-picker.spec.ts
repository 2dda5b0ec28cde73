import { uniqueSuffix } from "@/lib/testing/factories";
import { createManyTestTags, createTestTag, deleteTestTags, deleteTestTagsNamed } from "@/lib/testing/tag-factories";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

/*
 * The editor's tag picker: a combobox that searches tags as the writer types (GET /api/tag)
 * instead of listing every tag, chips for the chosen ones, new tags for editors.
 */

const tagIds: string[] = [];
const createdNames: string[] = [];
test.afterAll(async () => {
  await deleteTestTags(tagIds);
  await deleteTestTagsNamed(createdNames);
});

test("an editor picks a tag with the keyboard, adds a new one and saves both", async ({ page, loginAs, factory }) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const existing = await createTestTag({ name: `Banjir Rob ${suffix}` });
  const other = await createTestTag({ name: `Bantuan Sosial ${suffix}` });
  tagIds.push(existing.id, other.id);
  const newName = `Pasar Murah ${suffix}`;
  createdNames.push(newName);
  const editor = await loginAs("editor");
  const article = await factory.article({ status: "DRAFT", writerId: editor.id });

  await page.goto(`/dashboard/artikel/${article.id}`);
  const field = page.getByRole("combobox", { name: "Tag" });
  await field.fill(`rob ${suffix}`);
  const listbox = page.getByRole("listbox", { name: "Saran tag" });
  await expect(listbox.getByRole("option", { name: existing.name })).toBeVisible();
  await expect(field).toHaveAttribute("aria-expanded", "true");
  await expectNoAxeViolations(page);
  await field.press("Enter");
  const chosen = page.getByRole("list", { name: "Tag terpilih" });
  await expect(chosen.getByRole("listitem")).toHaveCount(1);
  await expect(chosen.getByText(existing.name)).toBeVisible();
  await expect(field).toHaveValue("");
  await expect(listbox).toBeHidden();

  // The chosen tag is not offered again; arrows move through the rest.
  await field.fill(suffix);
  await expect(listbox.getByRole("option", { name: other.name })).toBeVisible();
  await expect(listbox.getByRole("option", { name: existing.name })).toHaveCount(0);

  await field.fill(newName);
  const create = listbox.getByRole("option", { name: `Tambah tag baru “${newName}”` });
  await expect(create).toBeVisible();
  // Only answers to the text now in the field are offered, never the previous text's.
  await expect(listbox.getByRole("option")).toHaveCount(1);
  await field.press("ArrowDown");
  await expect(create).toHaveAttribute("aria-selected", "true");
  await field.press("Enter");
  await expect(chosen.getByText(newName)).toBeVisible();
  await expect(chosen.getByText("(baru)")).toBeVisible();

  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();
  await page.reload();
  const saved = page.getByRole("list", { name: "Tag terpilih" });
  await expect(saved.getByText(existing.name)).toBeVisible();
  await expect(saved.getByText(newName)).toBeVisible();
  await expect(saved.getByText("(baru)")).toHaveCount(0);

  // Removing a chip by keyboard.
  await saved.getByRole("button", { name: `Hapus tag ${existing.name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(saved.getByText(existing.name)).toHaveCount(0);
});

test("with 5,000 tags the picker offers at most 20 matches and writers cannot add tags", async ({
  page,
  loginAs,
  request,
}) => {
  test.setTimeout(90_000);
  const prefix = `Kelurahan Uji ${uniqueSuffix()}`;
  tagIds.push(...(await createManyTestTags(prefix, 5_000)));
  await loginAs("writer");

  await page.goto("/dashboard/artikel/baru");
  const field = page.getByRole("combobox", { name: "Tag" });
  await field.fill(prefix);
  const options = page.getByRole("listbox", { name: "Saran tag" }).getByRole("option");
  await expect(options.first()).toHaveText(`${prefix} 0001`);
  await expect(options).toHaveCount(20);
  await expect(page.getByRole("option", { name: /Tambah tag baru/ })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "20 tag cocok." })).toBeVisible();

  await field.fill(`${prefix} 4321`);
  await expect(options).toHaveText([`${prefix} 4321`]);

  // The lookup answers staff only (the `request` fixture carries no session).
  const anonymous = await request.get(`/api/tag?q=${encodeURIComponent(prefix)}`);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["cache-control"]).toContain("no-store");
});
