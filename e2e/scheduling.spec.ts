import { expect, test } from "./fixtures";

test("a scheduled article goes live on its own once it is due", async ({ page, request, factory }) => {
  test.slow();
  const editor = await factory.user({ role: "EDITOR", initials: "jd" });
  const article = await factory.article({
    status: "SCHEDULED",
    title: "Pengumuman terjadwal uji",
    scheduledAt: new Date(Date.now() + 5_000),
    publishedAt: null,
    editorId: editor.id,
  });
  expect((await request.get(`/berita/${article.slug}`)).status()).toBe(404);

  // The in-process scheduler checks every 15 seconds; public requests also publish due articles.
  await expect
    .poll(async () => (await request.get(`/berita/${article.slug}`)).status(), { timeout: 60_000, intervals: [2_000] })
    .toBe(200);
  await page.goto(`/berita/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengumuman terjadwal uji");
});
