import type { Page } from "@playwright/test";
import { formatTime } from "@/lib/format";
import { readViewTotals } from "@/lib/views/stats";
import { expectNoAxeViolations } from "./axe";
import { expect, openSecondSession, test } from "./fixtures";

function body(page: Page) {
  return page.getByRole("textbox", { name: "Isi berita" });
}

test("a writer drafts and submits, an editor returns it, the writer fixes it, the editor publishes", async ({
  page,
  browser,
  loginAs,
  factory,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const category = await factory.category("Pemerintahan");
  await loginAs("writer", { initials: "Wrt" });
  const editorUser = await factory.user({ role: "EDITOR", initials: "ed" });
  const title = `Wali Kota Tinjau Banjir ${Date.now()}`;

  await page.goto("/dashboard/artikel/baru");
  await page.getByLabel("Judul", { exact: true }).fill(title);
  const slug = await page.getByLabel("Slug", { exact: true }).inputValue();
  expect(slug).toMatch(/^wali-kota-tinjau-banjir-\d+$/);
  await page.getByLabel("Dateline").fill("Samarinda");
  await page.getByLabel("Ringkasan").fill("Wali kota meninjau lokasi banjir di Sungai Karang Mumus.");
  await page.getByLabel("Kategori").selectOption({ label: category.name });
  await body(page).click();
  await page.keyboard.type("Wali kota meninjau banjir pagi ini.");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/dashboard\/artikel\/[0-9a-f-]{36}$/);
  const articleUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("button", { name: "Terbitkan" })).toHaveCount(0);
  await page.getByRole("button", { name: "Kirim ke redaktur" }).click();
  await expect(page.getByText("Artikel ini sedang ditinjau redaktur")).toBeVisible();

  const editor = await openSecondSession(browser, editorUser, baseURL ?? "");
  await editor.goto(articleUrl);
  await editor.getByLabel("Catatan untuk penulis (wajib)").fill("Tambahkan kutipan dari warga terdampak.");
  await editor.getByRole("button", { name: "Kembalikan ke penulis" }).click();
  await expect(editor.getByText("Draf", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("note")).toContainText("Tambahkan kutipan dari warga terdampak.");
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Warga berharap tanggul segera diperbaiki.");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();
  await page.getByRole("button", { name: "Kirim ke redaktur" }).click();
  await expect(page.getByText("Artikel ini sedang ditinjau redaktur")).toBeVisible();

  await editor.reload();
  const changes = editor.getByRole("region", { name: "Perubahan sejak tinjauan terakhir" });
  await expect(changes).toContainText("Ditambahkan: Warga berharap tanggul segera diperbaiki.");
  await expect(changes).toContainText("Tetap: Wali kota meninjau banjir pagi ini.");
  await editor.getByRole("button", { name: "Terbitkan" }).click();
  await expect(editor.getByText("Terbit", { exact: true })).toBeVisible();

  await editor.goto(`/berita/${slug}`);
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(editor.getByText("Warga berharap tanggul segera diperbaiki. (Wrt/ed)")).toBeVisible();
  await editor.context().close();
});

test("an editor schedules an article and the list shows it as Terjadwal at the WITA time", async ({
  page,
  loginAs,
  factory,
}) => {
  await loginAs("editor");
  const article = await factory.article({ status: "IN_REVIEW", title: `Jadwal rapat paripurna ${Date.now()}` });
  const at = new Date(Date.now() + 2 * 60_000);
  const wita = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

  await page.goto(`/dashboard/artikel/${article.id}`);
  await page.getByLabel("Waktu terbit (WITA)").fill(wita);
  await page.getByRole("button", { name: "Jadwalkan" }).click();
  await expect(page.getByText(/^Dijadwalkan terbit/)).toBeVisible();

  await page.goto("/dashboard/artikel?status=terjadwal");
  const row = page.getByRole("row").filter({ hasText: article.title });
  await expect(row).toContainText("Terjadwal");
  const expected = formatTime(new Date(`${wita}:00+08:00`), "Asia/Makassar");
  await expect(row).toContainText(expected);
});

test("an editor cancels a schedule and the article is a draft again", async ({ page, loginAs, factory }) => {
  await loginAs("editor");
  const article = await factory.article({
    status: "SCHEDULED",
    title: `Jadwal dibatalkan ${Date.now()}`,
    scheduledAt: new Date(Date.now() + 3 * 3_600_000),
    publishedAt: null,
  });

  await page.goto(`/dashboard/artikel/${article.id}`);
  await expect(page.getByText(/^Dijadwalkan terbit/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Jadwalkan" })).toHaveCount(0);
  await page.getByRole("button", { name: "Batalkan jadwal" }).click();

  await expect(page.getByText("Draf", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Dijadwalkan terbit/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Batalkan jadwal" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Jadwalkan" })).toBeVisible();

  await page.goto("/dashboard/artikel?status=terjadwal");
  await expect(page.getByRole("row").filter({ hasText: article.title })).toHaveCount(0);
});

test("a writer cannot open another writer's draft and never sees a publish button", async ({
  page,
  loginAs,
  factory,
}) => {
  const writer = await loginAs("writer");
  const others = await factory.article({ status: "DRAFT" });
  const own = await factory.article({ status: "DRAFT", writerId: writer.id });

  await page.goto(`/dashboard/artikel/${others.id}`);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByText(others.title)).toHaveCount(0);

  await page.goto(`/dashboard/artikel/${own.id}`);
  await expect(page.getByLabel("Judul", { exact: true })).toHaveValue(own.title);
  await expect(page.getByRole("button", { name: "Kirim ke redaktur" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Terbitkan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Jadwalkan" })).toHaveCount(0);

  await page.goto("/dashboard/artikel");
  await expect(page.getByRole("link", { name: own.title }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: others.title })).toHaveCount(0);
});

test("two sessions editing one article: the second save shows both versions and can overwrite", async ({
  page,
  browser,
  loginAs,
  factory,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await loginAs("editor", { displayName: "Redaktur Pertama" });
  const second = await factory.user({ role: "EDITOR" });
  const article = await factory.article({ status: "DRAFT" });
  const other = await openSecondSession(browser, second, baseURL ?? "");

  await page.goto(`/dashboard/artikel/${article.id}`);
  await other.goto(`/dashboard/artikel/${article.id}`);

  await page.getByLabel("Judul", { exact: true }).fill("Judul dari sesi pertama");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();

  await other.getByLabel("Judul", { exact: true }).fill("Judul dari sesi kedua");
  await other.getByRole("button", { name: "Simpan" }).click();
  const panel = other.getByRole("alert").filter({ hasText: "Artikel ini sudah diubah orang lain" });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Versi Anda" })).toBeVisible();
  await expect(
    panel.getByRole("heading", { name: /^Versi tersimpan oleh Redaktur Pertama pukul \d{2}\.\d{2} WITA$/ }),
  ).toBeVisible();
  await expect(panel).toContainText("Judul dari sesi pertama");
  // Nothing the second editor typed is lost.
  await expect(other.getByLabel("Judul", { exact: true })).toHaveValue("Judul dari sesi kedua");

  await panel.getByRole("button", { name: "Timpa dengan versi saya" }).click();
  await expect(other.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Judul", { exact: true })).toHaveValue("Judul dari sesi kedua");
  await other.context().close();
});

test("the preview shows the banner, renders the body and does not count a view", async ({ page, loginAs, factory }) => {
  await loginAs("editor");
  const article = await factory.article({ status: "DRAFT", paragraphs: ["Isi pratinjau yang belum terbit."] });
  const beacons: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/views")) beacons.push(request.url());
  });

  await page.goto(`/dashboard/artikel/${article.id}/pratinjau`);
  await expect(page.getByText("Pratinjau — belum terbit")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByText("Isi pratinjau yang belum terbit.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.waitForLoadState("networkidle");
  expect(beacons).toEqual([]);
  expect((await readViewTotals(article.id)).total).toBe(0);
  await expectNoAxeViolations(page);
});

test("the list and the editor pass an accessibility scan", async ({ page, loginAs, factory }) => {
  // Three full axe runs over a rich editor take longer than the default budget on a shared CI box.
  test.setTimeout(120_000);
  const editor = await loginAs("editor");
  const article = await factory.article({
    status: "SCHEDULED",
    scheduledAt: new Date(Date.now() - 5 * 60_000),
    writerId: editor.id,
  });

  await page.goto("/dashboard/artikel");
  await expect(page.getByRole("heading", { name: "Artikel", level: 1 })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: article.title })).toContainText(/Terlambat \d+ menit/);
  await expectNoAxeViolations(page);

  await page.goto(`/dashboard/artikel/${article.id}`);
  await expect(page.getByRole("textbox", { name: "Isi berita" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/dashboard/artikel/baru");
  await expect(page.getByRole("textbox", { name: "Isi berita" })).toBeVisible();
  await expectNoAxeViolations(page);
});
