import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiskStorage, InvalidStorageKeyError } from "./storage";

describe("disk storage", () => {
  let parent: string;
  let root: string;

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), "warta-media-"));
    root = path.join(parent, "media");
    await writeFile(path.join(parent, "secret.txt"), "do not serve");
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it("stores, reads and deletes bytes, creating folders as needed", async () => {
    const storage = createDiskStorage(root);
    const key = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b/960.webp";
    await storage.put(key, new Uint8Array([1, 2, 3]), "image/webp");
    expect(await storage.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    // No temporary files are left beside the real one.
    expect(await readdir(path.join(root, "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b"))).toEqual(["960.webp"]);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
    expect(await storage.get("never-written/og.jpg")).toBeNull();
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
  ])("refuses the key %j for every operation", async (key) => {
    const storage = createDiskStorage(root);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.put(key, new Uint8Array([1]), "image/webp")).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });
});
