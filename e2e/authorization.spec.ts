import { expect, test } from "./fixtures";

// Every dashboard screen for every kind of visitor: allowed, sent to /login, or refused.
type Visitor = "anonymous" | "writer" | "editor" | "admin";
const ROUTES: { path: string; allowed: Visitor[] }[] = [
  { path: "/dashboard", allowed: ["writer", "editor", "admin"] },
  { path: "/dashboard/artikel", allowed: ["writer", "editor", "admin"] },
  { path: "/dashboard/artikel/baru", allowed: ["writer", "editor", "admin"] },
  { path: "/dashboard/kategori", allowed: ["editor", "admin"] },
  { path: "/dashboard/pengguna", allowed: ["admin"] },
  { path: "/dashboard/audit", allowed: ["admin"] },
];

for (const visitor of ["anonymous", "writer", "editor", "admin"] as const) {
  test(`dashboard screens as ${visitor}`, async ({ page, loginAs }) => {
    test.slow();
    if (visitor !== "anonymous") await loginAs(visitor);
    for (const { path, allowed } of ROUTES) {
      await page.goto(path);
      if (visitor === "anonymous") {
        await expect(page, path).toHaveURL(/\/login\?ke=/);
      } else if (allowed.includes(visitor)) {
        await expect(page, path).toHaveURL(new RegExp(`${path}$`));
        await expect(page.getByText("Akses ditolak"), path).toHaveCount(0);
        await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
      } else {
        await expect(page.getByText("Akses ditolak").first(), path).toBeVisible();
      }
    }
  });
}

test("a writer cannot open another writer's draft, and an editor can", async ({ page, loginAs, factory }) => {
  const draft = await factory.article({ status: "DRAFT", title: "Draf rahasia penulis lain" });
  await loginAs("writer");
  await page.goto(`/dashboard/artikel/${draft.id}`);
  await expect(page.getByText("Draf rahasia penulis lain")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /tidak ditemukan/i }).first()).toBeVisible();
});
