import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUpload, originalOfResized, uploadsRelativePath } from "./uploads";

describe("uploadsRelativePath", () => {
  it.each([
    ["https://humas.example/wp-content/uploads/2022/10/foto.jpg", "2022/10/foto.jpg"],
    ["https://i0.wp.com/humas.example/wp-content/uploads/2022/10/foto.jpg?w=640&ssl=1", "2022/10/foto.jpg"],
    ["/wp-content/uploads/sites/2/2022/10/foto%20baru.jpg", "sites/2/2022/10/foto baru.jpg"],
    ["https://humas.example/wp-content/uploads/2022/../../wp-config.php", null],
    // The URL parser resolves dot segments first; what is left stays inside the folder.
    ["https://humas.example/wp-content/uploads/2022/%2e%2e/x.jpg", "x.jpg"],
    ["https://humas.example/wp-content/uploads/.htaccess", null],
    ["https://cdn.lain.example/foto.jpg", null],
  ])("%s → %s", (url, expected) => {
    expect(uploadsRelativePath(url)).toBe(expected);
  });

  it("knows WordPress's resized copies", () => {
    expect(originalOfResized("2022/10/foto-1024x683.jpg")).toBe("2022/10/foto.jpg");
    expect(originalOfResized("2022/10/foto-scaled.jpg")).toBeNull();
  });
});

describe("findUpload", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "warta-uploads-"));
    await mkdir(path.join(dir, "2022/10"), { recursive: true });
    await writeFile(path.join(dir, "2022/10/asli.jpg"), "asli");
    await writeFile(path.join(dir, "2022/10/kecil-300x200.jpg"), "kecil");
    await writeFile(path.join(dir, "2022/10/kosong.jpg"), "");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("prefers the original of a resized copy", async () => {
    expect(await findUpload(dir, "/wp-content/uploads/2022/10/asli-1024x683.jpg")).toMatchObject({
      kind: "found",
      filePath: path.join(dir, "2022/10/asli.jpg"),
    });
  });

  it("uses the resized copy when the original is gone", async () => {
    expect(await findUpload(dir, "/wp-content/uploads/2022/10/kecil-300x200.jpg")).toMatchObject({
      kind: "found",
      filePath: path.join(dir, "2022/10/kecil-300x200.jpg"),
    });
  });

  it("says why a file cannot be used", async () => {
    expect(await findUpload(dir, "/wp-content/uploads/2022/10/hilang.jpg")).toEqual({
      kind: "missing",
      reason: "Berkas tidak ada di folder media: 2022/10/hilang.jpg",
    });
    expect(await findUpload(dir, "/wp-content/uploads/2022/10/kosong.jpg")).toEqual({
      kind: "missing",
      reason: "Berkas gambar kosong.",
    });
    expect(await findUpload(dir, "https://lain.example/a.jpg")).toMatchObject({ kind: "missing" });
  });
});
