import { makeExecutable, makePdf } from "@/lib/testing/document-files";
import { uniqueSuffix } from "@/lib/testing/factories";
import { deleteTestDocumentBySlug } from "@/lib/testing/portal-helpers";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an editor uploads a Perda, a renamed program is refused, readers filter and download it", async ({
  page,
  loginAs,
}) => {
  await loginAs("editor");
  const suffix = uniqueSuffix();
  const title = `Perda Retribusi Pasar ${suffix}`;
  const slug = `perda-retribusi-pasar-${suffix}`;
  try {
    await page.goto("/dashboard/dokumen/baru");
    const form = page.getByRole("form", { name: "Unggah dokumen" });
    await form.getByLabel("Judul").fill(title);
    await expect(form.getByLabel("Slug")).toHaveValue(slug);
    await form.getByLabel("Jenis").selectOption({ label: "Perda" });
    await form.getByLabel("Nomor").fill("Nomor 7 Tahun 2019");
    await form.getByLabel("Tahun").fill("2019");
    await form.getByLabel("Unit penerbit").fill("Bagian Hukum Setda");
    const file = form.getByLabel("Berkas");

    // A program renamed to .pdf is refused by its bytes, and what was typed stays.
    await file.setInputFiles({ name: "perda.pdf", mimeType: "application/pdf", buffer: Buffer.from(makeExecutable()) });
    await form.getByRole("button", { name: "Unggah dokumen" }).click();
    await expect(form.getByText("bukan PDF, DOCX, XLSX atau ODT yang sah")).toBeVisible();
    await expect(form.getByLabel("Judul")).toHaveValue(title);

    await file.setInputFiles({
      name: "Perda 7 Tahun 2019.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(makePdf("Retribusi Pasar")),
    });
    await form.getByRole("button", { name: "Unggah dokumen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("button", { name: "Terbitkan" }).click();
    await expect(page.getByText(`Terbit di /dokumen/${slug}`)).toBeVisible();

    // The list, filtered by a plain GET form (rewritten to a static page by the proxy).
    await page.goto("/dokumen");
    await page.getByLabel("Jenis").selectOption({ label: "Perda" });
    await page.getByLabel("Tahun").selectOption("2019");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/\/dokumen\?jenis=perda&tahun=2019$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dokumen · Perda · Tahun 2019" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: title }).click();

    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Diunduh", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Unduh PDF/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("Perda 7 Tahun 2019.pdf");

    const response = await page.request.get(`/dokumen/${slug}/unduh`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename="Perda 7 Tahun 2019.pdf"; filename*=UTF-8''Perda%207%20Tahun%202019.pdf`,
    );
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  } finally {
    await deleteTestDocumentBySlug(slug);
  }
});

test("a hidden or unknown document and a malformed filter answer 404", async ({ request }) => {
  expect((await request.get("/dokumen/tidak-ada-dokumen-ini")).status()).toBe(404);
  expect((await request.get("/dokumen/tidak-ada-dokumen-ini/unduh")).status()).toBe(404);
  expect((await request.get("/dokumen?jenis=surat")).status()).toBe(404);
});
