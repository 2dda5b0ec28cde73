import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";

/**
 * Database checks and clean-up for the admin e2e specs (accounts and categories made
 * through the UI, which the `factory` fixture does not know about).
 */
export async function getTestAccount(username: string) {
  return db.user.findUnique({
    where: { username },
    select: { id: true, isActive: true, mustChangePassword: true, sessionVersion: true, passwordHash: true },
  });
}

export async function isTestAccountPassword(username: string, password: string): Promise<boolean> {
  const user = await getTestAccount(username);
  return user ? verifyPassword(user.passwordHash, password) : false;
}

export async function deleteTestAccount(username: string): Promise<void> {
  await db.user.deleteMany({ where: { username } });
}

export async function deleteTestCategoryBySlug(slug: string): Promise<void> {
  await db.category.deleteMany({ where: { slug, articles: { none: {} } } });
}

export async function getArticleCategoryId(articleId: string): Promise<string | null> {
  return (await db.article.findUnique({ where: { id: articleId }, select: { categoryId: true } }))?.categoryId ?? null;
}

export async function categoryExists(id: string): Promise<boolean> {
  return (await db.category.count({ where: { id } })) > 0;
}
