import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { toLocalDateTimeValue } from "@/lib/time";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

// The e2e portal runs in WITA (playwright.config.ts); form times are typed in that zone.
const ZONE = "Asia/Makassar";
const HOUR = 3600_000;

async function draftEvent(page: Page, title: string, startsAt: Date, hours: number) {
  await page.goto("/dashboard/agenda/baru");
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Mulai (WITA)").fill(toLocalDateTimeValue(startsAt, ZONE));
  await page.getByLabel("Selesai (WITA)").fill(toLocalDateTimeValue(new Date(startsAt.getTime() + hours * HOUR), ZONE));
  await page.getByLabel("Tempat").fill("Balai Kota, Ruang Rapat Utama");
  await page.getByLabel("Penyelenggara").fill("Bagian Protokol; Humas");
  await page.getByLabel("Keterangan").fill("Terbuka untuk wartawan.\nMembawa kartu pers.");
  await page.getByRole("button", { name: "Buat draf" }).click();
  await page.waitForURL(/\/dashboard\/agenda\/[0-9a-f-]{36}$/);
  return page.url();
}

test("a writer drafts an agenda item, an editor publishes it: list, month view, page with Event JSON-LD, .ics", async ({
  page,
  request,
  loginAs,
}) => {
  const title = `Rapat Koordinasi Uji ${Date.now()}`;
  // Tomorrow at 09.00 WITA, so it is upcoming whenever the test runs.
  const tomorrow = new Date(Date.now() + 24 * HOUR);
  const startsAt = new Date(`${toLocalDateTimeValue(tomorrow, ZONE).slice(0, 10)}T01:00:00Z`);

  await loginAs("writer");
  const editUrl = await draftEvent(page, title, startsAt, 2);
  await expect(page.getByRole("button", { name: "Terbitkan" })).toHaveCount(0);
  expect(await (await request.get("/agenda")).text()).not.toContain(title);

  await loginAs("editor");
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Terbitkan" }).click();
  const publicLink = page.getByRole("link", { name: /^\/agenda\// });
  await expect(publicLink).toBeVisible();
  const path = (await publicLink.getAttribute("href")) ?? "";

  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Agenda mendatang" }).getByRole("link", { name: title })).toBeVisible();

  await page.goto("/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText("09.00–11.00 WITA").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Tampilan bulan" }).click();
  await expect(page).toHaveURL(/\/agenda\/bulan\/\d{4}-\d{2}$/);
  const month = toLocalDateTimeValue(startsAt, ZONE).slice(0, 7);
  await page.goto(`/agenda/bulan/${month}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await request.get("/agenda/bulan/2026-13")).status()).toBe(404);

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Event", name: title, location: { name: "Balai Kota, Ruang Rapat Utama" } });
  expect(jsonLd.startDate).toMatch(/T09:00:00\+08:00$/);
  await expectNoAxeViolations(page);

  const feed = await request.get("/agenda.ics");
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const event = calendar
    .getAllSubcomponents("vevent")
    .map((component) => new ICAL.Event(component))
    .find((candidate) => candidate.summary === title);
  expect(event?.location).toBe("Balai Kota, Ruang Rapat Utama");
  expect(event?.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
  expect(event?.description).toContain("Penyelenggara: Bagian Protokol; Humas");
});

test("an event that has ended is listed under Agenda lalu, not as upcoming", async ({ page, request, loginAs }) => {
  const title = `Upacara Selesai Uji ${Date.now()}`;
  await loginAs("editor");
  await draftEvent(page, title, new Date(Date.now() - 6 * HOUR), 2);
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByRole("link", { name: /^\/agenda\// })).toBeVisible();
  expect(await (await request.get("/agenda")).text()).not.toContain(title);
  await page.goto("/agenda/lalu");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("Acara ini sudah berlangsung.")).toBeVisible();
});
