import { describe, expect, it } from "vitest";
import { InvalidStorageKeyError, type MediaStorage } from "@/lib/media/storage";

/**
 * What every media storage backend must do, run against each of them (local disk, S3):
 * the image route and the upload path rely on exactly this.
 */
export function describeMediaStorageContract(name: string, storage: () => MediaStorage): void {
  describe(`${name}: the media storage contract`, () => {
    it("stores, reads and deletes bytes; a missing key reads as null and deletes quietly", async () => {
      const key = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b/960.webp";
      const bytes = new Uint8Array([0, 1, 2, 3, 254, 255]);
      await storage().put(key, bytes, "image/webp");
      expect(await storage().get(key)).toEqual(bytes);
      await storage().put(key, new Uint8Array([9]), "image/webp");
      expect(await storage().get(key)).toEqual(new Uint8Array([9]));
      await storage().delete(key);
      expect(await storage().get(key)).toBeNull();
      await storage().delete(key);
      expect(await storage().get("never-written/og.jpg")).toBeNull();
    });

    it("keeps a large rendition intact", async () => {
      const key = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0c/1600.webp";
      const bytes = new Uint8Array(3 * 1024 * 1024).map((_, index) => (index * 31) % 251);
      await storage().put(key, bytes, "image/webp");
      const read = await storage().get(key);
      // Compared as buffers: an element-by-element diff of 3 MB takes minutes.
      expect(read && Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
      await storage().delete(key);
    });

    it("is ready to be written to", async () => {
      await expect(storage().check()).resolves.toBeUndefined();
    });

    it.each([
      "../secret.txt",
      "a/../../secret.txt",
      "/etc/passwd",
      "a//b.webp",
      "a/./b.webp",
      "a\\..\\secret.txt",
      "A/960.webp",
      "a/b.webp/",
      "a/.hidden",
      "a/b..webp",
      "a/b/c/d.webp",
      "",
      "a/%2e%2e/secret.txt",
      "a/b.webp?x=1",
    ])("refuses the key %j for every operation", async (key) => {
      await expect(storage().get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage().put(key, new Uint8Array([1]), "image/webp")).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
      await expect(storage().delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });
  });
}
