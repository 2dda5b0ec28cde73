import type { APIRequestContext, Response } from "@playwright/test";
import { expect, test } from "./fixtures";

// The shipped edge cache (deploy/varnish, started by playwright.config.ts in front of the
// portal) and the application's purges. Times are measured from the moment the editor's
// action has answered.
const edgeURL = `http://127.0.0.1:${process.env.E2E_EDGE_PORT}`;
const PURGE_DEADLINE_MS = 2_000;

/** The editor's server action answering (a POST to the editor page). */
const isSave = (response: Response) =>
  response.request().method() === "POST" && response.url().includes("/dashboard/artikel/");

async function waitThroughEdge(
  request: APIRequestContext,
  path: string,
  isDone: (response: { status: number; body: string }) => boolean,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const response = await request.get(`${edgeURL}${path}`, { maxRedirects: 0 });
    const seen = { status: response.status(), body: await response.text() };
    if (isDone(seen)) return Date.now() - started;
    if (Date.now() - started > 10_000) throw new Error(`${path} did not change at the edge within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("a published article is a cache hit on its second request, and keeps its keys to itself", async ({
  request,
  factory,
}) => {
  const article = await factory.article();
  const first = await request.get(`${edgeURL}/berita/${article.slug}`);
  expect(first.status()).toBe(200);
  const second = await request.get(`${edgeURL}/berita/${article.slug}`);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-cache"]).toBe("HIT");
  expect(second.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(second.headers()["xkey"]).toBeUndefined();
});

test("an edit shows through the edge within 2 s, and unpublishing answers 404 within 2 s", async ({
  page,
  request,
  factory,
  loginAs,
}) => {
  const article = await factory.article({ title: "Uji Tepi Judul Awal" });
  const path = `/berita/${article.slug}`;
  await request.get(`${edgeURL}${path}`);
  expect((await request.get(`${edgeURL}${path}`)).headers()["x-cache"]).toBe("HIT");

  await loginAs("editor");
  await page.goto(`/dashboard/artikel/${article.id}`);
  // The body editor renders in the browser only: once it is there, the form is live.
  await expect(page.getByRole("textbox", { name: "Isi berita" })).toBeVisible();
  await page.getByLabel("Judul", { exact: true }).fill("Uji Tepi Judul Baru");
  await Promise.all([page.waitForResponse(isSave), page.getByRole("button", { name: "Simpan" }).click()]);
  const editVisibleAfter = await waitThroughEdge(request, path, ({ body }) => body.includes("Uji Tepi Judul Baru"));
  test.info().annotations.push({ type: "edit visible through the edge", description: `${editVisibleAfter} ms` });
  expect(editVisibleAfter).toBeLessThan(PURGE_DEADLINE_MS);

  page.once("dialog", (dialog) => void dialog.accept());
  await Promise.all([page.waitForResponse(isSave), page.getByRole("button", { name: "Tarik dari publikasi" }).click()]);
  const goneAfter = await waitThroughEdge(request, path, ({ status }) => status === 404);
  test.info().annotations.push({ type: "unpublished gone through the edge", description: `${goneAfter} ms` });
  expect(goneAfter).toBeLessThan(PURGE_DEADLINE_MS);
});

test("a signed-in editor's dashboard is never served from the edge cache", async ({ page, loginAs }) => {
  await loginAs("editor");
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await page.goto(`${edgeURL}/dashboard`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-cache"]).not.toBe("HIT");
    expect(response?.headers()["cache-control"]).toContain("private");
  }
  await expect(page.getByRole("heading", { level: 1, name: /Selamat datang/ })).toBeVisible();
});

test("a response that sets a cookie is never stored", async ({ playwright }) => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // A fresh client each time, so every request is one the server answers with a cookie.
    const client = await playwright.request.newContext();
    const response = await client.get(`${edgeURL}/api/auth/csrf`);
    expect(response.headers()["set-cookie"]).toContain("authjs.csrf-token=");
    expect(response.headers()["x-cache"]).not.toBe("HIT");
    await client.dispose();
  }
});

test("purges need the secret and a loopback address", async ({ request }) => {
  const refused = await request.fetch(`${edgeURL}/`, { method: "PURGE", headers: { "xkey-purge": "site" } });
  expect(refused.status()).toBe(403);
});
