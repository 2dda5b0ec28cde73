import { uniqueSuffix } from "@/lib/testing/factories";
import { deleteTestPageBySlug } from "@/lib/testing/portal-helpers";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an editor writes a static page, publishes it, and readers find it in the menu", async ({ page, loginAs }) => {
  await loginAs("editor");
  const suffix = uniqueSuffix();
  const title = `Sejarah Kota ${suffix}`;
  const slug = `sejarah-kota-${suffix}`;
  try {
    await page.goto("/dashboard/halaman/baru");
    const form = page.getByRole("form", { name: "Halaman baru" });
    await form.getByLabel("Judul").fill(title);
    await expect(form.getByLabel("Slug")).toHaveValue(slug);
    await form.getByLabel("Ringkasan").fill("Riwayat singkat berdirinya kota.");
    const body = page.getByRole("textbox", { name: "Isi halaman" });
    await body.click();
    await body.pressSequentially("Samarinda berdiri pada 21 Januari 1668.");
    await form.getByRole("button", { name: "Buat halaman" }).click();

    // Saved hidden: the editor lands on the page's own screen.
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Tersembunyi dari pembaca")).toBeVisible();
    const hidden = await page.request.get(`/profil/${slug}`);
    expect(hidden.status()).toBe(404);

    await page.getByRole("button", { name: "Terbitkan" }).click();
    await expect(page.getByText(`Terbit di /profil/${slug}`)).toBeVisible();

    await page.goto(`/profil/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Samarinda berdiri pada 21 Januari 1668.")).toBeVisible();
    await expectNoAxeViolations(page);

    // The masthead's Profil menu (a native disclosure) and the footer list it.
    await page.getByText("Profil", { exact: true }).first().click();
    const quickLinks = page.getByRole("navigation", { name: "Tautan cepat" });
    await expect(quickLinks.getByRole("link", { name: title })).toBeVisible();
    await expect(quickLinks.getByRole("link", { name: "Visi & Misi" })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: title })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/profil");
    await expect(page.getByRole("main").getByRole("link", { name: "Maklumat Pelayanan" })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await deleteTestPageBySlug(slug);
  }
});

test("writers do not see or open the static pages screen", async ({ page, loginAs }) => {
  await loginAs("writer");
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Dasbor" }).getByRole("link", { name: "Halaman" })).toHaveCount(0);
  await page.goto("/dashboard/halaman");
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
});
