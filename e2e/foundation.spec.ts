import { expect, test } from "./fixtures";

test("health check reports a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
});

test("home page lists the latest published articles", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Berita Terkini" })).toBeVisible();
  const headlines = page.getByRole("main").getByRole("link").filter({ hasText: /\w{4,}/ });
  expect(await headlines.count()).toBeGreaterThan(5);
});

test("an article page shows the Humas anatomy", async ({ page, factory }) => {
  const writer = await factory.user({ role: "WRITER", displayName: "Prabawati Uji", initials: "Prb" });
  const editor = await factory.user({ role: "EDITOR", initials: "ty" });
  const article = await factory.article({
    title: "Pemkot Uji Tinjau Drainase Jalan Pahlawan",
    paragraphs: ["Tim gabungan meninjau saluran drainase yang tersumbat.", "Perbaikan dimulai pekan depan."],
    dateline: "Samarinda",
    writerId: writer.id,
    editorId: editor.id,
    // 11 October 2022, 09.50 UTC = 17.50 WITA.
    publishedAt: new Date("2022-10-11T09:50:00Z"),
    views: 644,
  });

  const response = await page.goto(`/berita/${article.slug}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(main.getByRole("link", { name: "Prabawati Uji" })).toHaveAttribute("href", `/penulis/${writer.username}`);
  await expect(main.getByText("11 Oktober 2022, 17.50 WITA")).toBeVisible();
  await expect(main.getByText("644 kali dilihat")).toBeVisible();
  await expect(main.locator("strong", { hasText: "Samarinda –" })).toBeVisible();
  await expect(main.getByText("Perbaikan dimulai pekan depan. (Prb/ty)")).toBeVisible();
});

test("a draft's address answers 404", async ({ page, factory }) => {
  const draft = await factory.article({ status: "DRAFT" });
  const response = await page.goto(`/berita/${draft.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});
