import { expect, openSecondSession, test } from "./fixtures";

test("a returned article is flagged “Dikembalikan” in the list and on its writer's dashboard, with the editor and time", async ({
  page,
  browser,
  factory,
  loginAs,
  baseURL,
}) => {
  const writer = await factory.user({ role: "WRITER", displayName: "Penulis Dikembalikan" });
  const article = await factory.article({
    status: "IN_REVIEW",
    title: `Pasar Murah Kelurahan ${Date.now()}`,
    writerId: writer.id,
  });
  await loginAs("editor", { displayName: "Redaktur Tyas" });
  await page.goto(`/dashboard/artikel/${article.id}`);
  await page.getByLabel("Catatan untuk penulis (wajib)").fill("Lengkapi jadwal pasar murah per kelurahan.");
  await page.getByRole("button", { name: "Kembalikan ke penulis" }).click();
  await expect(page.getByText("Draf", { exact: true })).toBeVisible();

  await page.goto("/dashboard/artikel?status=draf");
  const row = page.getByRole("row").filter({ hasText: article.title });
  await expect(row).toContainText("Dikembalikan");
  await expect(row).toContainText(/oleh Redaktur Tyas, \d+ \w+ \d{4}, \d{2}\.\d{2} WITA/);

  const writerPage = await openSecondSession(browser, writer, baseURL ?? "");
  await writerPage.goto("/dashboard");
  const returned = writerPage.getByRole("region", { name: /^Dikembalikan kepada Anda/ });
  await expect(returned.getByRole("link", { name: article.title })).toBeVisible();
  await expect(returned).toContainText("oleh Redaktur Tyas");
  await expect(returned).toContainText("Lengkapi jadwal pasar murah per kelurahan.");
  await writerPage.context().close();
});
