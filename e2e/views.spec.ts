import { readViewTotals } from "@/lib/views/stats";
import { expect, test } from "./fixtures";

// The test process reads the stored count from the database (it has DATABASE_URL); the
// page itself may show a number up to a minute old (see lib/views/queries).
async function storedViews(articleId: string): Promise<number> {
  return (await readViewTotals(articleId)).total;
}

async function dailyViews(articleId: string): Promise<number> {
  return (await readViewTotals(articleId)).daily.reduce((sum, row) => sum + row.views, 0);
}

const CHROME_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const GOOGLEBOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

test("a reader's visit counts once; a reload within 30 minutes does not", async ({ browser, factory }) => {
  const article = await factory.article({ views: 10 });
  // A reader address of its own, so earlier runs and other tests never look like this reader.
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({
    userAgent: `${CHROME_UA} Uji/${article.id}`,
    extraHTTPHeaders: { "X-Forwarded-For": address },
  });
  const page = await context.newPage();

  const firstBeacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.goto(`/berita/${article.slug}`);
  expect((await firstBeacon).status()).toBe(202);
  await expect.poll(() => storedViews(article.id)).toBe(11);
  expect(await dailyViews(article.id)).toBe(1);

  const secondBeacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.reload();
  expect((await secondBeacon).status()).toBe(204);
  expect(await storedViews(article.id)).toBe(11);
  await context.close();
});

test("an article nobody has read yet shows 0 views", async ({ page, factory }) => {
  const article = await factory.article();
  await page.goto(`/berita/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText("0 kali dilihat")).toBeVisible();
});

test.describe("POST /api/views", () => {
  const json = (slug: string) => ({ data: JSON.stringify({ slug }), headers: { "Content-Type": "application/json" } });

  test("ignores crawlers and prefetches", async ({ request, factory }) => {
    const article = await factory.article();
    const bot = await request.post("/api/views", {
      ...json(article.slug),
      headers: { "Content-Type": "application/json", "User-Agent": GOOGLEBOT_UA },
    });
    expect(bot.status()).toBe(204);
    const prefetchHeaders: Record<string, string>[] = [
      { "Sec-Purpose": "prefetch" },
      { Purpose: "prefetch" },
      { "Sec-Purpose": "prefetch;prerender" },
    ];
    for (const header of prefetchHeaders) {
      const prefetch = await request.post("/api/views", {
        ...json(article.slug),
        headers: { "Content-Type": "application/json", "User-Agent": CHROME_UA, ...header },
      });
      expect(prefetch.status()).toBe(204);
    }
    expect(await storedViews(article.id)).toBe(0);
  });

  test("refuses cross-site posts", async ({ request, factory }) => {
    const article = await factory.article();
    const crossSite: Record<string, string>[] = [
      { Origin: "https://penipu.example" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    for (const header of crossSite) {
      const response = await request.post("/api/views", {
        ...json(article.slug),
        headers: { "Content-Type": "application/json", "User-Agent": CHROME_UA, ...header },
      });
      expect(response.status()).toBe(403);
    }
    expect(await storedViews(article.id)).toBe(0);
  });

  test("answers 400 to a bad body and 404 to an unknown or draft slug", async ({ request, factory }) => {
    const draft = await factory.article({ status: "DRAFT" });
    const headers = { "Content-Type": "application/json", "User-Agent": CHROME_UA };
    const bad = [
      { data: "bukan json", headers },
      { data: JSON.stringify({ slug: "Bukan Slug!" }), headers },
      { data: JSON.stringify({ slug: "a".repeat(3000) }), headers },
      { data: JSON.stringify({ slug: "ada" }), headers: { ...headers, "Content-Type": "text/plain" } },
    ];
    for (const options of bad) {
      const response = await request.post("/api/views", options);
      expect(response.status()).toBe(400);
      expect(response.headers()["cache-control"]).toContain("no-store");
    }
    expect((await request.post("/api/views", { ...json(draft.slug), headers })).status()).toBe(404);
    expect((await request.post("/api/views", { ...json("tidak-ada-berita-ini"), headers })).status()).toBe(404);
    expect(await storedViews(draft.id)).toBe(0);
  });

  test("counts a new reader and answers no-store", async ({ request, factory }) => {
    const article = await factory.article();
    const headers = { "Content-Type": "application/json", "User-Agent": `${CHROME_UA} Uji/${article.id}` };
    const first = await request.post("/api/views", { ...json(article.slug), headers });
    expect(first.status()).toBe(202);
    expect(first.headers()["cache-control"]).toContain("no-store");
    expect((await request.post("/api/views", { ...json(article.slug), headers })).status()).toBe(204);
    expect(await storedViews(article.id)).toBe(1);
  });
});
