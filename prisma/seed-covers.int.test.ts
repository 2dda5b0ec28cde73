import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { createDiskStorage } from "@/lib/media/storage";
import { demoCovers } from "./seed-data/covers";
import { demoArticleSlugs, demoCoverId, seedDatabase, type SeedOptions } from "./seed-lib";

describe("demo covers", () => {
  let root: string;
  let options: SeedOptions;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "warta-seed-covers-"));
    options = {
      admin: {
        username: "seed-cover-admin",
        email: "seed-cover-admin@warta.example",
        password: "seed-cover-password-1",
      },
      isDemo: true,
      timeZone: "Asia/Makassar",
      mediaStorage: createDiskStorage(root),
    };
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await disconnectDb();
  });

  it("stores each cover once and gives most published articles one", async () => {
    await seedDatabase(db, options);
    const ids = demoCovers().map((cover) => demoCoverId(cover.key));
    expect(new Set(ids).size).toBe(ids.length);
    const media = await db.media.findMany({
      where: { id: { in: ids } },
      select: { id: true, alt: true, variantWidths: true },
    });
    expect(media).toHaveLength(ids.length);
    for (const row of media) {
      expect(row.alt.length).toBeGreaterThan(20);
      expect(row.variantWidths).toEqual([480, 960, 1600]);
      expect((await readdir(path.join(root, row.id))).sort()).toEqual(["1600.webp", "480.webp", "960.webp", "og.jpg"]);
    }

    const published = await db.article.findMany({
      where: { slug: { in: demoArticleSlugs() }, status: "PUBLISHED" },
      select: { coverImageId: true, coverCaption: true },
    });
    const withCover = published.filter((article) => article.coverImageId !== null);
    expect(withCover.length / published.length).toBeGreaterThan(0.6);
    expect(withCover.length).toBeLessThan(published.length);
    for (const article of withCover) expect(article.coverCaption).toMatch(/^Ilustrasi: /);

    const again = await seedDatabase(db, options);
    expect(again.coversCreated).toBe(0);
    expect(await db.media.count({ where: { id: { in: ids } } })).toBe(ids.length);
  });
});
