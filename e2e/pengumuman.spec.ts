import type { APIRequestContext } from "@playwright/test";
import { expireAnnouncement } from "@/lib/testing/portal";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const PDF = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${"isi ".repeat(40)}\ntrailer\n%%EOF\n`);
const EXECUTABLE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(400)]);

async function waitFor(request: APIRequestContext, url: string, isDone: (body: string) => boolean, limitMs: number) {
  const started = Date.now();
  for (;;) {
    if (isDone(await (await request.get(url)).text())) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${url} did not change within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test("a writer drafts an announcement with a PDF, an editor publishes it, readers see it until it expires", async ({
  page,
  request,
  loginAs,
}) => {
  // The whole journey, plus up to one 15-second tick of the expiry timer.
  test.setTimeout(90_000);
  const title = `Pengumuman Seleksi Uji ${Date.now()}`;
  await loginAs("writer");
  await page.goto("/dashboard/pengumuman/baru");
  await page.getByLabel("Judul").fill(title);
  const body = page.getByRole("textbox", { name: "Isi pengumuman" });
  await body.click();
  await body.pressSequentially("Pendaftaran dibuka sampai akhir bulan.");

  // A renamed executable is refused on its bytes.
  await page
    .getByLabel("Lampiran PDF (opsional)")
    .setInputFiles({ name: "jadwal.pdf", mimeType: "application/pdf", buffer: EXECUTABLE });
  await page.getByRole("button", { name: "Buat draf" }).click();
  await expect(page.getByText("Lampiran harus berkas PDF asli")).toBeVisible();

  await page
    .getByLabel("Lampiran PDF (opsional)")
    .setInputFiles({ name: "jadwal seleksi.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Buat draf" }).click();
  await page.waitForURL(/\/dashboard\/pengumuman\/[0-9a-f-]{36}$/);
  const editUrl = page.url();
  const id = editUrl.split("/").pop() ?? "";
  await expect(page.getByText("Draf: belum tampil untuk pembaca.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Terbitkan" })).toHaveCount(0);

  await loginAs("editor");
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Terbitkan" }).click();
  const publicLink = page.getByRole("link", { name: /^\/pengumuman\// });
  await expect(publicLink).toBeVisible();
  const path = (await publicLink.getAttribute("href")) ?? "";

  await page.goto("/pengumuman");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The list page stays in the document, hidden, after a client navigation: only the visible text counts.
  await expect(page.getByText("Pendaftaran dibuka sampai akhir bulan.").filter({ visible: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const download = await request.get(`${path}/lampiran`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain('filename="jadwal-seleksi.pdf"');
  expect(
    Buffer.from(await download.body())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  await page.goto("/");
  await expect(page.getByRole("region", { name: "Pengumuman" }).getByRole("link", { name: title })).toBeVisible();
  await page.goto("/pengumuman");
  await expectNoAxeViolations(page);
  expect(await (await request.get("/sitemap/halaman.xml")).text()).toContain(path);

  // Past its `berlaku sampai`: the expiry timer (every 15 s) moves it to the archive.
  await expireAnnouncement(id);
  await waitFor(request, "/pengumuman", (html) => !html.includes(title), 25_000);
  await waitFor(request, "/", (html) => !html.includes(title), 5_000);
  await page.goto("/pengumuman/arsip");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(path);
  await expect(page.getByText("Masa berlaku pengumuman ini sudah berakhir.")).toBeVisible();
});

test("a draft announcement is not public", async ({ page, request, loginAs }) => {
  const title = `Draf Rahasia ${Date.now()}`;
  await loginAs("writer");
  await page.goto("/dashboard/pengumuman/baru");
  await page.getByLabel("Judul").fill(title);
  await page.getByRole("button", { name: "Buat draf" }).click();
  await page.waitForURL(/\/dashboard\/pengumuman\/[0-9a-f-]{36}$/);
  expect(await (await request.get("/pengumuman")).text()).not.toContain(title);
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  expect((await request.get(`/pengumuman/${slug}`)).status()).toBe(404);
  expect((await request.get(`/pengumuman/${slug}/lampiran`)).status()).toBe(404);
});
