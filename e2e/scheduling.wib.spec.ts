import { formatDateTime } from "@/lib/format";
import { getTestArticleTimes } from "@/lib/testing/article-times";
import { expect, test } from "./fixtures";

// Runs on a portal configured with SITE_TIME_ZONE=Asia/Jakarta (playwright.wib.config.ts).
// The expected instants are worked out here with the plain UTC+7 offset, not with lib/time,
// so a wrong offset there cannot agree with itself.
const WIB_OFFSET_MS = 7 * 3_600_000;

/** "2026-11-28T09:30" typed in WIB → the instant. */
const fromWib = (value: string) => new Date(`${value}:00+07:00`);
/** The instant → what a WIB editor types into a datetime-local field. */
const toWib = (instant: Date) => new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16);

test("on a WIB portal an editor schedules in WIB and the article goes live at that instant", async ({
  page,
  request,
  loginAs,
  factory,
}) => {
  // The field has whole minutes and the schedule must be at least a minute ahead, so the
  // article goes live one to two minutes after the test starts.
  test.setTimeout(210_000);
  await loginAs("editor");
  const category = await factory.category("Kategori WIB");
  const article = await factory.article({
    status: "IN_REVIEW",
    title: `Rapat paripurna terjadwal WIB ${Date.now()}`,
    categoryId: category.id,
  });

  await page.goto(`/dashboard/artikel/${article.id}`);
  const field = page.getByLabel("Waktu terbit (WIB)");
  // The suggested time is an hour from now on the WIB clock (WITA's would be two hours ahead).
  const suggested = fromWib(await field.inputValue()).getTime() - Date.now();
  expect(suggested).toBeGreaterThan(58 * 60_000);
  expect(suggested).toBeLessThan(61 * 60_000);

  const due = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
  await field.fill(toWib(due));
  await page.getByRole("button", { name: "Jadwalkan" }).click();
  const shownDue = formatDateTime(due, "Asia/Jakarta");
  expect(shownDue).toMatch(/^\d{1,2} \S+ \d{4}, \d{2}\.\d{2} WIB$/);
  await expect(page.getByText(`Dijadwalkan terbit ${shownDue}.`)).toBeVisible();
  expect((await getTestArticleTimes(article.id))?.scheduledAt?.toISOString()).toBe(due.toISOString());

  await page.goto("/dashboard/artikel?status=terjadwal");
  await expect(page.getByRole("row").filter({ hasText: article.title })).toContainText(`Jadwal: ${shownDue}`);

  // Not public before the instant; public soon after it (timer every 15 s, and public reads
  // publish due articles too).
  const url = `/berita/${article.slug}`;
  let firstLiveAt: number | null = null;
  await expect
    .poll(
      async () => {
        const status = (await request.get(url)).status();
        if (status === 200) firstLiveAt ??= Date.now();
        return status;
      },
      { timeout: due.getTime() - Date.now() + 45_000, intervals: [1_000] },
    )
    .toBe(200);
  expect(firstLiveAt).not.toBeNull();
  expect(firstLiveAt ?? 0).toBeGreaterThanOrEqual(due.getTime());
  const times = await getTestArticleTimes(article.id);
  expect(times?.status).toBe("PUBLISHED");
  const publishedAt = times?.publishedAt ?? new Date(0);
  expect(publishedAt.getTime()).toBeGreaterThanOrEqual(due.getTime());
  expect(publishedAt.getTime() - due.getTime()).toBeLessThan(30_000);

  // Readers see the WIB time, and machines get the +07:00 offset.
  await page.goto(url);
  await expect(page.getByRole("main").getByText(formatDateTime(publishedAt, "Asia/Jakarta"))).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "[]");
  expect(jsonLd[0].datePublished).toMatch(new RegExp(`^${toWib(publishedAt)}:\\d{2}\\+07:00$`));
  expect(Date.parse(jsonLd[0].datePublished)).toBe(Math.floor(publishedAt.getTime() / 1000) * 1000);
  const feed = await (await request.get(`/kategori/${category.slug}/rss.xml`)).text();
  expect(feed).toContain(article.title);
  expect(feed).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700<\/pubDate>/);
});
