import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { findTestAudit } from "@/lib/testing/audit";
import { delayTestSignIn, updateTestUser } from "@/lib/testing/users";
import { expect, test } from "./fixtures";

// The only spec that signs in through the real form (the others mint sessions with loginAs).

const PASSWORD = "kata-sandi-e2e-123";
const INVALID = "Nama pengguna/surel atau kata sandi salah.";

// Failed attempts are also limited per client address; each test claims an address of its
// own (the portal reads X-Forwarded-For, which its reverse proxy sets in production).
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
});

// Scoped to the page content: Next's route announcer is an (empty) alert region too.
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

async function submitLogin(page: Page, login: string, password: string) {
  await page.getByLabel("Nama pengguna atau surel").fill(login);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

test("a staff member signs in by username and lands on the dashboard", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD, role: "EDITOR" });
  await page.goto("/login");
  await expect(page.getByLabel("Nama pengguna atau surel")).toHaveAttribute("autocomplete", "username");
  await expect(page.getByLabel("Kata sandi")).toHaveAttribute("autocomplete", "current-password");
  await submitLogin(page, user.username, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("banner")).toContainText(user.displayName);
  await expect(page.getByRole("banner")).toContainText("Editor");

  // Signed in, the form is skipped.
  await page.goto("/login");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a wrong password shows the Indonesian error and keeps the login", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD });
  await page.goto("/login");
  await submitLogin(page, user.email.toUpperCase(), "bukan-kata-sandinya");
  await expect(formAlert(page)).toHaveText(INVALID);
  await expect(page.getByLabel("Nama pengguna atau surel")).toHaveValue(user.email.toUpperCase());
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  await expect(page).toHaveURL(/\/login/);

  // The e-mail works in any letter case once the password is right.
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("after repeated wrong passwords the account waits briefly, then the right password works", async ({
  page,
  factory,
}) => {
  const user = await factory.user({ password: PASSWORD });
  // Where a run of failed attempts from elsewhere leaves the account: a delay, not a lockout.
  await delayTestSignIn(user.id, 45);
  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(formAlert(page)).toHaveText(/^Terlalu banyak percobaan masuk\. Coba lagi dalam (4[0-5]) detik\.$/);
  await expect(page).toHaveURL(/\/login/);

  await delayTestSignIn(user.id, 0);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a very long login is refused with the usual message and still recorded", async ({ page }) => {
  const login = `${"nama-yang-sangat-panjang-".repeat(4)}@warta.example`;
  expect(login.length).toBeGreaterThan(80);
  await page.goto("/login");
  await submitLogin(page, login, "apa-saja-123");
  await expect(formAlert(page)).toHaveText(INVALID);
  const audit = await findTestAudit({ action: "auth.sign_in_failed", login });
  expect(audit?.details).toMatchObject({ reason: "unknown_account" });
});

test("a deactivated account cannot sign in, and its owner is told why", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD, isActive: false });
  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(formAlert(page)).toHaveText("Akun dinonaktifkan, hubungi admin.");
  // Without its password, the account looks like any other: nothing is revealed.
  await submitLogin(page, user.username, "bukan-sandinya-sama-sekali");
  await expect(formAlert(page)).toHaveText(INVALID);
});

test("a session ends on the next request once the account is deactivated", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD });
  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(page.getByRole("banner")).toContainText(user.displayName);

  await updateTestUser(user.id, { isActive: false });
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();
});

test("a temporary password must be changed before the dashboard", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD });
  await updateTestUser(user.id, { mustChangePassword: true });
  const newPassword = "sandi-baru-yang-panjang-1";

  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(page).toHaveURL(/\/ganti-sandi$/);
  await expect(page.getByText("kata sandi sementara")).toBeVisible();
  // The dashboard stays closed until it is changed.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/ganti-sandi$/);

  await page.getByLabel("Kata sandi saat ini").fill(PASSWORD);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("pendek");
  await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi baru minimal 12 karakter.")).toBeVisible();

  await page.getByLabel("Kata sandi saat ini").fill(PASSWORD);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(newPassword);
  await page.getByLabel("Ulangi kata sandi baru").fill(newPassword);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("banner")).toContainText(user.displayName);

  // This browser holds a fresh session; the new password is the one that works now.
  await page.reload();
  await expect(page.getByRole("banner")).toContainText(user.displayName);
  await page.context().clearCookies();
  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(formAlert(page)).toHaveText(INVALID);
  await page.getByLabel("Kata sandi").fill(newPassword);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing out ends the session", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD });
  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(page.getByRole("banner")).toContainText(user.displayName);

  await page.getByRole("navigation", { name: "Dasbor" }).getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?ke=%2Fdashboard$/);
});

test("visiting /logout asks first and does not sign out by itself", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD });
  await page.goto("/login");
  await submitLogin(page, user.username, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/logout");
  await expect(page.getByRole("heading", { name: "Keluar dari dasbor?" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("banner")).toContainText(user.displayName);

  await page.goto("/logout");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("?ke= pointing off the dashboard cannot redirect elsewhere", async ({ page, factory }) => {
  const user = await factory.user({ password: PASSWORD });
  await page.goto("/login?ke=https://evil.example");
  await submitLogin(page, user.username, PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
});
