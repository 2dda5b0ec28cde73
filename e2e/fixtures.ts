import { test as base, expect as baseExpect, type Browser, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { Role } from "@/lib/auth/permissions";
import { createTestArticle, createTestCategory, createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { createTestSession } from "@/lib/testing/users";

// Auth.js names its cookie after the scheme: the e2e server runs on plain http.
const SESSION_COOKIE = "authjs.session-token";

type TestUser = Awaited<ReturnType<typeof createTestUser>>;

type Fixtures = {
  /** Creates rows for one test and deletes them when it ends. */
  factory: {
    article: typeof createTestArticle;
    user: typeof createTestUser;
    category: typeof createTestCategory;
  };
  /**
   * Signs the page in as a new staff member of the role, by minting a session cookie
   * directly (only login.spec.ts uses the form). Returns the user it created.
   */
  loginAs: (role: "writer" | "editor" | "admin", options?: Parameters<typeof createTestUser>[0]) => Promise<TestUser>;
};

/** Opens a session row for the user and gives the page its cookie; returns the session id. */
export async function signInPage(page: Page, user: Pick<TestUser, "id" | "sessionVersion">, baseURL: string) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET must be set for e2e sessions (playwright.config.ts sets it).");
  const sessionId = await createTestSession(user.id);
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: { sub: user.id, sessionVersion: user.sessionVersion, sid: sessionId },
    maxAge: 60 * 60,
  });
  await page
    .context()
    .addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return sessionId;
}

/**
 * A second signed-in browser for another staff member (the fixture's `page` is the first).
 * The caller closes it with `page.context().close()`.
 */
export async function openSecondSession(
  browser: Browser,
  user: Pick<TestUser, "id" | "sessionVersion">,
  baseURL: string,
): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Makassar" });
  const other = await context.newPage();
  await signInPage(other, user, baseURL);
  return other;
}

/**
 * Content-Security-Policy violations the browser logged on a page (Chromium writes one
 * console message per refused script, style, image or connection).
 */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) violations.push(text);
  });
  return violations;
}

export const test = base.extend<Fixtures>({
  // Every journey doubles as a check of the CSP: a page that logs a violation fails its test.
  page: async ({ page }, use) => {
    const violations = collectCspViolations(page);
    await use(page);
    baseExpect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
  },
  factory: async ({}, use) => {
    const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
    await use({
      article: async (options = {}) => {
        // Only rows this fixture made are deleted afterwards, never a seeded writer or category.
        const writerId = options.writerId ?? (await createTestUser({ role: "WRITER" })).id;
        const categoryId = options.categoryId ?? (await createTestCategory()).id;
        if (!options.writerId) made.userIds.push(writerId);
        if (!options.categoryId) made.categoryIds.push(categoryId);
        const article = await createTestArticle({ ...options, writerId, categoryId });
        made.articleIds.push(article.id);
        return article;
      },
      user: async (options) => {
        const user = await createTestUser(options);
        made.userIds.push(user.id);
        return user;
      },
      category: async (name) => {
        const category = await createTestCategory(name);
        made.categoryIds.push(category.id);
        return category;
      },
    });
    await deleteTestRows(made);
  },
  loginAs: async ({ page, factory, baseURL }, use) => {
    await use(async (role, options) => {
      const user = await factory.user({ ...options, role: role.toUpperCase() as Role });
      await signInPage(page, user, baseURL ?? "");
      return user;
    });
  },
});

export { expect } from "@playwright/test";
