import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { createDiskStorage } from "@/lib/media/storage";
import { demoCovers } from "./seed-data/covers";
import { demoCoverId, seedDatabase, type SeedOptions } from "./seed-lib";

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
    // Other seed tests share this database and may have stored the covers (in another
    // folder) already; start from none so this run writes every file under `root`.
    await db.media.deleteMany({ where: { id: { in: demoCovers().map((cover) => demoCoverId(cover.key)) } } });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await disconnectDb();
  });

  it("stores each cover once, with every rendition on disk", async () => {
    const first = await seedDatabase(db, options);
    expect(first.coversCreated).toBe(demoCovers().length);
    const ids = demoCovers().map((cover) => demoCoverId(cover.key));
    expect(new Set(ids).size).toBe(ids.length);
    const media = await db.media.findMany({
      where: { id: { in: ids } },
      select: { id: true, alt: true, variantWidths: true },
    });
    expect(media).toHaveLength(ids.length);
    for (const row of media) {
      expect(row.alt.length).toBeGreaterThan(20);
      expect(row.variantWidths).toEqual([480, 780, 960, 1600]);
      expect((await readdir(path.join(root, row.id))).sort()).toEqual([
        "1600.webp",
        "480.webp",
        "780.webp",
        "960.webp",
        "og.jpg",
      ]);
    }

    const again = await seedDatabase(db, options);
    expect(again.coversCreated).toBe(0);
    expect(await db.media.count({ where: { id: { in: ids } } })).toBe(ids.length);
  });
});
