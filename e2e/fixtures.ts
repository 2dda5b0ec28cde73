import { test as base } from "@playwright/test";
import { createTestArticle, createTestCategory, createTestUser, deleteTestRows } from "@/lib/testing/factories";

type Factories = {
  /** Creates rows for one test and deletes them when it ends. */
  factory: {
    article: typeof createTestArticle;
    user: typeof createTestUser;
    category: typeof createTestCategory;
  };
};

export const test = base.extend<Factories>({
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
});

export { expect } from "@playwright/test";
