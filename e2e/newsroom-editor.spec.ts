import type { Page } from "@playwright/test";
import { expect, openSecondSession, test } from "./fixtures";

const body = (page: Page) => page.getByRole("textbox", { name: "Isi berita" });

/** Pastes HTML into the body as a browser does (Word and WhatsApp Web put text/html on the clipboard). */
async function pasteHtml(page: Page, html: string) {
  await body(page).click();
  await body(page).evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData("text/html", markup);
    data.setData("text/plain", markup.replace(/<[^>]+>/g, " "));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test("a pasted article's dateline moves to its field and its sign-off leaves the text", async ({
  page,
  loginAs,
  factory,
}) => {
  const category = await factory.category("Tempel");
  await loginAs("writer");
  await page.goto("/dashboard/artikel/baru");
  await page.getByLabel("Judul", { exact: true }).fill(`Posyandu Lansia Dibuka ${Date.now()}`);
  await page.getByLabel("Kategori").selectOption({ label: category.name });
  await page.getByLabel("Dateline").fill("");

  await pasteHtml(
    page,
    "<p>SAMARINDA, (11/10) – Pemkot membuka posyandu lansia di Sempaja.</p><p>Layanan buka setiap Selasa. (Prb/ty)</p>",
  );
  const offer = page.getByRole("region", { name: "Dateline atau kode penulis ikut tertempel" });
  await expect(offer).toContainText("“Samarinda”");
  await expect(offer).toContainText("“(Prb/ty)”");
  await offer.getByRole("button", { name: "Pindahkan" }).click();

  await expect(offer).toHaveCount(0);
  await expect(page.getByLabel("Dateline")).toHaveValue("Samarinda");
  await expect(body(page)).toHaveText(/^Pemkot membuka posyandu lansia di Sempaja\.\s*Layanan buka setiap Selasa\.$/);

  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/dashboard\/artikel\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByLabel("Dateline")).toHaveValue("Samarinda");
  await expect(body(page)).not.toContainText("SAMARINDA");
  await expect(body(page)).not.toContainText("(Prb/ty)");
  await expect(page.getByRole("region", { name: "Dateline atau kode penulis ikut tertempel" })).toHaveCount(0);
});

test("the offer can be declined", async ({ page, loginAs }) => {
  await loginAs("writer");
  await page.goto("/dashboard/artikel/baru");
  await pasteHtml(page, "<p>Tenggarong - Bupati meresmikan jembatan.</p>");
  const offer = page.getByRole("region", { name: "Dateline atau kode penulis ikut tertempel" });
  await offer.getByRole("button", { name: "Biarkan" }).click();
  await expect(offer).toHaveCount(0);
  await expect(body(page)).toHaveText("Tenggarong - Bupati meresmikan jembatan.");
});

test("“Timpa dengan versi saya” keeps the other editor's change to a field this editor did not touch", async ({
  page,
  browser,
  loginAs,
  factory,
  baseURL,
}) => {
  await loginAs("editor", { displayName: "Redaktur Pertama" });
  const second = await factory.user({ role: "EDITOR" });
  const article = await factory.article({ status: "DRAFT" });
  const other = await openSecondSession(browser, second, baseURL ?? "");
  await page.goto(`/dashboard/artikel/${article.id}`);
  await other.goto(`/dashboard/artikel/${article.id}`);

  await page.getByLabel("Ringkasan").fill("Ringkasan dari redaktur pertama.");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();

  await other.getByLabel("Judul", { exact: true }).fill("Judul dari redaktur kedua");
  await other.getByRole("button", { name: "Simpan" }).click();
  const panel = other.getByRole("alert").filter({ hasText: "Artikel ini sudah diubah orang lain" });
  await expect(panel).toContainText("perubahan Redaktur Pertama pada Ringkasan tetap dipakai");
  await panel.getByRole("button", { name: "Timpa dengan versi saya" }).click();
  await expect(other.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Judul", { exact: true })).toHaveValue("Judul dari redaktur kedua");
  await expect(page.getByLabel("Ringkasan")).toHaveValue("Ringkasan dari redaktur pertama.");
  await other.context().close();
});
