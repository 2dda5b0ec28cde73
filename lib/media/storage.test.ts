import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeMediaStorageContract } from "@/lib/testing/media-storage-contract";
import { createDiskStorage } from "./storage";

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

describeMediaStorageContract("disk", () => createDiskStorage(root));

describe("disk storage", () => {
  it("writes beside the target and renames, leaving no temporary files", async () => {
    const storage = createDiskStorage(root);
    const key = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0d/480.webp";
    await storage.put(key, new Uint8Array([1, 2, 3]), "image/webp");
    expect(await readdir(path.join(root, "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0d"))).toEqual(["480.webp"]);
    // Refused keys never reached the folder's parent.
    expect(await readFile(path.join(parent, "secret.txt"), "utf8")).toBe("do not serve");
  });

  it("reports a folder it cannot write to", async () => {
    const file = path.join(parent, "not-a-folder");
    await writeFile(file, "x");
    await expect(createDiskStorage(path.join(file, "media")).check()).rejects.toThrow();
  });
});
