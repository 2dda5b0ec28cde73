import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createTestArticle, deleteTestRows } from "@/lib/testing/factories";

vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));
const { getPublishedArticle } = await import("./queries");

const made = { articleIds: [] as string[] };
afterAll(async () => {
  await deleteTestRows(made);
});

describe("an article's description", () => {
  it("is the Ringkasan, else the body's first sentences", async () => {
    const article = await createTestArticle({
      paragraphs: ["Pemkot membuka posyandu lansia di Sempaja.", "Layanan buka setiap Selasa."],
    });
    made.articleIds.push(article.id);
    expect((await getPublishedArticle(article.slug))?.description).toBe(article.excerpt);

    await db.article.update({ where: { id: article.id }, data: { excerpt: "" } });
    expect((await getPublishedArticle(article.slug))?.description).toBe(
      "Pemkot membuka posyandu lansia di Sempaja. Layanan buka setiap Selasa.",
    );
  });
});
