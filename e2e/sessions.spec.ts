import { findTestAudit } from "@/lib/testing/audit";
import { createTestSession, testSessionEndReason } from "@/lib/testing/users";
import { expectNoAxeViolations } from "./axe";
import { expect, openSecondSession, test } from "./fixtures";

// Auth.js names its cookie after the scheme: the e2e server runs on plain http.
const SESSION_COOKIE = "authjs.session-token";

const PHONE_UA =
  "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";

test("signing out ends the session on the server: a copy of the cookie stops working", async ({
  page,
  browser,
  baseURL,
  loginAs,
}) => {
  const user = await loginAs("editor");
  await page.goto("/dashboard");
  await expect(page.getByRole("banner")).toContainText(user.displayName);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");

  await page.getByRole("navigation", { name: "Dasbor" }).getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // Someone who copied the cookie before sign-out (a shared computer, a proxy log).
  const copy = await browser.newContext();
  try {
    await copy.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL ?? "" }]);
    const theirPage = await copy.newPage();
    await theirPage.goto("/dashboard/kategori");
    await theirPage.waitForURL(/\/login/);
    await expect(theirPage.getByRole("button", { name: "Masuk" })).toBeVisible();
  } finally {
    await copy.close();
  }
  const audit = await findTestAudit({ action: "auth.sign_out", actorId: user.id });
  expect(audit).not.toBeNull();
});

test("an admin ends every session of an account from its page", async ({
  page,
  browser,
  baseURL,
  loginAs,
  factory,
}) => {
  const admin = await loginAs("admin");
  const target = await factory.user({ role: "WRITER", displayName: "Penulis Banyak Sesi" });
  await createTestSession(target.id, { ip: "203.0.113.50", userAgent: PHONE_UA });
  const theirPage = await openSecondSession(browser, target, baseURL ?? "");
  try {
    await theirPage.goto("/dashboard");
    await expect(theirPage.getByRole("banner")).toContainText("Penulis Banyak Sesi");

    await page.goto(`/dashboard/pengguna/${target.id}`);
    const sessions = page.getByRole("table", { name: "Sesi Penulis Banyak Sesi" });
    await expect(sessions.getByRole("row")).toHaveCount(3);
    await expect(sessions).toContainText("Chrome di Android");
    await expect(sessions).toContainText("203.0.113.50");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Akhiri semua sesi" }).click();
    await expect(page.getByText("Tidak ada sesi yang terbuka.")).toBeVisible();

    await theirPage.goto("/dashboard");
    await theirPage.waitForURL(/\/login/);
    const audit = await findTestAudit({ action: "auth.sessions_end", targetId: target.id });
    expect(audit).toMatchObject({ actorId: admin.id, details: { ended: 2 } });
  } finally {
    await theirPage.context().close();
  }
});

test("staff without admin rights see their own sessions and can sign out other devices", async ({ page, loginAs }) => {
  const writer = await loginAs("writer");
  const otherId = await createTestSession(writer.id, { ip: "203.0.113.77", userAgent: PHONE_UA });
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Dasbor" }).getByRole("link", { name: "Akun saya" }).click();
  await expect(page).toHaveURL(/\/dashboard\/akun$/);
  const sessions = page.getByRole("table", { name: "Sesi akun Anda" });
  await expect(sessions.getByRole("row", { name: /perangkat ini/ })).toBeVisible();
  await expect(sessions.getByRole("row", { name: /Chrome di Android/ })).toContainText("203.0.113.77");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Keluarkan perangkat lain" }).click();
  await expect(sessions.getByRole("row", { name: /Chrome di Android/ })).toHaveCount(0);
  await expect(sessions.getByRole("row", { name: /perangkat ini/ })).toBeVisible();
  expect(await testSessionEndReason(otherId)).toBe("ended_by_owner");
  // This browser is still signed in.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Akun saya" })).toBeVisible();
});
