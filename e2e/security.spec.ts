import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { isCallableActionId } from "@/server/action-guard.mjs";
import { countTestSessions } from "@/lib/testing/users";
import { EXTERNAL_IMAGE_MESSAGE } from "@/lib/articles/body";
import { IMAGE_TOO_LARGE_MESSAGE } from "@/lib/media/limits";
import { collectCspViolations, expect, test } from "./fixtures";
import { fromAddress, untrustedAddress } from "@/lib/testing/untrusted-client";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

// The production build the e2e server runs (npm run build before the suite).
function actionManifest(): [string, ManifestEntry][] {
  const file = path.join(process.cwd(), ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node);
}

function actionId(filename: string, exportedName: string): string {
  const found = actionManifest().find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`${filename}#${exportedName} is not in the action manifest`);
  return found[0];
}

/** Every server function the outside world may call: exactly the "use server" actions below. */
const CALLABLE_ACTIONS = [
  "app/(auth)/ganti-sandi/actions.ts#changePasswordAction",
  "app/(auth)/login/actions.ts#signInAction",
  "app/(auth)/logout/actions.ts#signOutAction",
  "app/(dashboard)/dashboard/actions.ts#refreshPublicSiteAction",
  "app/(dashboard)/dashboard/agenda/actions.ts#createAgendaAction",
  "app/(dashboard)/dashboard/agenda/actions.ts#deleteAgendaAction",
  "app/(dashboard)/dashboard/agenda/actions.ts#publishAgendaAction",
  "app/(dashboard)/dashboard/agenda/actions.ts#unpublishAgendaAction",
  "app/(dashboard)/dashboard/agenda/actions.ts#updateAgendaAction",
  "app/(dashboard)/dashboard/akun/actions.ts#endOtherSessionsAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#archiveArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#autosaveArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#cancelScheduleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#createArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#deleteArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#publishArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#restoreArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#restoreRevisionAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#returnToWriterAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#saveArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#scheduleArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#setPublishTimeAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#submitForReviewAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#unpublishArticleAction",
  "app/(dashboard)/dashboard/artikel/actions.ts#updateCoverAltAction",
  "app/(dashboard)/dashboard/beranda/actions.ts#pinHomeArticleAction",
  "app/(dashboard)/dashboard/beranda/actions.ts#unpinHomeArticleAction",
  "app/(dashboard)/dashboard/dokumen/actions.ts#createDocumentAction",
  "app/(dashboard)/dashboard/dokumen/actions.ts#deleteDocumentAction",
  "app/(dashboard)/dashboard/dokumen/actions.ts#setDocumentPublishedAction",
  "app/(dashboard)/dashboard/dokumen/actions.ts#updateDocumentAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#addAlbumPhotoAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#createGalleryItemAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#deleteGalleryItemAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#refreshAlbumAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#removeAlbumPhotoAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#setAlbumCoverAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#setGalleryPublishedAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#updateAlbumPhotoAction",
  "app/(dashboard)/dashboard/galeri/actions.ts#updateGalleryItemAction",
  "app/(dashboard)/dashboard/halaman/actions.ts#createPageAction",
  "app/(dashboard)/dashboard/halaman/actions.ts#deletePageAction",
  "app/(dashboard)/dashboard/halaman/actions.ts#movePageAction",
  "app/(dashboard)/dashboard/halaman/actions.ts#setPagePublishedAction",
  "app/(dashboard)/dashboard/halaman/actions.ts#updatePageAction",
  "app/(dashboard)/dashboard/kategori/actions.ts#createCategoryAction",
  "app/(dashboard)/dashboard/kategori/actions.ts#deleteCategoryAction",
  "app/(dashboard)/dashboard/kategori/actions.ts#moveCategoryAction",
  "app/(dashboard)/dashboard/kategori/actions.ts#updateCategoryAction",
  "app/(dashboard)/dashboard/media/actions.ts#uploadImageAction",
  "app/(dashboard)/dashboard/pengguna/actions.ts#createUserAction",
  "app/(dashboard)/dashboard/pengguna/actions.ts#deactivateUserAction",
  "app/(dashboard)/dashboard/pengguna/actions.ts#endUserSessionsAction",
  "app/(dashboard)/dashboard/pengguna/actions.ts#reactivateUserAction",
  "app/(dashboard)/dashboard/pengguna/actions.ts#resetUserPasswordAction",
  "app/(dashboard)/dashboard/pengguna/actions.ts#updateUserAction",
  "app/(dashboard)/dashboard/pengumuman/actions.ts#createAnnouncementAction",
  "app/(dashboard)/dashboard/pengumuman/actions.ts#deleteAnnouncementAction",
  "app/(dashboard)/dashboard/pengumuman/actions.ts#publishAnnouncementAction",
  "app/(dashboard)/dashboard/pengumuman/actions.ts#unpublishAnnouncementAction",
  "app/(dashboard)/dashboard/pengumuman/actions.ts#updateAnnouncementAction",
  "app/(dashboard)/dashboard/peringatan/actions.ts#clearBannerAction",
  "app/(dashboard)/dashboard/peringatan/actions.ts#raiseBannerAction",
];

test.describe("server functions", () => {
  test("the build's action manifest holds exactly the intended actions, and the rest are cached reads", () => {
    const entries = actionManifest();
    const callable = entries
      .filter(([id]) => isCallableActionId(id))
      .map(([, entry]) => `${entry.filename}#${entry.exportedName}`)
      .sort();
    expect(callable).toEqual([...CALLABLE_ACTIONS].sort());
    const refused = entries.filter(([id]) => !isCallableActionId(id));
    expect(refused.length).toBeGreaterThan(0);
    for (const [, entry] of refused) expect(entry.exportedName).toMatch(/^\$\$RSC_SERVER_CACHE_\d+$/);
  });

  test("a cached read named in Next-Action is refused instead of run", async ({ request, factory }) => {
    // The published list, which a POST to the home page used to return in full.
    const article = await factory.article();
    for (const [id, entry] of actionManifest().filter(([candidate]) => !isCallableActionId(candidate))) {
      const response = await request.post("/", {
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
        data: "[100000]",
      });
      expect(response.status(), `${entry.filename}#${entry.exportedName}`).toBe(404);
      expect(await response.text()).not.toContain(article.slug);
    }
  });

  test("a cached read named in a no-JavaScript form post is refused too", async ({ request }) => {
    const cached = actionManifest().filter(([id]) => !isCallableActionId(id));
    for (const [id] of cached) {
      const direct = await request.post("/", { multipart: { [`$ACTION_ID_${id}`]: "" } });
      expect(direct.status()).toBe(404);
      const bound = await request.post("/login", {
        multipart: {
          $ACTION_REF_1: "",
          "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }),
          "$ACTION_1:1": "[100000]",
        },
      });
      expect(bound.status()).toBe(404);
    }
  });

  test("real actions stay callable", async ({ request }) => {
    const response = await request.post("/logout", {
      headers: { "Next-Action": actionId("app/(auth)/logout/actions.ts", "signOutAction") },
      data: "[]",
    });
    expect(response.status()).not.toBe(404);
  });
});

test.describe("Content-Security-Policy", () => {
  const directive = (policy: string, name: string) =>
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `));

  test("public pages carry the shared policy, without a nonce", async ({ request, factory }) => {
    const article = await factory.article();
    for (const page of ["/", `/berita/${article.slug}`, "/terpopuler"]) {
      const response = await request.get(page);
      const policy = response.headers()["content-security-policy"] ?? "";
      expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
      expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob:");
      for (const name of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'", "form-action 'self'"]) {
        expect(policy).toContain(name);
      }
      expect(policy).not.toContain("nonce-");
      expect(await response.text()).not.toContain(" nonce=");
      // The e2e site is plain http: no HSTS (lib: sent only when SITE_URL is https).
      expect(response.headers()["strict-transport-security"]).toBeUndefined();
    }
  });

  test("dashboard and sign-in pages get a fresh nonce that every inline script carries", async ({ page, loginAs }) => {
    for (const address of ["/login"]) {
      const first = (await page.request.get(address)).headers()["content-security-policy"] ?? "";
      const second = (await page.request.get(address)).headers()["content-security-policy"] ?? "";
      expect(first).toMatch(/script-src 'self' 'nonce-[^']+' 'sha256-[^']+'/);
      expect(first).not.toBe(second);
    }
    await loginAs("editor");
    const response = await page.goto("/dashboard/artikel");
    const policy = response?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).not.toContain("'unsafe-inline' ");
    const html = (await response?.text()) ?? "";
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(inline.length).toBeGreaterThan(0);
    for (const [, attributes = "", content = ""] of inline) {
      if (content.includes("$RT=performance.now()")) continue;
      expect(attributes).toContain(`nonce="${nonce}"`);
    }
  });

  test("an injected inline script does not run on the dashboard, and the violation is reported", async ({
    browser,
    baseURL,
    loginAs,
    page,
  }) => {
    const user = await loginAs("writer");
    const cookies = await page.context().cookies();
    const context = await browser.newContext();
    try {
      await context.addCookies(cookies.map(({ name, value }) => ({ name, value, url: baseURL ?? "" })));
      const other = await context.newPage();
      const violations = collectCspViolations(other);
      await other.goto("/dashboard");
      await expect(other.getByRole("banner")).toContainText(user.displayName);
      const report = other.waitForRequest((request) => request.url().endsWith("/api/csp-report"));
      const ran = await other.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__disuntik = true;";
        document.body.append(script);
        return (window as { __disuntik?: boolean }).__disuntik === true;
      });
      expect(ran).toBe(false);
      expect((await report).method()).toBe("POST");
      expect(violations.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test("the report endpoint takes reports, answers nothing and is never cached", async ({ request }) => {
    const report = {
      "csp-report": {
        "document-uri": "http://127.0.0.1/berita/contoh",
        "violated-directive": "img-src",
        "blocked-uri": "https://pelacak.example/piksel.gif",
      },
    };
    const response = await request.post("/api/csp-report", {
      headers: { "Content-Type": "application/csp-report" },
      data: JSON.stringify(report),
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect((await request.get("/api/csp-report")).status()).toBe(405);
  });
});

test("sign-in limits use the socket address: rotating X-Forwarded-For from an untrusted client gains nothing", async ({
  baseURL,
  factory,
}) => {
  const password = "kata-sandi-e2e-123";
  const user = await factory.user({ password });
  const client = fromAddress(untrustedAddress(), baseURL ?? "");
  const csrf = await client("/api/auth/csrf");
  const cookie =
    (csrf.headers["set-cookie"] as string[] | undefined)?.map((line) => line.split(";")[0]).join("; ") ?? "";
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const attempt = (login: string, secret: string) =>
    client("/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-forwarded-for": `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
      },
      body: new URLSearchParams({ csrfToken, login, password: secret, callbackUrl: `${baseURL}/dashboard` }).toString(),
    });
  for (let i = 0; i < 20; i++) {
    const failed = await attempt(`penebak-${i}-${user.username}`, "tebakan-salah-123");
    expect(String(failed.headers.location)).toContain("error=CredentialsSignin");
  }
  // Twenty failures from this socket, whatever it claimed: even the right password waits.
  const refused = await attempt(user.username, password);
  expect(String(refused.headers.location)).toContain("code=rate_limited");
  expect(await countTestSessions(user.id)).toBe(0);
});

test.describe("article bodies", () => {
  const paragraph = (text: string, href?: string) => ({
    type: "paragraph",
    content: [{ type: "text", text, ...(href ? { marks: [{ type: "link", attrs: { href } }] } : {}) }],
  });

  test("links that only look local are shown as the external links they are", async ({ page, factory }) => {
    const article = await factory.article({
      rawBody: {
        type: "doc",
        content: [
          paragraph("Lewat garis miring terbalik", "/\\evil.example/x"),
          paragraph("Lewat tab", "/\t/evil.example/y"),
          paragraph("Situs kementerian", "https://kominfo.go.id/berita"),
          paragraph("Kategori sendiri", "/kategori/ekonomi"),
        ],
      },
    });
    await page.goto(`/berita/${article.slug}`);
    const body = page.getByRole("article");
    for (const [name, href] of [
      ["Lewat garis miring terbalik", "https://evil.example/x"],
      ["Lewat tab", "https://evil.example/y"],
      ["Situs kementerian", "https://kominfo.go.id/berita"],
    ] as const) {
      const link = body.getByRole("link", { name });
      await expect(link).toHaveAttribute("href", href);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    }
    const local = body.getByRole("link", { name: "Kategori sendiri" });
    await expect(local).toHaveAttribute("href", "/kategori/ekonomi");
    await expect(local).not.toHaveAttribute("rel", /.+/);
  });

  test("a stored body that fails the allowlist shows what is valid, at once", async ({ page, factory }) => {
    const article = await factory.article({
      rawBody: {
        type: "doc",
        content: [
          paragraph("Paragraf yang sah di awal."),
          { type: "script", content: "alert(1)" },
          { type: "image", attrs: { src: "https://pelacak.example/piksel.gif", alt: "Piksel" } },
          paragraph("Paragraf yang sah di akhir."),
        ],
      },
    });
    const started = Date.now();
    const response = await page.goto(`/berita/${article.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Paragraf yang sah di awal.")).toBeVisible();
    await expect(page.getByText(/Paragraf yang sah di akhir\./)).toBeVisible();
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.locator('img[src*="pelacak.example"]')).toHaveCount(0);
  });

  test("the editor refuses a pasted image from another site and offers the upload", async ({ page, loginAs }) => {
    await loginAs("writer");
    await page.goto("/dashboard/artikel/baru");
    const editor = page.getByRole("textbox", { name: "Isi berita" });
    await editor.click();
    await editor.evaluate((element) => {
      const data = new DataTransfer();
      data.setData("text/html", '<p>Teks dari situs lain</p><img src="https://pelacak.example/piksel.gif" alt="x">');
      data.setData("text/plain", "Teks dari situs lain");
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(editor).toContainText("Teks dari situs lain");
    await expect(editor.locator("img")).toHaveCount(0);
    await expect(page.getByText(EXTERNAL_IMAGE_MESSAGE)).toBeVisible();
    await expect(page.getByRole("button", { name: "Unggah gambar" })).toBeVisible();
  });

  test("an upload just over 10 MB gets the clear message, not a server error", async ({ page, loginAs }) => {
    await loginAs("writer");
    await page.goto("/dashboard/artikel/baru");
    const id = actionId("app/(dashboard)/dashboard/media/actions.ts", "uploadImageAction");
    // What the browser sends for uploadImageAction(formData), bypassing the form's own size check.
    const answer = await page.evaluate(async (actionIdentifier) => {
      const bytes = new Uint8Array(10.5 * 1024 * 1024);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      const body = new FormData();
      body.set("_1_file", new Blob([bytes], { type: "image/jpeg" }), "besar.jpg");
      body.set("_1_alt", "Foto besar");
      body.set("0", '["$K1"]');
      const response = await fetch("/dashboard/artikel/baru", {
        method: "POST",
        headers: { "Next-Action": actionIdentifier, Accept: "text/x-component" },
        body,
      });
      return { status: response.status, text: await response.text() };
    }, id);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(IMAGE_TOO_LARGE_MESSAGE);
  });
});
