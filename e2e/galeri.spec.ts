import sharp from "sharp";
import { uniqueSuffix } from "@/lib/testing/factories";
import { deleteTestGalleryItemBySlug } from "@/lib/testing/portal-helpers";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

async function jpeg(color: string): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
}

test("an editor uploads an album in bulk, publishes it, and readers page through it in the lightbox", async ({
  page,
  loginAs,
}) => {
  await loginAs("editor");
  const suffix = uniqueSuffix();
  const title = `HUT Kota ${suffix}`;
  const slug = `hut-kota-${suffix}`;
  try {
    await page.goto("/dashboard/galeri/baru");
    const form = page.getByRole("form", { name: "Galeri baru" });
    await form.getByLabel("Judul").fill(title);
    await form.getByRole("button", { name: "Buat galeri" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.getByLabel("Foto", { exact: true }).setInputFiles([
      { name: "satu.jpg", mimeType: "image/jpeg", buffer: await jpeg("#1d4e89") },
      { name: "dua.jpg", mimeType: "image/jpeg", buffer: await jpeg("#d1495b") },
      { name: "bukan-foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("MZ bukan foto") },
    ]);
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect(page.getByRole("status").filter({ hasText: "3 dari 3 foto diproses, 2 terunggah." })).toBeVisible();
    await expect(page.getByText("bukan-foto.jpg:")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Foto (2)" })).toBeVisible();

    const firstPhoto = page.getByRole("form", { name: "Keterangan foto 1" });
    await firstPhoto.getByLabel("Keterangan").fill("Upacara di halaman Balai Kota");
    await expect(firstPhoto.getByLabel("Kredit")).toHaveValue("Foto: Humas Pemkot");
    await firstPhoto.getByRole("button", { name: "Simpan foto 1" }).click();
    await expect(firstPhoto.getByText("Tersimpan.")).toBeVisible();
    await page.getByRole("button", { name: "Terbitkan" }).click();
    await expect(page.getByText(`Terbit di /galeri/${slug}`)).toBeVisible();

    await page.goto("/galeri");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: new RegExp(title) }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);

    // The lightbox is links and :target; keys are an extra.
    await page.getByRole("link", { name: /Foto 1 dari 2: Upacara di halaman Balai Kota/ }).click();
    const first = page.getByRole("dialog", { name: "Foto 1 dari 2" });
    await expect(first).toBeVisible();
    await expect(first.getByText("Foto: Humas Pemkot")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("dialog", { name: "Foto 2 dari 2" })).toBeVisible();
    await expect(first).toBeHidden();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Foto 2 dari 2/ })).toBeFocused();
  } finally {
    await deleteTestGalleryItemBySlug(slug);
  }
});

test("a YouTube video makes no request to another host before the reader presses play", async ({
  page,
  loginAs,
  baseURL,
}) => {
  await loginAs("editor");
  const suffix = uniqueSuffix();
  const title = `Video Pelantikan ${suffix}`;
  const slug = `video-pelantikan-${suffix}`;
  try {
    await page.goto("/dashboard/galeri/baru");
    const form = page.getByRole("form", { name: "Galeri baru" });
    await form.getByLabel("Jenis").selectOption({ label: "Video" });
    await form.getByLabel("Judul").fill(title);
    await form.getByLabel("Tautan video YouTube").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    await form.getByRole("button", { name: "Buat galeri" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("button", { name: "Terbitkan" }).click();
    await expect(page.getByText(`Terbit di /galeri/${slug}`)).toBeVisible();

    const origin = new URL(baseURL ?? "").origin;
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    // The player itself is not needed to prove the point, and the test must not depend on YouTube.
    await page.route("https://www.youtube-nocookie.com/**", (route) =>
      route.fulfill({ body: "<title>pemutar</title>" }),
    );

    await page.goto("/galeri");
    await page.goto(`/galeri/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);

    await page.getByRole("link", { name: `Putar video: ${title}` }).click();
    const player = page.locator(`iframe[title="Video: ${title}"]`);
    await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0");
    await expect.poll(() => foreign.every((url) => url.startsWith("https://www.youtube-nocookie.com/"))).toBe(true);
    expect(foreign.length).toBeGreaterThan(0);
  } finally {
    await deleteTestGalleryItemBySlug(slug);
  }
});
