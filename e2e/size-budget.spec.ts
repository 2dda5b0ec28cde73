import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { collectCspViolations, expect, test } from "./fixtures";

/**
 * The JavaScript budget of the public pages (README, "What ships to the browser"): the
 * gzipped size of every script a page loads, summed. Readers open these pages on cheap
 * phones over mobile data; a change that brings a framework, a library or a big client
 * component back onto them fails here.
 */
const KB = 1024;
const BUDGETS = {
  article: 80 * KB,
  home: 100 * KB,
  category: 100 * KB,
  search: 100 * KB,
} as const;

type ScriptLoad = { url: string; gzipBytes: number };

/**
 * Every script a first visit to the page loads until the network is quiet (a browser of
 * its own, so nothing comes from an earlier page's cache), with its size gzipped.
 */
async function scriptsOf(browser: Browser, path: string): Promise<ScriptLoad[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = collectCspViolations(page);
  const loads: Promise<ScriptLoad>[] = [];
  page.on("response", (response) => {
    // A redirect has no body; the response it leads to is counted.
    if (response.request().resourceType() !== "script" || (response.status() >= 300 && response.status() < 400)) return;
    // Gzipped here (zlib's default level, as the server compresses), so the sum does not
    // depend on whether a response came compressed, from a cache or as a 304.
    loads.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSync(body).length })));
  });
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  const scripts = await Promise.all(loads);
  await context.close();
  expect(violations, `Content-Security-Policy violations on ${path}`).toEqual([]);
  return scripts;
}

test("every public page stays within its JavaScript budget", async ({ browser, factory }) => {
  const category = await factory.category("Anggaran Skrip");
  const article = await factory.article({
    title: "Pemkot Resmikan Dermaga Anggaranskrip",
    paragraphs: ["Dermaga itu melayani perahu warga.", "Peresmian dihadiri camat."],
    categoryId: category.id,
  });
  const routes: Record<keyof typeof BUDGETS, string> = {
    article: `/berita/${article.slug}`,
    home: "/",
    category: `/kategori/${category.slug}`,
    search: "/cari?q=anggaranskrip",
  };

  const report: string[] = [];
  for (const [name, path] of Object.entries(routes) as [keyof typeof BUDGETS, string][]) {
    const scripts = await scriptsOf(browser, path);
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    report.push(`${name} ${path}: ${(total / KB).toFixed(1)} KB in ${scripts.length} script(s)`);
    // The measurement sees scripts at all: every public page loads the site's own.
    expect(
      scripts.map((script) => new URL(script.url).pathname),
      path,
    ).toContain("/site.js");
    expect
      .soft(
        total,
        `${name} (${path}) loads ${(total / KB).toFixed(1)} KB of gzipped JavaScript:\n${scripts.map((script) => `  ${script.url} ${(script.gzipBytes / KB).toFixed(1)} KB`).join("\n")}`,
      )
      .toBeLessThanOrEqual(BUDGETS[name]);
  }
  test.info().annotations.push({ type: "script sizes", description: report.join("; ") });
});
