import sharp from "sharp";
import { expect, test } from "./fixtures";

// Real images made here, plus the files an upload form must refuse.
async function photo(format: "jpeg" | "png" | "webp") {
  const image = sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 110, b: 140 } } });
  return image.toFormat(format).toBuffer();
}

const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(document.cookie)</script><rect width="800" height="600"/></svg>',
);
// The first bytes of a Linux executable, named like a photo.
const RENAMED_EXECUTABLE = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 1)]);

test.describe("cover image upload", () => {
  test.beforeEach(async ({ page, loginAs }) => {
    await loginAs("editor");
    await page.goto("/dashboard/artikel/baru");
    await page.getByLabel("Teks alternatif (wajib sebelum mengunggah)").fill("Petugas memeriksa pintu air");
  });

  for (const format of ["jpeg", "png", "webp"] as const) {
    test(`accepts a real ${format.toUpperCase()} and shows a stored rendition`, async ({ page }) => {
      await page
        .getByLabel(/Berkas gambar/)
        .setInputFiles({ name: `foto.${format}`, mimeType: `image/${format}`, buffer: await photo(format) });
      await expect(page.getByText("Gambar sampul terunggah.")).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole("img", { name: "Petugas memeriksa pintu air" })).toHaveAttribute(
        "src",
        /^\/media\/[0-9a-f-]{36}\/\d+\.webp$/,
      );
    });
  }

  const refused = [
    { name: "an SVG with a script", file: { name: "peta.svg", mimeType: "image/svg+xml", buffer: SVG_WITH_SCRIPT } },
    {
      name: "an executable renamed to .jpg",
      file: { name: "foto.jpg", mimeType: "image/jpeg", buffer: RENAMED_EXECUTABLE },
    },
  ];
  for (const { name, file } of refused) {
    test(`refuses ${name} with a clear message`, async ({ page }) => {
      await page.getByLabel(/Berkas gambar/).setInputFiles(file);
      await expect(
        page.getByText("Jenis berkas tidak didukung. Unggah gambar JPEG, PNG, WebP, atau AVIF."),
      ).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.getByRole("img", { name: "Petugas memeriksa pintu air" })).toHaveCount(0);
    });
  }

  test("refuses a file over 10 MB", async ({ page }) => {
    const oversized = Buffer.concat([await photo("jpeg"), Buffer.alloc(10 * 1024 * 1024, 0)]);
    await page
      .getByLabel(/Berkas gambar/)
      .setInputFiles({ name: "besar.jpg", mimeType: "image/jpeg", buffer: oversized });
    await expect(page.getByText("Ukuran berkas melebihi 10 MB. Kecilkan gambar lalu unggah lagi.")).toBeVisible();
  });
});
