import { uniqueSuffix } from "@/lib/testing/factories";
import { deleteTestAccount, getTestAccount, isTestAccountPassword } from "@/lib/testing/admin-helpers";
import { expectNoAxeViolations } from "./axe";
import { expect, openSecondSession, test } from "./fixtures";

test("an admin creates an account and sees its temporary password once", async ({ page, loginAs }) => {
  const admin = await loginAs("admin");
  const username = `e2e-akun-${uniqueSuffix()}`;
  try {
    await page.goto("/dashboard/pengguna");
    await expect(page.getByRole("heading", { level: 1, name: "Pengguna" })).toBeVisible();
    await expectNoAxeViolations(page);

    const form = page.getByRole("form", { name: "Buat akun" });
    await form.getByLabel("Nama pengguna").fill(username);
    await form.getByLabel("Nama tampilan").fill("Akun Uji E2E");
    await form.getByLabel("Surel").fill(`${username}@warta.test`);
    await form.getByLabel("Peran").selectOption({ label: "Editor" });
    await form.getByLabel("Inisial").fill("ue");
    await form.getByRole("button", { name: "Buat akun" }).click();

    const notice = page.getByRole("status").filter({ hasText: `Kata sandi sementara untuk ${username}` });
    await expect(notice).toBeVisible();
    const password = (await notice.getByText(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/).textContent()) ?? "";
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await expect(page.getByRole("table", { name: "Daftar akun staf" })).toContainText(username);

    const account = await getTestAccount(username);
    expect(account?.mustChangePassword).toBe(true);
    expect(await isTestAccountPassword(username, password)).toBe(true);

    // Shown once: after a reload the password is nowhere on the page.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Pengguna" })).toBeVisible();
    await expect(page.getByText(password)).toHaveCount(0);

    await page.goto(`/dashboard/audit?action=user.create&actor=${admin.username}`);
    const log = page.getByRole("table", { name: /Jejak audit/ });
    // The log names the action in Indonesian only (the filter above asked for user.create).
    await expect(log.getByRole("row").filter({ hasText: "Membuat akun" })).toHaveCount(1);
    await expect(log.getByRole("link", { name: "Akun Uji E2E" })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await deleteTestAccount(username);
  }
});

test("a deactivated account's open session ends on its next request", async ({
  page,
  browser,
  baseURL,
  loginAs,
  factory,
}) => {
  await loginAs("admin");
  const target = await factory.user({ role: "WRITER", displayName: "Penulis Dinonaktifkan" });
  const theirPage = await openSecondSession(browser, target, baseURL ?? "");
  try {
    await theirPage.goto("/dashboard");
    await expect(theirPage.getByRole("heading", { name: /Selamat datang, Penulis Dinonaktifkan/ })).toBeVisible();

    await page.goto(`/dashboard/pengguna/${target.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Penulis Dinonaktifkan" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
    expect((await getTestAccount(target.username))?.isActive).toBe(false);

    await theirPage.goto("/dashboard");
    await theirPage.waitForURL(/\/login/);
  } finally {
    await theirPage.context().close();
  }
});

test("a writer is refused the accounts and audit screens", async ({ page, loginAs }) => {
  await loginAs("writer");
  for (const path of ["/dashboard/pengguna", "/dashboard/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});
