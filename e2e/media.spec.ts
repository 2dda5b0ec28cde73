import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

// Relies on the demo seed (SEED_DEMO_CONTENT=true): most published demo articles have an illustrated cover.

test("the home headline and an article show their cover from stored renditions", async ({ page, request }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  const headline = main.getByRole("region", { name: "Berita utama" });
  const headlineImage = headline.getByRole("article").first().getByRole("img");
  // The newest demo article may be one of the few without a cover; then the home page simply shows none.
  if ((await headlineImage.count()) > 0) {
    await expect(headlineImage).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}\/\d+\.webp$/);
    await expect(headlineImage).toHaveAttribute("fetchpriority", "high");
  }

  // Find an article with a cover by walking the home page's links.
  const hrefs = await main
    .getByRole("link")
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? "").filter((href) => href.startsWith("/berita/")),
    );
  let found = false;
  for (const href of [...new Set(hrefs)]) {
    await page.goto(href);
    if ((await page.getByRole("main").getByRole("figure").count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, "a seeded article with a cover").toBe(true);

  const figure = page.getByRole("main").getByRole("figure");
  const image = figure.getByRole("img");
  await expect(image).toHaveAttribute("alt", /\S{3,}/);
  await expect(figure.getByText(/^Ilustrasi: /)).toBeVisible();
  const src = await image.getAttribute("src");
  expect(src).toMatch(/^\/media\/[0-9a-f-]{36}\/\d+\.webp$/);
  // Each candidate is a stored rendition described by its real width.
  const candidates = ((await image.getAttribute("srcset")) ?? "").split(", ");
  expect(candidates.length).toBeGreaterThan(1);
  for (const candidate of candidates) expect(candidate).toMatch(/^\/media\/[0-9a-f-]{36}\/(\d+)\.webp \1w$/);
  // Sized attributes reserve the space before the image arrives.
  expect(Number(await image.getAttribute("width"))).toBeGreaterThan(0);
  expect(Number(await image.getAttribute("height"))).toBeGreaterThan(0);
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);

  const response = await request.get(src ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");

  const og = await request.get((src ?? "").replace(/\d+\.webp$/, "og.jpg"));
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/jpeg");

  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("unknown media answers 404", async ({ request }) => {
  for (const path of [
    `/media/${randomUUID()}/960.webp`,
    `/media/${randomUUID()}/og.jpg`,
    "/media/not-a-uuid/x",
    "/media/not-a-uuid/960.webp",
    `/media/${randomUUID()}/..%2F..%2Fetc%2Fpasswd`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("a width that was never rendered answers 404", async ({ page, request }) => {
  await page.goto("/");
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? "").filter((href) => href.startsWith("/berita/")),
    );
  for (const href of [...new Set(hrefs)]) {
    await page.goto(href);
    const image = page.getByRole("main").getByRole("figure").getByRole("img");
    if ((await image.count()) === 0) continue;
    const src = (await image.getAttribute("src")) ?? "";
    expect((await request.get(src.replace(/\d+\.webp$/, "961.webp"))).status()).toBe(404);
    return;
  }
  throw new Error("no seeded article with a cover");
});
