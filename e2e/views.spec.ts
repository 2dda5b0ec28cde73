import { randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { ADDRESS_CAP, VIEW_WINDOW_MS } from "@/lib/views/limits";
import { readViewTotals } from "@/lib/views/stats";
import { addTestDailyViews } from "@/lib/views/testing";
import { localDay } from "@/lib/time";
import { expect, test } from "./fixtures";
import { fromAddress, untrustedAddress, viewTokenIn } from "@/lib/testing/untrusted-client";

// The test process reads the stored count from the database (it has DATABASE_URL); the
// page itself is cached and shows the count it was rendered with until the beacon answers.
async function storedViews(articleId: string): Promise<number> {
  return (await readViewTotals(articleId)).total;
}

async function dailyViews(articleId: string): Promise<number> {
  return (await readViewTotals(articleId)).daily.reduce((sum, row) => sum + row.views, 0);
}

const CHROME_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const GOOGLEBOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

// A reader address of its own (the e2e server trusts the test's X-Forwarded-For), so earlier
// runs and other tests never look like this reader and never share its caps.
const readerAddress = () => `198.51.${randomInt(0, 255)}.${randomInt(1, 255)}`;

test("a reader's visit counts once, a reload does not, and the page shows the fresh total", async ({
  browser,
  factory,
}) => {
  const article = await factory.article({ views: 10 });
  const context = await browser.newContext({
    userAgent: `${CHROME_UA} Uji/${article.id}`,
    extraHTTPHeaders: { "X-Forwarded-For": readerAddress() },
  });
  const page = await context.newPage();

  const firstBeacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.goto(`/berita/${article.slug}`);
  const first = await firstBeacon;
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ counted: true, views: 11 });
  await expect(page.getByText("11 kali dilihat")).toBeVisible();
  expect(await storedViews(article.id)).toBe(11);
  expect(await dailyViews(article.id)).toBe(1);

  const secondBeacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.reload();
  expect(await (await secondBeacon).json()).toEqual({ counted: false, views: 11 });
  expect(await storedViews(article.id)).toBe(11);
  await context.close();
});

test("the count on a cached page is replaced by the beacon's fresh total", async ({ browser, factory }) => {
  const article = await factory.article({ views: 41 });
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": readerAddress() } });
  const page = await context.newPage();
  await page.goto(`/berita/${article.slug}`);
  await expect(page.getByText("42 kali dilihat")).toBeVisible();

  // Readers elsewhere add views; the page in the cache still says 42.
  await addTestDailyViews(article.id, localDay(new Date(), "Asia/Makassar"), 458);
  const beacon = page.waitForResponse((response) => response.url().endsWith("/api/views"));
  await page.reload();
  expect(await (await beacon).json()).toEqual({ counted: false, views: 500 });
  await expect(page.getByText("500 kali dilihat")).toBeVisible();
  await context.close();
});

test("an article nobody has read yet counts its first reader", async ({ browser, factory }) => {
  const article = await factory.article();
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": readerAddress() } });
  const page = await context.newPage();
  await page.goto(`/berita/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText("1 kali dilihat")).toBeVisible();
  await context.close();
});

test.describe("POST /api/views", () => {
  const beacon = (slug: string, token?: string) => ({
    data: JSON.stringify(token ? { slug, token } : { slug }),
  });
  const reader = (extra: Record<string, string> = {}) => ({
    "Content-Type": "application/json",
    "User-Agent": `${CHROME_UA} Uji/${randomInt(1e9)}`,
    "X-Forwarded-For": readerAddress(),
    ...extra,
  });

  async function tokenOf(request: APIRequestContext, slug: string) {
    return viewTokenIn(await (await request.get(`/berita/${slug}`)).text());
  }

  test("counts only a beacon carrying the page's view token", async ({ request, factory }) => {
    const article = await factory.article();
    // A bare POST by someone who never loaded the page: answered, not counted.
    const bare = await request.post("/api/views", { ...beacon(article.slug), headers: reader() });
    expect(bare.status()).toBe(200);
    expect(bare.headers()["cache-control"]).toContain("no-store");
    expect(await bare.json()).toEqual({ counted: false, views: 0 });
    const forged = await request.post("/api/views", {
      ...beacon(article.slug, "AAAAAAAAAAAAAAAAAAAAAA"),
      headers: reader(),
    });
    expect(await forged.json()).toEqual({ counted: false, views: 0 });

    const token = await tokenOf(request, article.slug);
    const counted = await request.post("/api/views", { ...beacon(article.slug, token), headers: reader() });
    expect(await counted.json()).toEqual({ counted: true, views: 1 });
    expect(await storedViews(article.id)).toBe(1);
  });

  test("answers crawlers and prefetches without counting them", async ({ request, factory }) => {
    const article = await factory.article();
    const token = await tokenOf(request, article.slug);
    const nonReaders: Record<string, string>[] = [
      { "User-Agent": GOOGLEBOT_UA },
      { "Sec-Purpose": "prefetch" },
      { Purpose: "prefetch" },
      { "Sec-Purpose": "prefetch;prerender" },
    ];
    for (const header of nonReaders) {
      const response = await request.post("/api/views", { ...beacon(article.slug, token), headers: reader(header) });
      expect(await response.json()).toEqual({ counted: false, views: 0 });
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
      const response = await request.post("/api/views", { ...beacon(article.slug), headers: reader(header) });
      expect(response.status()).toBe(403);
    }
    expect(await storedViews(article.id)).toBe(0);
  });

  test("answers 400 to a bad body and 404 to an unknown or draft slug", async ({ request, factory }) => {
    const draft = await factory.article({ status: "DRAFT" });
    const headers = reader();
    const bad = [
      { data: "bukan json", headers },
      { data: JSON.stringify({ slug: "Bukan Slug!" }), headers },
      { data: JSON.stringify({ slug: "a".repeat(3000) }), headers },
      { data: JSON.stringify({ slug: "ada", token: "pendek" }), headers },
      { data: JSON.stringify({ slug: "ada" }), headers: { ...headers, "Content-Type": "text/plain" } },
    ];
    for (const options of bad) {
      const response = await request.post("/api/views", options);
      expect(response.status()).toBe(400);
      expect(response.headers()["cache-control"]).toContain("no-store");
    }
    expect((await request.post("/api/views", { ...beacon(draft.slug), headers })).status()).toBe(404);
    expect((await request.post("/api/views", { ...beacon("tidak-ada-berita-ini"), headers })).status()).toBe(404);
    expect(await storedViews(draft.id)).toBe(0);
  });
});

test("a client that is no trusted proxy cannot count more by rotating X-Forwarded-For or User-Agent", async ({
  factory,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const article = await factory.article();
  const windowBefore = Math.floor(Date.now() / VIEW_WINDOW_MS);
  const client = fromAddress(untrustedAddress(), baseURL ?? "");
  const token = viewTokenIn((await client(`/berita/${article.slug}`)).body);
  const post = (userAgent: string) =>
    client("/api/views", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": userAgent,
        // Claims of a new address on every request: the server must believe its socket.
        "x-forwarded-for": `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
      },
      body: JSON.stringify({ slug: article.slug, token }),
    });

  // Same browser, a new forwarded address each time: one reader, one view.
  for (let i = 0; i < 5; i++) await post(CHROME_UA);
  expect(await storedViews(article.id)).toBe(1);

  // A new user agent every time as well: the address's cap holds.
  for (let i = 0; i < ADDRESS_CAP + 30; i++) await post(`${CHROME_UA} Putar/${i}`);
  const sameWindow = Math.floor(Date.now() / VIEW_WINDOW_MS) === windowBefore;
  const total = await storedViews(article.id);
  // CASE: a ten-minute window boundary fell inside the loop; both windows have their cap.
  if (sameWindow) expect(total).toBe(ADDRESS_CAP);
  else expect(total).toBeLessThanOrEqual(2 * ADDRESS_CAP);
});
