import type { APIRequestContext } from "@playwright/test";
import { clearBannersForTest, expireActiveBanners } from "@/lib/testing/portal";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

// The emergency banner must reach every cached public page within 5 s of being raised,
// through the edge cache (deploy/varnish) as well as from the application.
const edgeURL = `http://127.0.0.1:${process.env.E2E_EDGE_PORT}`;
const DEADLINE_MS = 5_000;

async function waitFor(
  request: APIRequestContext,
  url: string,
  isDone: (body: string) => boolean,
  limitMs = 10_000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const body = await (await request.get(url)).text();
    if (isDone(body)) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${url} did not change within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test.beforeEach(() => clearBannersForTest());
test.afterAll(() => clearBannersForTest());

test("an editor's banner reaches a cached article page within 5 s, on top at 390 px, and leaves when cleared", async ({
  page,
  browser,
  request,
  factory,
  loginAs,
  baseURL,
}) => {
  const article = await factory.article({ title: "Uji Peringatan Artikel Tersimpan" });
  const path = `/berita/${article.slug}`;
  // Warm both caches: the page is served from the page cache and from the edge.
  await request.get(`${baseURL}${path}`);
  await request.get(`${edgeURL}${path}`);
  expect((await request.get(`${edgeURL}${path}`)).headers()["x-cache"]).toBe("HIT");

  const message = `Banjir setinggi 1 meter, warga diminta mengungsi ${Date.now()}`;
  await loginAs("editor");
  await page.goto("/dashboard/peringatan");
  await page.getByLabel("Tingkat").selectOption("AWAS");
  await page.getByLabel("Pesan").fill(message);
  await page.getByLabel("Tautan (opsional)").fill(path);
  await page.getByRole("button", { name: "Pasang peringatan" }).click();
  await expect(page.getByRole("status")).toContainText("Peringatan dipasang");

  const direct = await waitFor(request, `${baseURL}${path}`, (body) => body.includes(message));
  const throughEdge = await waitFor(request, `${edgeURL}${path}`, (body) => body.includes(message));
  test.info().annotations.push({ type: "banner visible", description: `direct ${direct} ms, edge ${throughEdge} ms` });
  expect(direct).toBeLessThan(DEADLINE_MS);
  expect(throughEdge).toBeLessThan(DEADLINE_MS);

  const readerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const reader = await readerContext.newPage();
  await reader.goto(path);
  // Next's route announcer is an alert too (empty until a client navigation).
  const alert = reader.getByRole("alert").filter({ hasText: message });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Awas");
  const box = await alert.boundingBox();
  expect(box?.y).toBe(0);
  await expect(alert.getByRole("link", { name: /Selengkapnya/ })).toHaveAttribute("href", path);
  await expectNoAxeViolations(reader);
  await readerContext.close();

  await page.goto("/dashboard/peringatan");
  await page.getByRole("button", { name: "Turunkan peringatan" }).click();
  await expect(page.getByText("Tidak ada peringatan yang sedang tampil.")).toBeVisible();
  const gone = await waitFor(request, `${edgeURL}${path}`, (body) => !body.includes(message));
  expect(gone).toBeLessThan(DEADLINE_MS);
});

test("a banner whose time ran out leaves cached pages without anyone clearing it", async ({
  page,
  request,
  loginAs,
  baseURL,
}) => {
  const message = `Angin kencang di pesisir ${Date.now()}`;
  await loginAs("admin");
  await page.goto("/dashboard/peringatan");
  await page.getByLabel("Pesan").fill(message);
  await page.getByRole("button", { name: "Pasang peringatan" }).click();
  await expect(page.getByRole("status")).toContainText("Peringatan dipasang");
  await waitFor(request, `${edgeURL}/`, (body) => body.includes(message));

  await expireActiveBanners();
  // The expiry timer ticks every 15 s; then the purge reaches the edge.
  const gone = await waitFor(request, `${edgeURL}/`, (body) => !body.includes(message), 25_000);
  test.info().annotations.push({ type: "expired banner gone", description: `${gone} ms` });
  expect((await request.get(`${baseURL}/`)).status()).toBe(200);
});

test("a writer cannot raise a banner", async ({ page, loginAs }) => {
  await loginAs("writer");
  await page.goto("/dashboard/peringatan");
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pasang peringatan" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Peringatan darurat" })).toHaveCount(0);
});
