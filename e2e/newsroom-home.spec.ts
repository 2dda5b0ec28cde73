import { clearHomePins, setHomePinExpiry } from "@/lib/testing/home-pins";
import { expect, test } from "./fixtures";

test.afterEach(async () => {
  await clearHomePins();
});

test("an editor pins a headline; it leads the home page until its expiry, then the page refreshes by itself", async ({
  page,
  factory,
  loginAs,
  browser,
}) => {
  test.slow();
  await clearHomePins();
  const pinned = await factory.article({
    title: "Sematan Uji Berita Utama Beranda",
    publishedAt: new Date(Date.now() - 60_000),
  });
  await loginAs("editor");

  await page.goto("/dashboard/beranda");
  await expect(page.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
  await page.getByRole("combobox", { name: "Berita" }).selectOption({ label: pinned.title });
  await page.getByRole("combobox", { name: "Posisi" }).selectOption({ label: "Berita utama" });
  await page.getByRole("button", { name: "Sematkan" }).click();
  await expect(page.getByRole("status")).toHaveText("Berita disematkan.");
  const slot = page.getByRole("listitem", { name: "Berita utama" });
  await expect(slot.getByRole("link", { name: pinned.title })).toBeVisible();
  await expect(slot).toContainText(/Sampai \d+ \w+ \d{4}/);

  const headline = (reader: typeof page) =>
    reader.getByRole("main").getByRole("region", { name: "Berita utama" }).getByRole("article").first();
  // A reader without the editor's session cookie, as the public sees the page.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto("/");
  await expect(headline(reader).getByRole("link", { name: pinned.title })).toBeVisible();

  // The pin ends in a few seconds: the scheduler's tick (every 15 s) refreshes the cached home page.
  await setHomePinExpiry(0, new Date(Date.now() + 3_000));
  await expect
    .poll(
      async () => {
        await reader.goto("/");
        return headline(reader).getByRole("link", { name: pinned.title }).count();
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe(0);
  await readerContext.close();

  await page.goto("/dashboard/beranda");
  await expect(slot).toContainText("Kosong: berita terbaru yang bergambar");
});
