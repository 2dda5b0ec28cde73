import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an anonymous visitor is sent from the dashboard to the sign-in form", async ({ page, request }) => {
  const response = await request.get("/dashboard/artikel?status=DRAFT", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/login\?ke=%2Fdashboard%2Fartikel%3Fstatus%3DDRAFT$/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?ke=%2Fdashboard$/);
  await expect(page.getByRole("heading", { name: "Masuk ke dasbor" })).toBeVisible();
});

test("a forged session cookie gets no further than the sign-in form", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "authjs.session-token", value: "palsu", url: baseURL ?? "" }]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();
});

test("a writer's navigation hides the editor and admin sections", async ({ page, loginAs }) => {
  const writer = await loginAs("writer");
  await page.goto("/dashboard");
  await expect(page.getByRole("banner")).toContainText(writer.displayName);
  await expect(page.getByRole("banner")).toContainText("Penulis");
  const nav = page.getByRole("navigation", { name: "Dasbor" });
  await expect(nav.getByRole("link", { name: "Ringkasan" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Artikel" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Akun saya" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Ganti sandi" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Keluar" })).toBeVisible();
  for (const hidden of ["Kategori", "Pengguna", "Audit"]) {
    await expect(nav.getByRole("link", { name: hidden })).toHaveCount(0);
  }
});

test("an editor sees categories, an admin sees everything", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Dasbor" });
  await expect(nav.getByRole("link", { name: "Kategori" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Pengguna" })).toHaveCount(0);

  await page.context().clearCookies();
  await loginAs("admin");
  await page.goto("/dashboard");
  await expect(page.getByRole("banner")).toContainText("Admin");
  for (const label of ["Ringkasan", "Artikel", "Kategori", "Pengguna", "Audit", "Akun saya", "Ganti sandi"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
});

test("on a phone the navigation folds behind a menu button", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("editor");
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Dasbor" });
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Artikel" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Artikel" })).toBeVisible();
});

test("the sign-in form passes the accessibility scan", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the dashboard shell passes the accessibility scan, wide and folded", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Dasbor" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("link", { name: "Audit" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the password change form passes the accessibility scan", async ({ page, loginAs }) => {
  await loginAs("writer");
  await page.goto("/ganti-sandi");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Isi kata sandi saat ini.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the dashboard asks search engines to stay out", async ({ page, loginAs }) => {
  await loginAs("writer");
  await page.goto("/dashboard");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
