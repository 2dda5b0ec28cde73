import { expect, test } from "./fixtures";

// Relies on the demo seed (SEED_DEMO_CONTENT=true): published articles with covers, and more
// categories than fit one row on a phone.

test("/favicon.ico answers with an icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("RSS enclosures give the share image's real byte length", async ({ request }) => {
  const xml = await (await request.get("/rss.xml")).text();
  const enclosures = [...xml.matchAll(/<enclosure url="([^"]+)" length="(\d+)"/g)];
  expect(enclosures.length).toBeGreaterThan(0);
  for (const [, url = "", length] of enclosures.slice(0, 3)) {
    const image = await request.get(new URL(url).pathname);
    expect(Number(length), url).toBe((await image.body()).byteLength);
  }
});

test("every category is reachable from the category bar: wrapped on a desktop, scrolling on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Kategori" }).getByRole("link");
  expect(await links.count()).toBeGreaterThan(5);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1280);
  }

  await page.setViewportSize({ width: 390, height: 800 });
  const list = page.getByRole("navigation", { name: "Kategori" }).getByRole("list");
  const overflow = await list.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeGreaterThan(0);
  await links.last().scrollIntoViewIfNeeded();
  await expect(links.last()).toBeInViewport();
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
});

test("the category bar marks the reader's section: the category's list, and an article's category", async ({
  page,
}) => {
  await page.goto("/");
  const bar = page.getByRole("navigation", { name: "Kategori" });
  await expect(bar.getByRole("link", { name: "Beranda" })).toHaveAttribute("aria-current", "page");
  const category = bar.getByRole("link").nth(2);
  const name = (await category.textContent()) ?? "";
  await category.click();
  await expect(page).toHaveURL(/\/kategori\//);
  await expect(bar.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
  await expect(bar.locator("[aria-current]")).toHaveCount(1);

  await page.locator(`main a[href^="/berita/"]`).first().click();
  await expect(page).toHaveURL(/\/berita\//);
  await expect(bar.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "true");
  await expect(bar.locator("[aria-current]")).toHaveCount(1);
});
