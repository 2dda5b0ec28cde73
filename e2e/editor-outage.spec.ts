import type { Page } from "@playwright/test";
import { bodyToPlainText } from "@/lib/articles/body";
import { getRevision, getStaffArticle, listRevisions } from "@/lib/articles/staff-queries";
import { DatabaseOutage } from "./database-outage";
import { expect, test as base } from "./fixtures";

// The database fails while staff are editing (see e2e/database-outage.ts for how): nothing
// typed is lost, every screen says what is wrong, and saving works again once it is back.

const test = base.extend<{ outage: DatabaseOutage }>({
  // Depends on `factory` so it is torn down first: the factory's clean-up needs the database open.
  outage: async ({ factory }, use) => {
    void factory;
    const outage = new DatabaseOutage(process.env.DATABASE_URL ?? "");
    await use(outage);
    await outage.end();
  },
});

const FAILED_SAVE = "Gagal menyimpan: server basis data tidak tersedia. Perubahan Anda aman di peramban ini.";
const RESTORE_PROMPT = "Pulihkan perubahan yang belum tersimpan?";

// By role, which skips the hidden copy of a page the router keeps alive for "back".
const titleField = (page: Page) => page.getByRole("textbox", { name: "Judul", exact: true });
const bodyField = (page: Page) => page.getByRole("textbox", { name: "Isi berita" });
const saveButton = (page: Page) => page.getByRole("button", { name: "Simpan", exact: true });

test("an editor keeps the typed text when the database fails mid-edit, and saves it once when it is back", async ({
  page,
  loginAs,
  factory,
  outage,
}) => {
  test.setTimeout(90_000);
  const editor = await loginAs("editor");
  const article = await factory.article({ status: "DRAFT", paragraphs: ["Paragraf yang sudah tersimpan."] });
  const title = `Banjir rob surut di Samarinda ${Date.now()}`;
  const sentence = "Air mulai surut pukul 15.00 WITA.";

  await page.goto(`/dashboard/artikel/${article.id}`);
  await titleField(page).fill(title);
  await bodyField(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(sentence);

  await outage.begin();
  await saveButton(page).click();
  const failure = page.getByRole("alert").filter({ hasText: FAILED_SAVE });
  await expect(failure.getByText(FAILED_SAVE, { exact: true })).toBeVisible();
  await expect(failure).toContainText("Dicoba lagi otomatis dalam 5 detik.");
  await expect(titleField(page)).toHaveValue(title);
  await expect(bodyField(page)).toContainText(sentence);
  await expect(page.getByText("Maaf, terjadi gangguan")).toHaveCount(0);

  // Trying again while the database is still down fails just as plainly, and backs off.
  await failure.getByRole("button", { name: "Coba lagi" }).click();
  await expect(failure).toContainText("Dicoba lagi otomatis dalam 10 detik.");
  await expect(titleField(page)).toHaveValue(title);

  // With the database down the editor cannot load: the dashboard says why instead of crashing.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Server basis data sedang tidak tersedia" })).toBeVisible();
  await expect(page.getByText("Perubahan artikel Anda yang belum tersimpan aman di peramban ini")).toBeVisible();
  await page.goto("/dashboard/artikel");
  await expect(page.getByRole("heading", { name: "Server basis data sedang tidak tersedia" })).toBeVisible();
  await expect(page.getByText("Maaf, terjadi gangguan")).toHaveCount(0);

  await outage.end();
  await page.goto(`/dashboard/artikel/${article.id}`);
  const prompt = page.getByRole("alert").filter({ hasText: RESTORE_PROMPT });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(title);
  await expect(prompt).toContainText(/terakhir diketik \d{1,2} \w+ \d{4}, \d{2}\.\d{2} WITA/);
  await expect(titleField(page)).toHaveValue(article.title);
  await prompt.getByRole("button", { name: "Pulihkan" }).click();
  await expect(prompt).toHaveCount(0);
  await expect(titleField(page)).toHaveValue(title);
  await expect(bodyField(page)).toContainText(sentence);

  await saveButton(page).click();
  await expect(page.getByText(/^Tersimpan \d{2}\.\d{2}$/)).toBeVisible();

  // Stored once: one new version, one revision with the typed text, nothing extra from the retries.
  expect((await getStaffArticle(editor, article.id)).version).toBe(article.version + 1);
  const revisions = await listRevisions(editor, article.id);
  expect(revisions.map(({ version, reason, title: revisionTitle }) => ({ version, reason, revisionTitle }))).toEqual([
    { version: article.version + 1, reason: "save", revisionTitle: title },
  ]);
  const [revision] = revisions;
  if (!revision) throw new Error("no revision");
  const stored = bodyToPlainText((await getRevision(editor, article.id, revision.id)).body);
  expect(stored).toContain("Paragraf yang sudah tersimpan.");
  expect(stored).toContain(sentence);

  // The browser's copy is gone once saved.
  await page.reload();
  await expect(titleField(page)).toHaveValue(title);
  await expect(page.getByText(RESTORE_PROMPT)).toHaveCount(0);
});

test("autosave during an outage says it failed and retries by itself, never 'Menyimpan…' forever", async ({
  page,
  loginAs,
  factory,
  outage,
}) => {
  test.setTimeout(60_000);
  const editor = await loginAs("editor");
  const article = await factory.article({ status: "DRAFT" });
  const title = `Jadwal pemadaman bergilir ${Date.now()}`;

  await page.goto(`/dashboard/artikel/${article.id}`);
  await outage.begin();
  await titleField(page).fill(title);
  // The autosave fires five seconds after the last keystroke.
  await expect(page.getByText(FAILED_SAVE, { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Menyimpan…")).toHaveCount(0);

  await outage.end();
  await expect(page.getByText(/^Tersimpan otomatis \d{2}\.\d{2}$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(FAILED_SAVE)).toHaveCount(0);
  const revisions = await listRevisions(editor, article.id);
  expect(revisions.map(({ reason, title: revisionTitle }) => ({ reason, revisionTitle }))).toEqual([
    { reason: "autosave", revisionTitle: title },
  ]);
});

test("a new article whose first save failed is created once when saved again", async ({
  page,
  loginAs,
  factory,
  outage,
}) => {
  test.setTimeout(60_000);
  const editor = await loginAs("editor");
  const category = await factory.category("Lingkungan Hidup");
  const title = `Penanaman mangrove di Bontang ${Date.now()}`;

  await page.goto("/dashboard/artikel/baru");
  await titleField(page).fill(title);
  await page.getByLabel("Kategori").selectOption({ label: category.name });
  await bodyField(page).click();
  await page.keyboard.type("Seribu bibit ditanam warga.");
  await outage.begin();
  await saveButton(page).click();
  await expect(page.getByText(FAILED_SAVE, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/artikel\/baru$/);

  await outage.end();
  await page.getByRole("button", { name: "Coba lagi" }).click();
  await expect(page).toHaveURL(/\/dashboard\/artikel\/[0-9a-f-]{36}$/);
  await expect(titleField(page)).toHaveValue(title);
  await expect(page.getByText(RESTORE_PROMPT)).toHaveCount(0);
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  const revisions = await listRevisions(editor, id);
  expect(revisions.map(({ reason }) => reason)).toEqual(["create"]);

  // The new-article form starts empty again: its copy went with the created article.
  await page.goto("/dashboard/artikel/baru");
  await expect(titleField(page)).toHaveValue("");
  await expect(page.getByText(RESTORE_PROMPT)).toHaveCount(0);
});
