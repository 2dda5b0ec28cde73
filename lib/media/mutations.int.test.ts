import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { InvalidImageError } from "./errors";
import { storeImage } from "./mutations";
import { createDiskStorage, type MediaStorage } from "./storage";

describe("storeImage", () => {
  let root: string;
  let storage: MediaStorage;
  let jpeg: Buffer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "warta-store-"));
    storage = createDiskStorage(root);
    jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3a7bd5" } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await disconnectDb();
  });

  it("writes every rendition, then the Media row", async () => {
    const stored = await storeImage({ bytes: jpeg, alt: "  Gedung uji  ", uploadedById: null }, { storage });
    expect(stored).toMatchObject({ alt: "Gedung uji", width: 1200, height: 800, variantWidths: [480, 780, 960] });
    expect((await readdir(path.join(root, stored.id))).sort()).toEqual(["480.webp", "780.webp", "960.webp", "og.jpg"]);
    const row = await db.media.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ storageKey: `${stored.id}/960.webp`, mimeType: "image/webp" });
    expect(row.byteSize).toBe((await storage.get(`${stored.id}/960.webp`))?.byteLength);
    expect(row.ogByteSize).toBe((await storage.get(`${stored.id}/og.jpg`))?.byteLength);
    await db.media.delete({ where: { id: stored.id } });
  });

  it("audits a staff upload with the request's address in the same transaction", async () => {
    const stored = await storeImage(
      { bytes: jpeg, alt: "Diaudit", uploadedById: null, audit: { ip: "203.0.113.44", userAgent: "Uji" } },
      { storage },
    );
    const event = await db.auditEvent.findFirst({ where: { action: "media.upload", targetId: stored.id } });
    expect(event).toMatchObject({ targetType: "media", ip: "203.0.113.44", details: { width: 1200, height: 800 } });
    await db.media.delete({ where: { id: stored.id } });
  });

  it("removes the files again when the row cannot be written", async () => {
    // An uploader that does not exist breaks the foreign key after the files are on disk.
    const id = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0c";
    await expect(
      storeImage({ id, bytes: jpeg, alt: "Gagal", uploadedById: "0190b6a8-0000-7000-8000-000000000000" }, { storage }),
    ).rejects.toThrow();
    expect(await storage.get(`${id}/480.webp`)).toBeNull();
    expect(await storage.get(`${id}/og.jpg`)).toBeNull();
    expect(await db.media.findUnique({ where: { id } })).toBeNull();
  });

  it("writes nothing for a refused file", async () => {
    const id = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0d";
    await expect(
      storeImage({ id, bytes: Buffer.from("<svg/>"), alt: "", uploadedById: null }, { storage }),
    ).rejects.toBeInstanceOf(InvalidImageError);
    expect((await readdir(root)).includes(id)).toBe(false);
  });
});
